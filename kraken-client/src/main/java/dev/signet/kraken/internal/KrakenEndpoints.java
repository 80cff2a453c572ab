package dev.signet.kraken.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;

/**
 * The Kraken Spot REST endpoint table: every method's path, security, call-counter cost, kind and
 * whether the per-pair trading counter applies, written here and nowhere else. Public methods are
 * {@code GET /0/public/<Method>}, private ones {@code POST /0/private/<Method>} (reads included,
 * so their kind is stated). A private method it does not list is a write costing 1. Not API.
 *
 * <pre>{@code
 * Endpoint row = KrakenEndpoints.TABLE.resolve("POST", "/0/private/TradesHistory", Security.SIGNED);  // cost 2, read
 * }</pre>
 */
public final class KrakenEndpoints {
  /** The prefix of every private method's path. */
  public static final String PRIVATE = "/0/private/";
  /** The prefix of every public method's path. */
  public static final String PUBLIC = "/0/public/";

  private static final EndpointTable.Builder ROWS = EndpointTable.builder("Kraken Spot", 1, Endpoint.Limit.CALL_COUNTER);

  /** {@code GET /0/public/Time}. */
  public static final Endpoint TIME = ROWS.row(publicMethod("Time"));
  /** {@code POST /0/private/Balance}: cost 1. */
  public static final Endpoint BALANCE = ROWS.row(privateRead("Balance", 1));
  /** {@code POST /0/private/OpenOrders}: cost 1. */
  public static final Endpoint OPEN_ORDERS = ROWS.row(privateRead("OpenOrders", 1));
  /** {@code POST /0/private/ClosedOrders}: cost 1. */
  public static final Endpoint CLOSED_ORDERS = ROWS.row(privateRead("ClosedOrders", 1));
  /** {@code POST /0/private/QueryOrders}: cost 1. */
  public static final Endpoint QUERY_ORDERS = ROWS.row(privateRead("QueryOrders", 1));
  /** {@code POST /0/private/AddOrder}: cost 0 (the matching engine's trading counter applies). */
  public static final Endpoint ADD_ORDER = ROWS.row(order("AddOrder", "cl_ord_id"));
  /** {@code POST /0/private/CancelOrder}: cost 0 (trading counter). */
  public static final Endpoint CANCEL_ORDER = ROWS.row(order("CancelOrder", null));
  /** {@code POST /0/private/CancelOrderBatch} (JSON body): cost 0 (trading counter). */
  public static final Endpoint CANCEL_ORDER_BATCH = ROWS.row(order("CancelOrderBatch", null));

  static {
    ROWS.add(privateRead("Ledgers", 2));
    ROWS.add(privateRead("QueryLedgers", 2));
    ROWS.add(privateRead("TradesHistory", 2));
    ROWS.add(privateRead("QueryTrades", 2));
    ROWS.add(privateRead("TradeBalance", 1));
    ROWS.add(order("AddOrderBatch", null));
    ROWS.add(order("EditOrder", null));
    ROWS.add(order("AmendOrder", null));
  }

  /** The whole table. */
  public static final EndpointTable TABLE = ROWS.build();

  private KrakenEndpoints() {}

  /** A public method: GET, unsigned, not on the call counter. */
  static Endpoint publicMethod(String method) {
    return Endpoint.get(PUBLIC + method).limit(Endpoint.Limit.NONE).weight(1).build();
  }

  /** A private read costing {@code cost} on the call counter. */
  static Endpoint privateRead(String method, int cost) {
    return Endpoint.post(PRIVATE + method).signed().read().limit(Endpoint.Limit.CALL_COUNTER).weight(cost).build();
  }

  /** A private write costing {@code cost} on the call counter. */
  static Endpoint privateWrite(String method, int cost) {
    return Endpoint.post(PRIVATE + method).signed().write().limit(Endpoint.Limit.CALL_COUNTER).weight(cost).build();
  }

  /** An order method: cost 0 on the call counter, the per-pair trading counter applies. */
  static Endpoint order(String method, String clientIdParam) {
    return Endpoint.post(PRIVATE + method).signed().order(1, clientIdParam).limit(Endpoint.Limit.CALL_COUNTER)
        .weight(0).build();
  }
}
