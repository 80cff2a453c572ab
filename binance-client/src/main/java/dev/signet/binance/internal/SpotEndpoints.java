package dev.signet.binance.internal;

import static dev.signet.binance.internal.BinanceWeights.byFlag;
import static dev.signet.binance.internal.BinanceWeights.bySymbol;
import static dev.signet.binance.internal.BinanceWeights.perSymbol;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;
import dev.signet.core.Params;
import dev.signet.core.Weight;

/**
 * The Binance Spot endpoint table ({@code /api/v3} on {@code api.binance.com}): every row's method,
 * path, security, weight (by its parameters where the docs say so), kind and order count, written
 * here and nowhere else. Weights are from Binance's Spot REST docs ({@code rest-api.md} of
 * binance-spot-api-docs, 2026-07-21; successful order entry and cancels cost 0 since 2026-04-02,
 * failed ones still the documented weight: the table charges the documented weight and the
 * {@code X-MBX-USED-WEIGHT-1M} header corrects it). Security: the docs' NONE rows are public,
 * TRADE and USER_DATA rows signed. Left out: the deprecated {@code POST /api/v3/order/oco} (use
 * {@code orderList/oco}) and the {@code userDataStream} endpoints retired on 2026-02-20 (an escape
 * hatch to them resolves as an unknown write). Not API.
 *
 * <pre>{@code
 * int w = SpotEndpoints.OPEN_ORDERS.weightOf(Params.empty());   // 80
 * Endpoint raw = SpotEndpoints.TABLE.resolve("GET", "/api/v3/openOrders", Security.SIGNED);
 * }</pre>
 */
public final class SpotEndpoints {
  private static final EndpointTable.Builder ROWS = EndpointTable.builder("Binance Spot", 1);

  /** {@code GET /api/v3/time}. */
  public static final Endpoint TIME = ROWS.row(Endpoint.get("/api/v3/time").weight(1).build());
  /** {@code GET /api/v3/account}: weight 20. */
  public static final Endpoint ACCOUNT = ROWS.row(Endpoint.get("/api/v3/account").signed().weight(20).build());
  /** {@code POST /api/v3/order}: weight 1 (0 when successful), 1 on the order counts. */
  public static final Endpoint NEW_ORDER = ROWS.row(
      Endpoint.post("/api/v3/order").signed().order(1, "newClientOrderId").weight(1).build());
  /** {@code GET /api/v3/order}: weight 4. */
  public static final Endpoint QUERY_ORDER = ROWS.row(Endpoint.get("/api/v3/order").signed().weight(4).build());
  /** {@code DELETE /api/v3/order}: weight 1 (0 when successful). */
  public static final Endpoint CANCEL_ORDER = ROWS.row(
      Endpoint.delete("/api/v3/order").signed().order(0, null).weight(1).build());
  /** {@code GET /api/v3/openOrders}: weight 6 with {@code symbol}, 80 without. */
  public static final Endpoint OPEN_ORDERS = ROWS.row(Endpoint.get("/api/v3/openOrders").signed()
      .weight(bySymbol(6, 80)).build());

  /** {@code depth} by {@code limit} (default 100). */
  static final Weight DEPTH_WEIGHT = Weight.described("limit 1–100: 5; 101–500: 25; 501–1000: 50; 1001–5000: 250",
      SpotEndpoints::depthWeight);
  /** {@code ticker/24hr}: {@code symbol} 2; {@code symbols} 1–20: 2, 21–100: 40, 101 or more: 80; none: 80. */
  static final Weight TICKER_24HR_WEIGHT = Weight.described("symbol: 2; symbols 1–20: 2, 21–100: 40, 101+: 80; none: 80",
      SpotEndpoints::ticker24hrWeight);
  /** {@code myPreventedMatches}: by {@code preventedMatchId} (or an invalid symbol) 2, by {@code orderId} 20. */
  static final Weight PREVENTED_MATCHES = Weight.described("preventedMatchId: 2; orderId: 20",
      p -> !p.containsKey("preventedMatchId") && p.containsKey("orderId") ? 20 : 2);

