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

  // Market data (public)
  /** {@code GET /0/public/SystemStatus}. */
  public static final Endpoint SYSTEM_STATUS = ROWS.row(publicMethod("SystemStatus"));
  /** {@code GET /0/public/Assets}. */
  public static final Endpoint ASSETS = ROWS.row(publicMethod("Assets"));
  /** {@code GET /0/public/AssetPairs}. */
  public static final Endpoint ASSET_PAIRS = ROWS.row(publicMethod("AssetPairs"));
  /** {@code GET /0/public/Ticker}. */
  public static final Endpoint TICKER = ROWS.row(publicMethod("Ticker"));
  /** {@code GET /0/public/OHLC}. */
  public static final Endpoint OHLC = ROWS.row(publicMethod("OHLC"));
  /** {@code GET /0/public/Depth}. */
  public static final Endpoint DEPTH = ROWS.row(publicMethod("Depth"));
  /** {@code GET /0/public/Trades}. */
  public static final Endpoint TRADES = ROWS.row(publicMethod("Trades"));
  /** {@code GET /0/public/Spread}. */
  public static final Endpoint SPREAD = ROWS.row(publicMethod("Spread"));
  /** {@code GET /0/public/GroupedBook}. */
  public static final Endpoint GROUPED_BOOK = ROWS.row(publicMethod("GroupedBook"));
  /** {@code GET /0/public/PreTrade}. */
  public static final Endpoint PRE_TRADE = ROWS.row(publicMethod("PreTrade"));
  /** {@code GET /0/public/PostTrade}. */
  public static final Endpoint POST_TRADE = ROWS.row(publicMethod("PostTrade"));
  // Account data
  /** {@code POST /0/private/BalanceEx}. */
  public static final Endpoint BALANCE_EX = ROWS.row(privateRead("BalanceEx", 1));
  /** {@code POST /0/private/CreditLines}. */
  public static final Endpoint CREDIT_LINES = ROWS.row(privateRead("CreditLines", 1));
  /** {@code POST /0/private/TradeBalance}. */
  public static final Endpoint TRADE_BALANCE = ROWS.row(privateRead("TradeBalance", 1));
  /** {@code POST /0/private/OrderAmends}. */
  public static final Endpoint ORDER_AMENDS = ROWS.row(privateRead("OrderAmends", 1));
  /** {@code POST /0/private/TradesHistory}. */
  public static final Endpoint TRADES_HISTORY = ROWS.row(privateRead("TradesHistory", 2));
  /** {@code POST /0/private/QueryTrades}. */
  public static final Endpoint QUERY_TRADES = ROWS.row(privateRead("QueryTrades", 2));
  /** {@code POST /0/private/OpenPositions}. */
  public static final Endpoint OPEN_POSITIONS = ROWS.row(privateRead("OpenPositions", 1));
  /** {@code POST /0/private/Ledgers}. */
  public static final Endpoint LEDGERS = ROWS.row(privateRead("Ledgers", 2));
  /** {@code POST /0/private/QueryLedgers}. */
  public static final Endpoint QUERY_LEDGERS = ROWS.row(privateRead("QueryLedgers", 2));
  /** {@code POST /0/private/TradeVolume}. */
  public static final Endpoint TRADE_VOLUME = ROWS.row(privateRead("TradeVolume", 1));
  /** {@code POST /0/private/AddExport}. */
  public static final Endpoint ADD_EXPORT = ROWS.row(privateWrite("AddExport", 1));
  /** {@code POST /0/private/ExportStatus}. */
  public static final Endpoint EXPORT_STATUS = ROWS.row(privateRead("ExportStatus", 1));
  /** {@code POST /0/private/RetrieveExport}. */
  public static final Endpoint RETRIEVE_EXPORT = ROWS.row(privateRead("RetrieveExport", 1));
  /** {@code POST /0/private/RemoveExport}. */
  public static final Endpoint REMOVE_EXPORT = ROWS.row(privateWrite("RemoveExport", 1));
  /** {@code POST /0/private/GetApiKeyInfo}. */
  public static final Endpoint GET_API_KEY_INFO = ROWS.row(privateRead("GetApiKeyInfo", 1));
  // Trading. AmendOrder names the order by txid or cl_ord_id, so it carries no new client id.
  /** {@code POST /0/private/AmendOrder}. */
  public static final Endpoint AMEND_ORDER = ROWS.row(counted("AmendOrder", 1, 1));
  /** {@code POST /0/private/EditOrder}. */
  public static final Endpoint EDIT_ORDER = ROWS.row(counted("EditOrder", 1, 1));
  // Not in the trading-counter table: order kind, no order count.
  /** {@code POST /0/private/CancelAll}. */
  public static final Endpoint CANCEL_ALL = ROWS.row(counted("CancelAll", 1, 0));
  // The dead man's switch arms a timer; a state change, not an order.
  /** {@code POST /0/private/CancelAllOrdersAfter}. */
  public static final Endpoint CANCEL_ALL_ORDERS_AFTER = ROWS.row(privateWrite("CancelAllOrdersAfter", 1));
  // The token only authorises WebSocket subscriptions; asking again is harmless.
  /** {@code POST /0/private/GetWebSocketsToken}. */
  public static final Endpoint GET_WEBSOCKETS_TOKEN = ROWS.row(privateRead("GetWebSocketsToken", 1));
  // Documented under market data, but private; cost not documented.
  /** {@code POST /0/private/Level3}. */
  public static final Endpoint LEVEL3 = ROWS.row(privateRead("Level3", 1));
  // Funding. DepositAddresses with new=true makes another address; sending it twice is harmless.
  /** {@code POST /0/private/DepositMethods}. */
  public static final Endpoint DEPOSIT_METHODS = ROWS.row(privateRead("DepositMethods", 1));
  /** {@code POST /0/private/DepositAddresses}. */
  public static final Endpoint DEPOSIT_ADDRESSES = ROWS.row(privateRead("DepositAddresses", 1));
  /** {@code POST /0/private/DepositStatus}. */
  public static final Endpoint DEPOSIT_STATUS = ROWS.row(privateRead("DepositStatus", 1));
  /** {@code POST /0/private/WithdrawMethods}. */
  public static final Endpoint WITHDRAW_METHODS = ROWS.row(privateRead("WithdrawMethods", 1));
  /** {@code POST /0/private/WithdrawAddresses}. */
  public static final Endpoint WITHDRAW_ADDRESSES = ROWS.row(privateRead("WithdrawAddresses", 1));
  /** {@code POST /0/private/WithdrawInfo}. */
  public static final Endpoint WITHDRAW_INFO = ROWS.row(privateRead("WithdrawInfo", 1));
  /** {@code POST /0/private/Withdraw}. */
  public static final Endpoint WITHDRAW = ROWS.row(privateWrite("Withdraw", 1));
  /** {@code POST /0/private/WithdrawStatus}. */
  public static final Endpoint WITHDRAW_STATUS = ROWS.row(privateRead("WithdrawStatus", 1));
  /** {@code POST /0/private/WithdrawCancel}. */
  public static final Endpoint WITHDRAW_CANCEL = ROWS.row(privateWrite("WithdrawCancel", 1));
  /** {@code POST /0/private/WalletTransfer}. */
  public static final Endpoint WALLET_TRANSFER = ROWS.row(privateWrite("WalletTransfer", 1));
  // Subaccounts
  /** {@code POST /0/private/CreateSubaccount}. */
  public static final Endpoint CREATE_SUBACCOUNT = ROWS.row(privateWrite("CreateSubaccount", 1));
  /** {@code POST /0/private/AccountTransfer}. */
  public static final Endpoint ACCOUNT_TRANSFER = ROWS.row(privateWrite("AccountTransfer", 1));
  // Earn
  /** {@code POST /0/private/Earn/Allocate}. */
  public static final Endpoint EARN_ALLOCATE = ROWS.row(privateWrite("Earn/Allocate", 1));
  /** {@code POST /0/private/Earn/Deallocate}. */
  public static final Endpoint EARN_DEALLOCATE = ROWS.row(privateWrite("Earn/Deallocate", 1));
  /** {@code POST /0/private/Earn/AllocateStatus}. */
  public static final Endpoint EARN_ALLOCATE_STATUS = ROWS.row(privateRead("Earn/AllocateStatus", 1));
  /** {@code POST /0/private/Earn/DeallocateStatus}. */
  public static final Endpoint EARN_DEALLOCATE_STATUS = ROWS.row(privateRead("Earn/DeallocateStatus", 1));
  /** {@code POST /0/private/Earn/Strategies}. */
  public static final Endpoint EARN_STRATEGIES = ROWS.row(privateRead("Earn/Strategies", 1));
  /** {@code POST /0/private/Earn/Allocations}. */
  public static final Endpoint EARN_ALLOCATIONS = ROWS.row(privateRead("Earn/Allocations", 1));

  // The per-pair trading counter's rows (Kraken "Spot Trading Limits"): fixed count, then by the
  // order's age under 5, 10, 15, 45, 90 and 300 s. A batch cancel charges each order as a cancel.
  /** AddOrder on the trading counter: +1. */
  public static final TradingCost ADD_ORDER_TRADING = TradingCost.of(1);
  /** AmendOrder: +1, and +3, +2, +1 for an order younger than 5, 10, 15 s. */
  public static final TradingCost AMEND_ORDER_TRADING = TradingCost.of(1, 3, 2, 1);
  /** EditOrder: +1, and +6, +5, +4, +2, +1 for an order younger than 5, 10, 15, 45, 90 s. */
  public static final TradingCost EDIT_ORDER_TRADING = TradingCost.of(1, 6, 5, 4, 2, 1);
  /** CancelOrder (and each order of CancelOrderBatch): +8, +6, +5, +4, +2, +1 by age; nothing after 300 s. */
  public static final TradingCost CANCEL_ORDER_TRADING = TradingCost.of(0, 8, 6, 5, 4, 2, 1);
  /** AddOrderBatch: +n/2 for n orders, that is a half (50 hundredths) per order. */
  public static final long ADD_ORDER_BATCH_TRADING_PER_ORDER = 50;

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
