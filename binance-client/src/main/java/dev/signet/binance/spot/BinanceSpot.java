package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceHttp;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.Security;
import dev.signet.core.SignetJson;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * Binance Spot REST ({@code /api/v3}): typed calls plus an escape hatch for any endpoint. A thin,
 * stateless view over the client's shared connection pool and signer; get it from
 * {@code BinanceClient.spot()}. Thread-safe.
 *
 * <pre>{@code
 * Account account = client.spot().account();
 * long serverTime = client.spot().serverTime();
 * JsonNode any = client.spot().signed("GET", "/api/v3/account", Params.empty());
 * }</pre>
 */
public final class BinanceSpot {
  static final Endpoint TIME = dev.signet.binance.internal.BinanceEndpoints.SPOT_TIME;
  static final Endpoint ACCOUNT = new Endpoint("GET", "/api/v3/account", Security.SIGNED, 20);
  static final Endpoint NEW_ORDER = new Endpoint("POST", "/api/v3/order", Security.SIGNED, 1, Endpoint.Kind.ORDER);
  static final Endpoint QUERY_ORDER = new Endpoint("GET", "/api/v3/order", Security.SIGNED, 4);
  static final Endpoint CANCEL_ORDER = new Endpoint("DELETE", "/api/v3/order", Security.SIGNED, 1, Endpoint.Kind.ORDER);
  static final Endpoint OPEN_ORDERS_SYMBOL = new Endpoint("GET", "/api/v3/openOrders", Security.SIGNED, 6);
  static final Endpoint OPEN_ORDERS_ALL = new Endpoint("GET", "/api/v3/openOrders", Security.SIGNED, 80);
  private static final JavaType ORDER_LIST =
      SignetJson.mapper().getTypeFactory().constructCollectionType(List.class, Order.class);

  private final BinanceHttp http;

  /** For {@code BinanceClient}; users call {@code client.spot()}. */
  public BinanceSpot(BinanceHttp http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  /** {@code GET /api/v3/time}: the server's time in epoch milliseconds. Weight 1. */
  public long serverTime() {
    return http.serverTime(TIME);
  }

  /** {@code GET /api/v3/account}: balances, commissions and permissions. Weight 20. */
  public Account account() {
    return http.call(ACCOUNT, Params.empty(), Account.class);
  }

  /**
   * {@code GET /api/v3/account?omitZeroBalances=…}: as {@link #account()}, leaving out zero
   * balances when asked. Weight 20.
   */
  public Account account(boolean omitZeroBalances) {
    return http.call(ACCOUNT, Params.empty().add("omitZeroBalances", omitZeroBalances), Account.class);
  }

  /**
   * {@code POST /api/v3/order}: places an order. The parameters go in the form body, signed with
   * it. Weight 1 (0 when successful, since 2026-04-02); 1 on the unfilled-order count.
   *
   * <p>Never resent once it may have reached Binance: when no answer says what happened (timeout,
   * connection reset, 5xx, {@code -1006}/{@code -1007}) it throws
   * {@link dev.signet.core.OrderStatusUnknownException} with the order's client order id; call
   * {@link #reconcile(String, String)} to learn the truth.
   */
  public OrderResult newOrder(NewOrder order) {
    Objects.requireNonNull(order, "order");
    return http.call(NEW_ORDER, order.toParams(), OrderResult.class);
  }

  /**
   * Finds out what became of an order whose outcome was unknown: queries it by client order id
   * ({@code GET /api/v3/order}, retried like any read) and reports it placed, with its current
   * state, or not placed ({@code -2013 Order does not exist}).
   */
  public OrderOutcome reconcile(String symbol, String clientOrderId) {
    try {
      return OrderOutcome.placed(queryOrder(OrderRef.byClientId(symbol, clientOrderId)));
    } catch (dev.signet.binance.BinanceApiException e) {
      if (e.code() == -2013) {
        return OrderOutcome.notPlaced(clientOrderId);
      }
      throw e;
    }
  }

  /** {@code GET /api/v3/order}: one order by id or client order id. Weight 4. */
  public Order queryOrder(OrderRef ref) {
    Objects.requireNonNull(ref, "ref");
    return http.call(QUERY_ORDER, ref.toParams(), Order.class);
  }

  /** {@code DELETE /api/v3/order}: cancels one order by id or client order id. Weight 1. */
  public CanceledOrder cancelOrder(OrderRef ref) {
    Objects.requireNonNull(ref, "ref");
    return http.call(CANCEL_ORDER, ref.toParams(), CanceledOrder.class);
  }

  /** {@code GET /api/v3/openOrders?symbol=…}: the open orders of one symbol. Weight 6. */
  public List<Order> openOrders(String symbol) {
    return List.copyOf(http.<List<Order>>call(OPEN_ORDERS_SYMBOL, Params.of("symbol", symbol), ORDER_LIST));
  }

  /** {@code GET /api/v3/openOrders}: the open orders of every symbol. Weight 80: prefer {@link #openOrders(String)}. */
  public List<Order> openOrders() {
    return List.copyOf(http.<List<Order>>call(OPEN_ORDERS_ALL, Params.empty(), ORDER_LIST));
  }

  /**
   * Any SIGNED spot endpoint: {@code params} are sent in the given order, then {@code timestamp}
   * and {@code signature} are appended. GET and DELETE send them in the query, POST and PUT in a
   * form body.
   *
   * @param method {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
   * @param path the endpoint path, e.g. {@code /api/v3/openOrders}
   */
  public JsonNode signed(String method, String path, Params params) {
    return http.raw(method, path, params, Security.SIGNED);
  }

  /** Any public (NONE security) spot endpoint, e.g. {@code publicCall("GET", "/api/v3/depth", Params.of("symbol", "BTCUSDT"))}. */
  public JsonNode publicCall(String method, String path, Params params) {
    return http.raw(method, path, params, Security.PUBLIC);
  }
}