  // General
  /** {@code GET /api/v3/ping}: weight 1; answers {@code {}}. */
  public static final Endpoint PING = ROWS.row(Endpoint.get("/api/v3/ping").weight(1).build());
  /** {@code GET /api/v3/exchangeInfo}: weight 20. */
  public static final Endpoint EXCHANGE_INFO = ROWS.row(Endpoint.get("/api/v3/exchangeInfo").weight(20).build());
  /** {@code GET /api/v3/executionRules}: 2 per symbol, at most 40; {@code symbolStatus} or none 40. */
  public static final Endpoint EXECUTION_RULES = ROWS.row(Endpoint.get("/api/v3/executionRules").weight(perSymbol(2, 40, 40)).build());
  // Market data
  /** {@code GET /api/v3/depth}: by {@code limit}, see {@link #DEPTH_WEIGHT}. */
  public static final Endpoint DEPTH = ROWS.row(Endpoint.get("/api/v3/depth").weight(DEPTH_WEIGHT).build());
  /** {@code GET /api/v3/trades}: weight 25. */
  public static final Endpoint TRADES = ROWS.row(Endpoint.get("/api/v3/trades").weight(25).build());
  /** {@code GET /api/v3/historicalTrades}: weight 25; security NONE in the current docs (no API key). */
  public static final Endpoint HISTORICAL_TRADES = ROWS.row(Endpoint.get("/api/v3/historicalTrades").weight(25).build());
  /** {@code GET /api/v3/historicalBlockTrades}: weight 25. */
  public static final Endpoint HISTORICAL_BLOCK_TRADES = ROWS.row(Endpoint.get("/api/v3/historicalBlockTrades").weight(25).build());
  /** {@code GET /api/v3/aggTrades}: weight 4. */
  public static final Endpoint AGG_TRADES = ROWS.row(Endpoint.get("/api/v3/aggTrades").weight(4).build());
  /** {@code GET /api/v3/klines}: weight 2. */
  public static final Endpoint KLINES = ROWS.row(Endpoint.get("/api/v3/klines").weight(2).build());
  /** {@code GET /api/v3/uiKlines}: weight 2. */
  public static final Endpoint UI_KLINES = ROWS.row(Endpoint.get("/api/v3/uiKlines").weight(2).build());
  /** {@code GET /api/v3/avgPrice}: weight 2. */
  public static final Endpoint AVG_PRICE = ROWS.row(Endpoint.get("/api/v3/avgPrice").weight(2).build());
  /** {@code GET /api/v3/ticker/24hr}: by the symbols asked for, see {@link #TICKER_24HR_WEIGHT}. */
  public static final Endpoint TICKER_24H = ROWS.row(Endpoint.get("/api/v3/ticker/24hr").weight(TICKER_24HR_WEIGHT).build());
  /** {@code GET /api/v3/ticker/tradingDay}: 4 per symbol, at most 200. */
  public static final Endpoint TICKER_TRADING_DAY = ROWS.row(Endpoint.get("/api/v3/ticker/tradingDay").weight(perSymbol(4, 200, 4)).build());
  /** {@code GET /api/v3/ticker/price}: {@code symbol} 2, else 4. */
  public static final Endpoint TICKER_PRICE = ROWS.row(Endpoint.get("/api/v3/ticker/price").weight(bySymbol(2, 4)).build());
  /** {@code GET /api/v3/ticker/bookTicker}: {@code symbol} 2, else 4. */
  public static final Endpoint TICKER_BOOK = ROWS.row(Endpoint.get("/api/v3/ticker/bookTicker").weight(bySymbol(2, 4)).build());
  /** {@code GET /api/v3/ticker}: 4 per symbol whatever the window, at most 200. */
  public static final Endpoint TICKER_ROLLING = ROWS.row(Endpoint.get("/api/v3/ticker").weight(perSymbol(4, 200, 4)).build());
  /** {@code GET /api/v3/referencePrice}: weight 2. */
  public static final Endpoint REFERENCE_PRICE = ROWS.row(Endpoint.get("/api/v3/referencePrice").weight(2).build());
  /** {@code GET /api/v3/referencePrice/calculation}: weight 2. */
  public static final Endpoint REFERENCE_PRICE_CALCULATION = ROWS.row(Endpoint.get("/api/v3/referencePrice/calculation").weight(2).build());

  // Trading. order/test is validated and never reaches the matching engine: a read, off the order counts.
  /** {@code POST /api/v3/order/test}: weight 1, 20 with {@code computeCommissionRates}. */
  public static final Endpoint TEST_ORDER = ROWS.row(Endpoint.post("/api/v3/order/test").signed().read()
      .weight(byFlag("computeCommissionRates", 20, 1)).build());
  /** {@code DELETE /api/v3/openOrders}: weight 1. */
  public static final Endpoint CANCEL_OPEN_ORDERS = ROWS.row(
      Endpoint.delete("/api/v3/openOrders").signed().order(0, null).weight(1).build());
  /** {@code POST /api/v3/order/cancelReplace}: weight 1, 1 on the order counts. */
  public static final Endpoint CANCEL_REPLACE = ROWS.row(
      Endpoint.post("/api/v3/order/cancelReplace").signed().order(1, "newClientOrderId").weight(1).build());
  /** {@code PUT /api/v3/order/amend/keepPriority}: weight 4; unfilled order count 0 (0 weight when the order expires). */
  public static final Endpoint AMEND_KEEP_PRIORITY = ROWS.row(Endpoint.put("/api/v3/order/amend/keepPriority")
      .signed().order(0, "newClientOrderId").weight(4).build());
  // Order lists: the unfilled-order count is the number of orders in the list.
  /** {@code POST /api/v3/orderList/oco}: 2 orders. */
  public static final Endpoint OCO = ROWS.row(
      Endpoint.post("/api/v3/orderList/oco").signed().order(2, "listClientOrderId").weight(1).build());
  /** {@code POST /api/v3/orderList/oto}: 2 orders. */
  public static final Endpoint OTO = ROWS.row(
      Endpoint.post("/api/v3/orderList/oto").signed().order(2, "listClientOrderId").weight(1).build());
  /** {@code POST /api/v3/orderList/otoco}: 3 orders. */
  public static final Endpoint OTOCO = ROWS.row(
      Endpoint.post("/api/v3/orderList/otoco").signed().order(3, "listClientOrderId").weight(1).build());
  /** {@code POST /api/v3/orderList/opo}: 2 orders. */
  public static final Endpoint OPO = ROWS.row(
      Endpoint.post("/api/v3/orderList/opo").signed().order(2, "listClientOrderId").weight(1).build());
  /** {@code POST /api/v3/orderList/opoco}: 3 orders. */
  public static final Endpoint OPOCO = ROWS.row(
      Endpoint.post("/api/v3/orderList/opoco").signed().order(3, "listClientOrderId").weight(1).build());
  /** {@code DELETE /api/v3/orderList}: weight 1. */
  public static final Endpoint CANCEL_ORDER_LIST = ROWS.row(
      Endpoint.delete("/api/v3/orderList").signed().order(0, null).weight(1).build());
  // SOR
  /** {@code POST /api/v3/sor/order}: weight 1, 1 on the order counts. */
  public static final Endpoint SOR_ORDER = ROWS.row(
      Endpoint.post("/api/v3/sor/order").signed().order(1, "newClientOrderId").weight(1).build());
  /** {@code POST /api/v3/sor/order/test}: weight 1, 20 with {@code computeCommissionRates}. */
  public static final Endpoint SOR_TEST_ORDER = ROWS.row(Endpoint.post("/api/v3/sor/order/test").signed().read()
      .weight(byFlag("computeCommissionRates", 20, 1)).build());

