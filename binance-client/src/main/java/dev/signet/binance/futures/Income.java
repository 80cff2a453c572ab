package dev.signet.binance.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One USD-M futures income record: {@code GET /fapi/v1/income}, every field the docs list.
 *
 * <pre>{@code
 * for (Income i : client.futures().income(IncomeQuery.builder().symbol("BTCUSDT").build())) {
 *   System.out.println(i.time() + " " + i.incomeType() + " " + i.income() + " " + i.asset());
 * }
 * }</pre>
 *
 * @param symbol the symbol, or the empty string when the income has none (e.g. a transfer)
 * @param incomeType the income type (unknown values are kept)
 * @param income the amount, negative for costs
 * @param asset the asset the amount is in
 * @param info extra information from Binance
 * @param time when it happened (epoch millis on the wire)
 * @param tranId the transaction id
 * @param tradeId the trade id, or the empty string when there is none
 */
public record Income(
    String symbol,
    IncomeType incomeType,
    BigDecimal income,
    String asset,
    String info,
    Instant time,
    long tranId,
    String tradeId) {}
