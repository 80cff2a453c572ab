package dev.signet.binance.futures;

import dev.signet.binance.futures.account.CommissionRate;
import dev.signet.binance.futures.account.FuturesAccount;
import dev.signet.binance.futures.account.FuturesBalance;
import dev.signet.binance.futures.account.LeverageBracket;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * The USD-M Futures account's data ({@code /fapi}, USER_DATA): the account, balances, income
 * history, commission rates and leverage brackets. Get it from {@code client.futures().accountData()};
 * positions are in {@code client.futures().positions()}. Every call is signed; symbols are checked
 * ({@code ^[A-Z0-9-_.]{1,20}$}) before anything is sent. Stateless and thread-safe.
 *
 * <pre>{@code
 * FuturesAccount account = client.futures().accountData().account();
 * List<Income> funding = client.futures().accountData().income(
 *     IncomeQuery.builder().symbol("BTCUSDT").incomeType(IncomeType.FUNDING_FEE).build());
 * }</pre>
 */
public final class FuturesAccountData {
  private static final Decoder<List<Income>> INCOME = Decoder.listOf(Income.class);
  private static final Decoder<FuturesAccount> ACCOUNT = Decoder.of(FuturesAccount.class);
  private static final Decoder<List<FuturesBalance>> BALANCES = Decoder.listOf(FuturesBalance.class);
  private static final Decoder<CommissionRate> COMMISSION = Decoder.of(CommissionRate.class);
  private static final Decoder<LeverageBracket> BRACKET = Decoder.of(LeverageBracket.class);
  private static final Decoder<List<LeverageBracket>> BRACKETS = Decoder.listOf(LeverageBracket.class);

  private final BinanceHost host;

  FuturesAccountData(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  private <T> T call(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.execute(Operation.of(endpoint, params, decoder));
  }

  /**
   * {@code GET /fapi/v1/income}: income history, newest last. Weight 30.
   *
   * @param query the query (filters and paging)
   * @return the income records, newest last (empty when there are none)
   */
  public List<Income> income(IncomeQuery query) {
    Objects.requireNonNull(query, "query");
    return call(FuturesEndpoints.INCOME, query.toParams(), INCOME);
  }

  /**
   * {@code GET /fapi/v3/account}: totals, margin assets and the positions of the symbols with a
   * position or open orders. Weight 5.
   *
   * @return the account: totals, assets and positions
   */
  public FuturesAccount account() {
    return call(FuturesEndpoints.ACCOUNT_V3, Params.empty(), ACCOUNT);
  }

  /**
   * {@code GET /fapi/v3/balance}: the balance of each asset. Weight 5.
   *
   * @return one balance per asset
   */
  public List<FuturesBalance> balances() {
    return call(FuturesEndpoints.BALANCE_V3, Params.empty(), BALANCES);
  }

  /**
   * {@code GET /fapi/v1/commissionRate?symbol=…}: the account's maker, taker and RPI rates on one symbol. Weight 20.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the rates on {@code symbol}
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public CommissionRate commissionRate(String symbol) {
    return call(FuturesEndpoints.COMMISSION_RATE, Params.of("symbol", Symbols.check("symbol", symbol)), COMMISSION);
  }

  /**
   * {@code GET /fapi/v1/leverageBracket}: the notional and leverage brackets of every symbol. Weight 1.
   *
   * @return one entry per symbol
   */
  public List<LeverageBracket> leverageBrackets() {
    return call(FuturesEndpoints.LEVERAGE_BRACKET, Params.empty(), BRACKETS);
  }

  /**
   * {@code GET /fapi/v1/leverageBracket?symbol=…}: the brackets of one symbol (Binance answers one
   * object, not a list, when the symbol is sent). Weight 1.
   *
   * @param symbol the symbol, e.g. {@code ETHUSDT}
   * @return the brackets of {@code symbol}
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public LeverageBracket leverageBracket(String symbol) {
    return call(FuturesEndpoints.LEVERAGE_BRACKET, Params.of("symbol", Symbols.check("symbol", symbol)), BRACKET);
  }
}
