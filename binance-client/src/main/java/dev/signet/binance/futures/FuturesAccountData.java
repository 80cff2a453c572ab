package dev.signet.binance.futures;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import java.util.List;
import java.util.Objects;

/**
 * The USD-M Futures account's data ({@code /fapi}, USER_DATA): income history. Get it from
 * {@code client.futures().accountData()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Income> funding = client.futures().accountData().income(
 *     IncomeQuery.builder().symbol("BTCUSDT").incomeType(IncomeType.FUNDING_FEE).build());
 * }</pre>
 */
public final class FuturesAccountData {
  private static final Decoder<List<Income>> INCOME = Decoder.listOf(Income.class);

  private final BinanceHost host;

  FuturesAccountData(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code GET /fapi/v1/income}: income history, newest last. Weight 30.
   *
   * @param query the query (filters and paging)
   * @return the income records, newest last (empty when there are none)
   */
  public List<Income> income(IncomeQuery query) {
    Objects.requireNonNull(query, "query");
    return host.execute(Operation.of(FuturesEndpoints.INCOME, query.toParams(), INCOME));
  }
}
