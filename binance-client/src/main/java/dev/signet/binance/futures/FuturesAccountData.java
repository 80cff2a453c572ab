package dev.signet.binance.futures;

import dev.signet.binance.futures.account.AccountConfig;
import dev.signet.binance.futures.account.CommissionRate;
import dev.signet.binance.futures.account.FeeBurnStatus;
import dev.signet.binance.futures.account.FuturesAccount;
import dev.signet.binance.futures.account.FuturesAccountV2;
import dev.signet.binance.futures.account.FuturesBalance;
import dev.signet.binance.futures.account.LeverageBracket;
import dev.signet.binance.futures.account.OrderRateLimit;
import dev.signet.binance.futures.account.PmAccountInfo;
import dev.signet.binance.futures.account.SymbolConfig;
import dev.signet.binance.futures.account.TradingRuleIndicators;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.List;
import java.util.Objects;

/**
 * The USD-M Futures account's data ({@code /fapi}, USER_DATA): the account and balances (v3, and
 * v2), the Classic Portfolio Margin transferable amounts, income history, commission rates,
 * leverage brackets, the account's and symbols' configuration, the order rate limits, the
 * quantitative-rules indicators and the BNB fee burn (read, and set: a TRADE write, not retried once
 * it may have arrived). Get it from {@code client.futures().accountData()}; positions are in {@code client.futures().positions()}.
 * Every call is signed; symbols are checked ({@code ^[A-Z0-9-_.]{1,20}$}) before anything is sent.
 * Stateless and thread-safe.
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
  private static final Decoder<FuturesAccountV2> ACCOUNT_V2 = Decoder.of(FuturesAccountV2.class);
  private static final Decoder<TradingRuleIndicators> RULES = Decoder.of(TradingRuleIndicators.class);
  private static final Decoder<PmAccountInfo> PM = Decoder.of(PmAccountInfo.class);
  private static final Decoder<AccountConfig> CONFIG = Decoder.of(AccountConfig.class);
  private static final Decoder<List<SymbolConfig>> SYMBOL_CONFIGS = Decoder.listOf(SymbolConfig.class);
  private static final Decoder<List<OrderRateLimit>> RATE_LIMITS = Decoder.listOf(OrderRateLimit.class);
  private static final Decoder<FeeBurnStatus> FEE_BURN = Decoder.of(FeeBurnStatus.class);
  private static final Decoder<Boolean> SUCCESS = Decoder.tree().map(n -> {
    if (Decoder.requireLong(n, "code") != 200) {
      throw new IllegalArgumentException("field 'code' is " + n.get("code") + ", not 200");
    }
    return true;
  });

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
   * {@code GET /fapi/v2/account}: as {@link #account()} plus fee tier, fee burn, permissions, modes
   * and every symbol's position with its leverage. Weight 5. Prefer {@link #account()}.
   *
   * @return the account as v2 reports it
   */
  public FuturesAccountV2 accountV2() {
    return call(FuturesEndpoints.ACCOUNT_V2, Params.empty(), ACCOUNT_V2);
  }

  /**
   * {@code GET /fapi/v2/balance}: the balance of each asset, the same fields as {@link #balances()}. Weight 5.
   *
   * @return one balance per asset
   */
  public List<FuturesBalance> balancesV2() {
    return call(FuturesEndpoints.BALANCE_V2, Params.empty(), BALANCES);
  }

  /**
   * {@code GET /fapi/v1/pmAccountInfo?asset=…}: what a Classic Portfolio Margin account can transfer out. Weight 5.
   *
   * @param asset the asset, e.g. {@code BTC}
   * @return the transferable amounts
   * @throws IllegalArgumentException when {@code asset} is blank or holds a space (nothing is sent)
   */
  public PmAccountInfo pmAccountInfo(String asset) {
    return call(FuturesEndpoints.PM_ACCOUNT_INFO, Params.of("asset", WalletChecks.coin(asset, "asset")), PM);
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

  /**
   * {@code GET /fapi/v1/accountConfig}: fee tier, permissions, position and Multi-Assets modes. Weight 5.
   *
   * @return the account's configuration
   */
  public AccountConfig accountConfig() {
    return call(FuturesEndpoints.ACCOUNT_CONFIG, Params.empty(), CONFIG);
  }

  /**
   * {@code GET /fapi/v1/symbolConfig}: margin type and leverage of every symbol. Weight 5.
   *
   * @return one configuration per symbol
   */
  public List<SymbolConfig> symbolConfigs() {
    return call(FuturesEndpoints.SYMBOL_CONFIG, Params.empty(), SYMBOL_CONFIGS);
  }

  /**
   * {@code GET /fapi/v1/symbolConfig?symbol=…}: margin type and leverage of one symbol. Weight 5.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the configurations Binance lists for {@code symbol} (one)
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public List<SymbolConfig> symbolConfigs(String symbol) {
    return call(FuturesEndpoints.SYMBOL_CONFIG, Params.of("symbol", Symbols.check("symbol", symbol)), SYMBOL_CONFIGS);
  }

  /**
   * {@code GET /fapi/v1/rateLimit/order}: the account's order rate limits (10 s and 1 min). Weight 1.
   *
   * @return the order rate limits
   */
  public List<OrderRateLimit> orderRateLimits() {
    return call(FuturesEndpoints.RATE_LIMIT_ORDER, Params.empty(), RATE_LIMITS);
  }

  /**
   * {@code GET /fapi/v1/feeBurn}: whether trading fees are paid in BNB. Weight 30.
   *
   * @return the fee burn status
   */
  public FeeBurnStatus feeBurn() {
    return call(FuturesEndpoints.FEE_BURN, Params.empty(), FEE_BURN);
  }

  /**
   * {@code POST /fapi/v1/feeBurn}: pays trading fees in BNB ({@code true}) or not. Weight 1. A write:
   * a timeout after it may have arrived is not retried (read {@link #feeBurn()} to see which way it went).
   *
   * @param feeBurn {@code true} to pay fees in BNB
   * @throws dev.signet.core.MalformedResponseException when Binance's answer is not {@code {"code":200,...}}
   */
  public void setFeeBurn(boolean feeBurn) {
    call(FuturesEndpoints.FEE_BURN_SET, Params.empty().add("feeBurn", feeBurn), SUCCESS);
  }

  /**
   * {@code GET /fapi/v1/apiTradingStatus}: the quantitative-rules indicators of every symbol. Weight 10.
   *
   * @return the indicators past their recording threshold
   */
  public TradingRuleIndicators apiTradingStatus() {
    return call(FuturesEndpoints.API_TRADING_STATUS, Params.empty(), RULES);
  }

  /**
   * {@code GET /fapi/v1/apiTradingStatus?symbol=…}: the quantitative-rules indicators of one symbol. Weight 1.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the indicators past their recording threshold
   * @throws IllegalArgumentException when {@code symbol} is not a Binance symbol (nothing is sent)
   */
  public TradingRuleIndicators apiTradingStatus(String symbol) {
    return call(FuturesEndpoints.API_TRADING_STATUS, Params.of("symbol", Symbols.check("symbol", symbol)), RULES);
  }
}