  // Account (USER_DATA). Every weight checked against rest-api.md "Account Endpoints" (2026-07-21): all as documented.
  /** {@code GET /api/v3/allOrders}: weight 20. */
  public static final Endpoint ALL_ORDERS = ROWS.row(Endpoint.get("/api/v3/allOrders").signed().weight(20).build());
  /** {@code GET /api/v3/orderList}: weight 4. */
  public static final Endpoint ORDER_LIST = ROWS.row(Endpoint.get("/api/v3/orderList").signed().weight(4).build());
  /** {@code GET /api/v3/allOrderList}: weight 20. */
  public static final Endpoint ALL_ORDER_LISTS = ROWS.row(Endpoint.get("/api/v3/allOrderList").signed().weight(20).build());
  /** {@code GET /api/v3/openOrderList}: weight 6. */
  public static final Endpoint OPEN_ORDER_LISTS = ROWS.row(Endpoint.get("/api/v3/openOrderList").signed().weight(6).build());
  /** {@code GET /api/v3/myTrades}: weight 5 with {@code orderId}, 20 without. */
  public static final Endpoint MY_TRADES = ROWS.row(Endpoint.get("/api/v3/myTrades").signed()
      .weight(BinanceWeights.byParam("orderId", 5, 20)).build());
  /** {@code GET /api/v3/rateLimit/order}: weight 40. */
  public static final Endpoint UNFILLED_ORDER_COUNT = ROWS.row(Endpoint.get("/api/v3/rateLimit/order").signed().weight(40).build());
  /** {@code GET /api/v3/myPreventedMatches}: see {@link #PREVENTED_MATCHES}. */
  public static final Endpoint MY_PREVENTED_MATCHES = ROWS.row(Endpoint.get("/api/v3/myPreventedMatches").signed()
      .weight(PREVENTED_MATCHES).build());
  /** {@code GET /api/v3/myAllocations}: weight 20. */
  public static final Endpoint MY_ALLOCATIONS = ROWS.row(Endpoint.get("/api/v3/myAllocations").signed().weight(20).build());
  /** {@code GET /api/v3/account/commission}: weight 20. */
  public static final Endpoint ACCOUNT_COMMISSION = ROWS.row(Endpoint.get("/api/v3/account/commission").signed().weight(20).build());
  /** {@code GET /api/v3/order/amendments}: weight 4. */
  public static final Endpoint ORDER_AMENDMENTS = ROWS.row(Endpoint.get("/api/v3/order/amendments").signed().weight(4).build());
  /** {@code GET /api/v3/myFilters}: weight 40. */
  public static final Endpoint MY_FILTERS = ROWS.row(Endpoint.get("/api/v3/myFilters").signed().weight(40).build());

  /** The whole table; a path it does not list is a write of weight 1. */
  public static final EndpointTable TABLE = ROWS.build();

  private SpotEndpoints() {}

  /** {@code depth} by {@code limit} (default 100): 1–100 → 5, 101–500 → 25, 501–1000 → 50, 1001–5000 → 250. */
  static int depthWeight(Params params) {
    int limit = Weight.intParam(params, "limit", 100);
    return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
  }

  /** {@code ticker/24hr}: one {@code symbol} 2; {@code symbols} 1–20 → 2, 21–100 → 40, 101+ → 80; neither 80. */
  static int ticker24hrWeight(Params params) {
    if (params.containsKey("symbol")) {
      return 2;
    }
    int n = Weight.listSize(params, "symbols");
    return n == 0 ? 80 : n <= 20 ? 2 : n <= 100 ? 40 : 80;
  }
}
