package dev.signet.binance.futures;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
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
 * <p>Every field is required (the docs always send them): a missing or null one fails the decode
 * naming it.
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
    @JsonProperty(required = true) long tranId,
    String tradeId) {
  /**
   * Checks every field is present (the empty string counts as present).
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
  public Income {
    Required.field(symbol, "symbol");
    Required.field(incomeType, "incomeType");
    Required.field(income, "income");
    Required.field(asset, "asset");
    Required.field(info, "info");
    Required.field(time, "time");
    Required.field(tradeId, "tradeId");
  }
}
