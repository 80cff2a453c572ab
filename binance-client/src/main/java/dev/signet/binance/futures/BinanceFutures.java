package dev.signet.binance.futures;

import dev.signet.binance.futures.trade.FuturesOrderData;
import dev.signet.binance.futures.trade.FuturesRules;
import dev.signet.binance.futures.trade.FuturesTrading;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.Security;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Binance USD-M Futures REST ({@code /fapi}): services by resource — {@link #market()},
 * {@link #accountData()}, {@link #positions()}, {@link #userStream()}, {@link #downloads()},
 * {@link #convert()} — plus {@link #income(IncomeQuery)} and escape hatches for any endpoint, which take the weight, kind and order safety of the endpoint table's row (a path it does not
 * list: a write of weight 1). A thin, stateless view over the client's shared executor; get it
 * from {@code BinanceClient.futures()}. Thread-safe.
 *
 * <pre>{@code
 * List<Income> income = client.futures().income(IncomeQuery.builder().symbol("BTCUSDT").build());
 * JsonNode any = client.futures().signed("GET", "/fapi/v3/positionRisk", Params.of("symbol", "BTCUSDT"));
 * }</pre>
 */
public final class BinanceFutures {
  private final BinanceHost host;
  private final FuturesMarket market;
  private final FuturesAccountData accountData;
  private final FuturesRules rules;
  private final FuturesTrading trading;
  private final FuturesOrderData orders;
  private final FuturesPositions positions;
  private final FuturesUserStream userStream;
  private final FuturesDownloads downloads;
  private final FuturesConvert convert;

  /**
   * For {@code BinanceClient}; users call {@code client.futures()}.
   *
   * @param host the host name
   * @param preflight whether placing calls check orders against the contract's rules before sending
   */
  public BinanceFutures(BinanceHost host, boolean preflight) {
    this.host = Objects.requireNonNull(host, "host");
    this.market = new FuturesMarket(host);
    this.accountData = new FuturesAccountData(host);
    this.rules = new FuturesRules(market, preflight);
    this.trading = new FuturesTrading(host, rules);
    this.orders = new FuturesOrderData(host);
    this.positions = new FuturesPositions(host);
    this.userStream = new FuturesUserStream(host);
    this.downloads = new FuturesDownloads(host);
    this.convert = new FuturesConvert(host);
  }

  /**
   * Public market data: exchange information, books, trades, klines, tickers, funding and statistics.
   *
   * @return the public market-data API: exchange information, books, trades, klines, tickers and statistics
   */
  public FuturesMarket market() {
    return market;
  }

  /**
   * The contracts' order rules, loaded on first use and cached: round a price to the tick, check an
   * order before sending it (every placing call does when the pre-flight is on).
   *
   * @return the rules the pre-flight checks orders against
   */
  public FuturesRules rules() {
    return rules;
  }

  /**
   * Orders (plain and algo, single and in batches), leverage, margin type and position modes.
   *
   * @return the futures trading API
   */
  public FuturesTrading trading() {
    return trading;
  }

  /**
   * The account's orders read: one, the open ones, history, fills, modifications, liquidations, algo orders.
   *
   * @return the futures order-data API
   */
  public FuturesOrderData orders() {
    return orders;
  }

  /**
   * The futures account's data: the account, balances, income, commission rates, leverage brackets.
   *
   * @return the futures account-data API: account, balances, income, commission rates and leverage brackets
   */
  public FuturesAccountData accountData() {
    return accountData;
  }

  /**
   * The position reads: positions, the position mode and the Multi-Assets mode.
   *
   * @return the futures position-read API
   */
  public FuturesPositions positions() {
    return positions;
  }

  /**
   * The user data stream's listen key: start, keep alive, close.
   *
   * @return the futures user-data-stream API
   */
  public FuturesUserStream userStream() {
    return userStream;
  }

  /**
   * The asynchronous income, order and trade history downloads: ids and links.
   *
   * @return the futures history-download API
   */
  public FuturesDownloads downloads() {
    return downloads;
  }

  /**
   * The futures convert: pairs, quotes, their acceptance and the orders' status.
   *
   * @return the futures convert API
   */
  public FuturesConvert convert() {
    return convert;
  }

  /**
   * {@code GET /fapi/v1/income}: income history, newest last (as {@code accountData().income(query)}). Weight 30.
   *
   * @param query the query (filters and paging)
   * @return the income records, newest last (empty when there are none)
   */
  public List<Income> income(IncomeQuery query) {
    return accountData.income(query);
  }

  /**
   * Any SIGNED futures endpoint: {@code params} in the given order, then {@code timestamp} and
   * {@code signature}. GET and DELETE send them in the query, POST and PUT in a form body.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the endpoint path, e.g. {@code /api/v3/order}
   * @param params the request parameters (not yet signed)
   * @return the response body as a JSON tree
   */
  public JsonNode signed(String method, String path, Params params) {
    return host.raw(method, path, params, Security.SIGNED);
  }

  /**
   * As {@link #signed(String, String, Params)} with the weight and kind stated by the caller.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the endpoint path, e.g. {@code /api/v3/order}
   * @param params the request parameters (not yet signed)
   * @param weight the request weight the endpoint costs
   * @param kind which rate-limit bucket the call counts against
   * @return the response body as a JSON tree
   */
  public JsonNode signed(String method, String path, Params params, int weight, Endpoint.Kind kind) {
    return host.raw(method, path, params, Security.SIGNED, weight, kind);
  }

  /**
   * Any public futures endpoint, e.g. {@code publicCall("GET", "/fapi/v1/depth", Params.of("symbol", "BTCUSDT"))}.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the endpoint path, e.g. {@code /api/v3/order}
   * @param params the request parameters (not yet signed)
   * @return the response body as a JSON tree
   */
  public JsonNode publicCall(String method, String path, Params params) {
    return host.raw(method, path, params, Security.PUBLIC);
  }

  /**
   * As {@link #publicCall(String, String, Params)} with the weight and kind stated by the caller.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the endpoint path, e.g. {@code /api/v3/order}
   * @param params the request parameters (not yet signed)
   * @param weight the request weight the endpoint costs
   * @param kind which rate-limit bucket the call counts against
   * @return the response body as a JSON tree
   */
  public JsonNode publicCall(String method, String path, Params params, int weight, Endpoint.Kind kind) {
    return host.raw(method, path, params, Security.PUBLIC, weight, kind);
  }
}
