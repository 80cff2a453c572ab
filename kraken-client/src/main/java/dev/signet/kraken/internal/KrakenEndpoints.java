package dev.signet.kraken.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;

/**
 * The Kraken Spot REST endpoint table: every method's path, security, call-counter cost, kind and
 * whether the per-pair trading counter applies, written here and nowhere else. Public methods are
 * {@code GET /0/public/<Method>} (throttled per IP, not on the key's counter), private ones
 * {@code POST /0/private/<Method>} (reads included, so their kind is stated). A private method it
 * does not list is a write costing 1.
 *
 * <p>Costs follow Kraken's "Spot REST rate limits" guide: ledger and trade-history calls (Ledgers,
 * QueryLedgers, TradesHistory, QueryTrades) add 2, every other private call 1, except AddOrder and
 * CancelOrder, which the guide puts on the matching engine's limiter instead (cost 0). The "Spot
 * Trading Limits" guide lists the transactions on the per-pair trading counter: add, amend, edit,
 * cancel, batch add, batch cancel; those rows carry an order count of 1. The REST guide exempts only
 * AddOrder and CancelOrder from the call counter, so AddOrderBatch, AmendOrder, EditOrder,
 * CancelOrderBatch, CancelAll and CancelAllOrdersAfter cost 1 here. Not API.
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
  /** {@code POST /0/private/CancelOrderBatch} (JSON body): cost 1, and the trading counter per order. */
  public static final Endpoint CANCEL_ORDER_BATCH = ROWS.row(counted("CancelOrderBatch", 1, 1));
  /** {@code POST /0/private/AddOrderBatch} (JSON body; client ids inside each order): cost 1, trading counter. */
  public static final Endpoint ADD_ORDER_BATCH = ROWS.row(counted("AddOrderBatch", 1, 1));

  static {
    // Market data (public)
    ROWS.add(publicMethod("SystemStatus"));
    ROWS.add(publicMethod("Assets"));
    ROWS.add(publicMethod("AssetPairs"));
    ROWS.add(publicMethod("Ticker"));
    ROWS.add(publicMethod("OHLC"));
    ROWS.add(publicMethod("Depth"));
    ROWS.add(publicMethod("Trades"));
    ROWS.add(publicMethod("Spread"));
    ROWS.add(publicMethod("GroupedBook"));
    ROWS.add(publicMethod("PreTrade"));
    ROWS.add(publicMethod("PostTrade"));
    // Account data
    ROWS.add(privateRead("BalanceEx", 1));
    ROWS.add(privateRead("CreditLines", 1));
    ROWS.add(privateRead("TradeBalance", 1));
    ROWS.add(privateRead("OrderAmends", 1));
    ROWS.add(privateRead("TradesHistory", 2));
    ROWS.add(privateRead("QueryTrades", 2));
    ROWS.add(privateRead("OpenPositions", 1));
    ROWS.add(privateRead("Ledgers", 2));
    ROWS.add(privateRead("QueryLedgers", 2));
    ROWS.add(privateRead("TradeVolume", 1));
    ROWS.add(privateWrite("AddExport", 1));
    ROWS.add(privateRead("ExportStatus", 1));
    ROWS.add(privateRead("RetrieveExport", 1));
    ROWS.add(privateWrite("RemoveExport", 1));
    ROWS.add(privateRead("GetApiKeyInfo", 1));
    // Trading. AmendOrder names the order by txid or cl_ord_id, so it carries no new client id.
    ROWS.add(counted("AmendOrder", 1, 1));
    ROWS.add(counted("EditOrder", 1, 1));
    // Not in the trading-counter table: order kind, no order count.
    ROWS.add(counted("CancelAll", 1, 0));
    // The dead man's switch arms a timer; a state change, not an order.
    ROWS.add(privateWrite("CancelAllOrdersAfter", 1));
    // The token only authorises WebSocket subscriptions; asking again is harmless.
    ROWS.add(privateRead("GetWebSocketsToken", 1));
    // Documented under market data, but private; cost not documented.
    ROWS.add(privateRead("Level3", 1));
    // Funding. DepositAddresses with new=true makes another address; sending it twice is harmless.
    ROWS.add(privateRead("DepositMethods", 1));
    ROWS.add(privateRead("DepositAddresses", 1));
    ROWS.add(privateRead("DepositStatus", 1));
    ROWS.add(privateRead("WithdrawMethods", 1));
    ROWS.add(privateRead("WithdrawAddresses", 1));
    ROWS.add(privateRead("WithdrawInfo", 1));
    ROWS.add(privateWrite("Withdraw", 1));
    ROWS.add(privateRead("WithdrawStatus", 1));
    ROWS.add(privateWrite("WithdrawCancel", 1));
    ROWS.add(privateWrite("WalletTransfer", 1));
    // Subaccounts
    ROWS.add(privateWrite("CreateSubaccount", 1));
    ROWS.add(privateWrite("AccountTransfer", 1));
    // Earn
    ROWS.add(privateWrite("Earn/Allocate", 1));
    ROWS.add(privateWrite("Earn/Deallocate", 1));
    ROWS.add(privateRead("Earn/AllocateStatus", 1));
    ROWS.add(privateRead("Earn/DeallocateStatus", 1));
    ROWS.add(privateRead("Earn/Strategies", 1));
    ROWS.add(privateRead("Earn/Allocations", 1));
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

  /**
   * An order method that also costs {@code cost} on the call counter, with {@code orderCount} 1 when
   * the per-pair trading counter applies (0 when it does not); no client id parameter.
   */
  static Endpoint counted(String method, int cost, int orderCount) {
    return Endpoint.post(PRIVATE + method).signed().order(orderCount, null).limit(Endpoint.Limit.CALL_COUNTER)
        .weight(cost).build();
  }
}
