package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.Security;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Binance Spot REST ({@code /api/v3}, and {@code /sapi} through the escape hatches): services by
 * resource — {@link #market()}, {@link #trading()}, {@link #accountData()} — plus
 * {@link #account()} and escape hatches for any endpoint. A thin, stateless view over the client's
 * shared executor; get it from {@code BinanceClient.spot()}. Thread-safe.
 *
 * <p>The escape hatches look the method and path up in Binance's endpoint table and get that
 * row's weight, kind, retries and order safety: {@code signed("GET", "/api/v3/openOrders", ...)}
 * without a symbol reserves weight 80, a raw {@code POST /api/v3/order} is sent once and an
 * unknown outcome throws {@link dev.signet.core.OrderStatusUnknownException} naming its
 * {@code newClientOrderId} (generated when not given). A path the table does not list is treated
 * as a write (never resent once it may have arrived) of weight 1; the overloads taking a weight
 * and a kind state both.
 *
 * <pre>{@code
 * Account account = client.spot().account();
 * OrderResult placed = client.spot().trading().newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, qty, price).build());
 * JsonNode any = client.spot().signed("GET", "/api/v3/myTrades", Params.of("symbol", "BTCUSDT"));
 * }</pre>
 */
public final class BinanceSpot {
  private final BinanceHost host;
  private final SpotMarket market;
  private final SpotTrading trading;
  private final SpotAccountData accountData;
  private final SpotRules rules;

  /**
   * For {@code BinanceClient}; users call {@code client.spot()}. Orders are checked before sending.
   *
   * @param host the host name
   */
  public BinanceSpot(BinanceHost host) {
    this(host, true);
  }

  /**
   * For {@code BinanceClient}; users call {@code client.spot()}.
   *
   * @param host the host name
   * @param preflight whether placing calls check orders against the exchange's rules before sending
   */
  public BinanceSpot(BinanceHost host, boolean preflight) {
    this.host = Objects.requireNonNull(host, "host");
    this.market = new SpotMarket(host);
    this.accountData = new SpotAccountData(host);
    this.rules = new SpotRules(market, preflight);
    this.trading = new SpotTrading(host, accountData, rules);
  }

  /**
   * The exchange's order rules per symbol, loaded on first use and cached: round a price to the
   * tick before building an order, or refresh them.
   *
   * @return the rules the pre-flight checks orders against
   */
  public SpotRules rules() {
    return rules;
  }

  /**
   * Public market data: server time and the exchange's data.
   *
   * @return the public market-data API: server time and the exchange's data
   */
  public SpotMarket market() {
    return market;
  }

  /**
   * Placing and cancelling orders, and finding out what became of one.
   *
   * @return the spot trading API: placing and cancelling orders, and finding out what became of one
   */
  public SpotTrading trading() {
    return trading;
  }

  /**
   * The account's balances, orders and trades.
   *
   * @return the spot account-data API: balances, orders and trades
   */
  public SpotAccountData accountData() {
    return accountData;
  }

  /**
   * {@code GET /api/v3/account}: balances, commissions and permissions (as {@code accountData().account()}). Weight 20.
   *
   * @return the account: balances, commissions and permissions
   */
  public Account account() {
    return accountData.account();
  }

  /**
   * {@code GET /api/v3/account?omitZeroBalances=…} (as {@code accountData().account(omitZeroBalances)}). Weight 20.
   *
   * @param omitZeroBalances whether to leave out zero balances
   * @return the account: balances (without zero ones when asked), commissions and permissions
   */
  public Account account(boolean omitZeroBalances) {
    return accountData.account(omitZeroBalances);
  }

  /**
   * Any SIGNED spot or SAPI endpoint: {@code params} are sent in the given order, then
   * {@code timestamp} and {@code signature} are appended. GET and DELETE send them in the query,
   * POST and PUT in a form body. Weight, kind and order safety come from the endpoint table.
   *
   * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
   * @param path the endpoint path, e.g. {@code /api/v3/openOrders}
   * @param params the request parameters (not yet signed)
   * @return the response body as a JSON tree
   */
  public JsonNode signed(String method, String path, Params params) {
    return host.raw(method, path, params, Security.SIGNED);
  }

  /**
   * As {@link #signed(String, String, Params)} with the weight and kind stated by the caller (for
   * an endpoint the table does not list yet).
   *
   * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
   * @param path the endpoint path, e.g. {@code /api/v3/openOrders}
   * @param params the request parameters (not yet signed)
   * @param weight the request weight the endpoint costs
   * @param kind which rate-limit bucket the call counts against
   * @return the response body as a JSON tree
   */
  public JsonNode signed(String method, String path, Params params, int weight, Endpoint.Kind kind) {
    return host.raw(method, path, params, Security.SIGNED, weight, kind);
  }

  /**
   * Any public spot endpoint, e.g. {@code publicCall("GET", "/api/v3/depth", Params.of("symbol", "BTCUSDT"))}.
   *
   * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
   * @param path the endpoint path, e.g. {@code /api/v3/openOrders}
   * @param params the request parameters (not yet signed)
   * @return the response body as a JSON tree
   */
  public JsonNode publicCall(String method, String path, Params params) {
    return host.raw(method, path, params, Security.PUBLIC);
  }

  /**
   * As {@link #publicCall(String, String, Params)} with the weight and kind stated by the caller.
   *
   * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
   * @param path the endpoint path, e.g. {@code /api/v3/openOrders}
   * @param params the request parameters (not yet signed)
   * @param weight the request weight the endpoint costs
   * @param kind which rate-limit bucket the call counts against
   * @return the response body as a JSON tree
   */
  public JsonNode publicCall(String method, String path, Params params, int weight, Endpoint.Kind kind) {
    return host.raw(method, path, params, Security.PUBLIC, weight, kind);
  }
}
