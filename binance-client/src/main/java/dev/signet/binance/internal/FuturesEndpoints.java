package dev.signet.binance.internal;

import static dev.signet.binance.internal.BinanceWeights.bySymbol;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;
import dev.signet.core.Params;
import dev.signet.core.Weight;

/**
 * The Binance USD-M Futures endpoint table ({@code /fapi} and {@code /futures/data} on
 * {@code fapi.binance.com}): method, path, security, weight, kind and order count of every row,
 * written here and nowhere else. Weights from Binance's USD-M Futures REST docs (as published in
 * Binance's Java connector, derivatives-trading-usds-futures 12.0.1 of 2026-08-10). Security: NONE
 * rows are public, MARKET_DATA and USER_STREAM rows send the API key, TRADE and USER_DATA rows are
 * signed. Conditional orders (STOP, TAKE_PROFIT, trailing) go through {@code /fapi/v1/algoOrder}
 * since 2025-12-09. {@code /futures/data/*} rows weigh 0 on REQUEST_WEIGHT and have a separate
 * 1,000 requests per 5 minutes per IP cap, which this table does not count. The deprecated
 * {@code GET /fapi/v1/ticker/price} is left out (use {@code /fapi/v2/ticker/price}). Not API.
 *
 * <pre>{@code
 * Endpoint raw = FuturesEndpoints.TABLE.resolve("GET", "/fapi/v1/income", Security.SIGNED);
 * }</pre>
 */
public final class FuturesEndpoints {
  private static final EndpointTable.Builder ROWS = EndpointTable.builder("Binance USD-M Futures", 1);

  /** {@code GET /fapi/v1/time}. */
  public static final Endpoint TIME = ROWS.row(Endpoint.get("/fapi/v1/time").weight(1).build());
  /** {@code GET /fapi/v1/income}: weight 30. */
  public static final Endpoint INCOME = ROWS.row(Endpoint.get("/fapi/v1/income").signed().weight(30).build());

  /** {@code depth} by {@code limit} (5, 10, 20, 50, 100, 500, 1000; default 500). */
  static final Weight DEPTH = Weight.described("limit 5–50: 2; 100: 5; 500: 10; 1000: 20",
      FuturesEndpoints::depthWeight);
  /** The kline family by {@code limit} (default 500). */
  static final Weight KLINES = Weight.described("limit [1,100): 1; [100,500): 2; [500,1000]: 5; >1000: 10",
      FuturesEndpoints::klinesWeight);

  static {
    // Market data (NONE unless noted)
    ROWS.add(Endpoint.get("/fapi/v1/ping").weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/exchangeInfo").weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/depth").weight(DEPTH).build());
    ROWS.add(Endpoint.get("/fapi/v1/rpiDepth").weight(20).build());
    ROWS.add(Endpoint.get("/fapi/v1/trades").weight(5).build());
    // MARKET_DATA; weight 200 in the 2026 docs (the 2025 page said 20).
    ROWS.add(Endpoint.get("/fapi/v1/historicalTrades").apiKey().weight(200).build());
    ROWS.add(Endpoint.get("/fapi/v1/aggTrades").weight(20).build());
    ROWS.add(Endpoint.get("/fapi/v1/klines").weight(KLINES).build());
    ROWS.add(Endpoint.get("/fapi/v1/continuousKlines").weight(KLINES).build());
    ROWS.add(Endpoint.get("/fapi/v1/indexPriceKlines").weight(KLINES).build());
    ROWS.add(Endpoint.get("/fapi/v1/markPriceKlines").weight(KLINES).build());
    ROWS.add(Endpoint.get("/fapi/v1/premiumIndexKlines").weight(KLINES).build());
    // 1 with symbol, 10 without in the 2026 docs (the 2025 page said 1).
    ROWS.add(Endpoint.get("/fapi/v1/premiumIndex").weight(bySymbol(1, 10)).build());
    // fundingRate and fundingInfo state no request weight: they share 500 requests per 5 minutes per IP.
    ROWS.add(Endpoint.get("/fapi/v1/fundingRate").weight(0).build());
    ROWS.add(Endpoint.get("/fapi/v1/fundingInfo").weight(0).build());
    ROWS.add(Endpoint.get("/fapi/v1/ticker/24hr").weight(bySymbol(1, 40)).build());
    ROWS.add(Endpoint.get("/fapi/v2/ticker/price").weight(bySymbol(1, 2)).build());
    ROWS.add(Endpoint.get("/fapi/v1/ticker/bookTicker").weight(bySymbol(2, 5)).build());
    ROWS.add(Endpoint.get("/fapi/v1/openInterest").weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/symbolAdlRisk").weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/assetIndex").weight(bySymbol(1, 10)).build());
    ROWS.add(Endpoint.get("/fapi/v1/indexInfo").weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/constituents").weight(2).build());
    ROWS.add(Endpoint.get("/fapi/v1/insuranceBalance").weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/tradingSchedule").weight(5).build());
    ROWS.add(Endpoint.get("/futures/data/openInterestHist").weight(0).build());
    // MARKET_DATA per the docs; no weight is stated for the accounts ratio, its siblings weigh 0.
    ROWS.add(Endpoint.get("/futures/data/topLongShortAccountRatio").apiKey().weight(0).build());
    ROWS.add(Endpoint.get("/futures/data/topLongShortPositionRatio").apiKey().weight(0).build());
    ROWS.add(Endpoint.get("/futures/data/globalLongShortAccountRatio").weight(0).build());
    ROWS.add(Endpoint.get("/futures/data/takerlongshortRatio").weight(0).build());
    ROWS.add(Endpoint.get("/futures/data/basis").weight(0).build());
    ROWS.add(Endpoint.get("/futures/data/delivery-price").weight(0).build());
    // Orders: IP weight 0, 1 on the 10 s and 1 min order counts.
    ROWS.add(Endpoint.post("/fapi/v1/order").signed().order(1, "newClientOrderId").weight(0).build());
    // The docs state no weight for the test order; it never reaches the matching engine.
    ROWS.add(Endpoint.post("/fapi/v1/order/test").signed().read().weight(1).build());
    ROWS.add(Endpoint.put("/fapi/v1/order").signed().order(1, null).weight(0).build());
    ROWS.add(Endpoint.delete("/fapi/v1/order").signed().order(0, null).weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/order").signed().weight(1).build());
    // Batches: IP 5, 5 on the 10 s order count (1 on the 1 min count; the row charges 5 to both).
    ROWS.add(Endpoint.post("/fapi/v1/batchOrders").signed().order(5, null).weight(5).build());
    ROWS.add(Endpoint.put("/fapi/v1/batchOrders").signed().order(5, null).weight(5).build());
    ROWS.add(Endpoint.delete("/fapi/v1/batchOrders").signed().order(0, null).weight(1).build());
    ROWS.add(Endpoint.delete("/fapi/v1/allOpenOrders").signed().order(0, null).weight(1).build());
    ROWS.add(Endpoint.post("/fapi/v1/countdownCancelAll").signed().write().weight(10).build());
    ROWS.add(Endpoint.get("/fapi/v1/openOrder").signed().weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/openOrders").signed().weight(bySymbol(1, 40)).build());
    ROWS.add(Endpoint.get("/fapi/v1/allOrders").signed().weight(5).build());
    ROWS.add(Endpoint.get("/fapi/v1/userTrades").signed().weight(5).build());
    ROWS.add(Endpoint.get("/fapi/v1/orderAmendment").signed().weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/forceOrders").signed().weight(bySymbol(20, 50)).build());
    // Algo (conditional) orders
    ROWS.add(Endpoint.post("/fapi/v1/algoOrder").signed().order(1, "clientAlgoId").weight(0).build());
    ROWS.add(Endpoint.delete("/fapi/v1/algoOrder").signed().order(0, null).weight(1).build());
    ROWS.add(Endpoint.delete("/fapi/v1/algoOpenOrders").signed().order(0, null).weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/algoOrder").signed().weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/openAlgoOrders").signed().weight(bySymbol(1, 40)).build());
    ROWS.add(Endpoint.get("/fapi/v1/allAlgoOrders").signed().weight(5).build());
    // Positions, leverage, margin
    ROWS.add(Endpoint.post("/fapi/v1/leverage").signed().write().weight(1).build());
    ROWS.add(Endpoint.post("/fapi/v1/marginType").signed().write().weight(1).build());
    ROWS.add(Endpoint.post("/fapi/v1/positionMargin").signed().write().weight(1).build());
    ROWS.add(Endpoint.post("/fapi/v1/positionSide/dual").signed().write().weight(1).build());
    ROWS.add(Endpoint.post("/fapi/v1/multiAssetsMargin").signed().write().weight(1).build());
    // Account
    ROWS.add(Endpoint.post("/fapi/v1/stock/contract").signed().write().weight(50).build());
  }

  // Typed account, position-read and user-data-stream rows (FuturesAccountData, FuturesPositions, FuturesUserStream)
  /** {@code GET /fapi/v1/positionSide/dual}: the position mode; weight 30. */
  public static final Endpoint POSITION_SIDE_DUAL = ROWS.row(Endpoint.get("/fapi/v1/positionSide/dual").signed().weight(30).build());
  /** {@code GET /fapi/v1/multiAssetsMargin}: the Multi-Assets mode; weight 30. */
  public static final Endpoint MULTI_ASSETS_MARGIN = ROWS.row(Endpoint.get("/fapi/v1/multiAssetsMargin").signed().weight(30).build());
  /** {@code GET /fapi/v3/positionRisk}: weight 5. */
  public static final Endpoint POSITION_RISK_V3 = ROWS.row(Endpoint.get("/fapi/v3/positionRisk").signed().weight(5).build());
  /** {@code GET /fapi/v3/account}: weight 5. */
  public static final Endpoint ACCOUNT_V3 = ROWS.row(Endpoint.get("/fapi/v3/account").signed().weight(5).build());
  /** {@code GET /fapi/v3/balance}: weight 5. */
  public static final Endpoint BALANCE_V3 = ROWS.row(Endpoint.get("/fapi/v3/balance").signed().weight(5).build());
  /** {@code GET /fapi/v1/commissionRate}: weight 20. */
  public static final Endpoint COMMISSION_RATE = ROWS.row(Endpoint.get("/fapi/v1/commissionRate").signed().weight(20).build());
  /** {@code GET /fapi/v1/leverageBracket}: weight 1. */
  public static final Endpoint LEVERAGE_BRACKET = ROWS.row(Endpoint.get("/fapi/v1/leverageBracket").signed().weight(1).build());
  /** {@code POST /fapi/v1/listenKey} (USER_STREAM: API key, not signed): weight 1. */
  public static final Endpoint LISTEN_KEY_START = ROWS.row(Endpoint.post("/fapi/v1/listenKey").apiKey().write().weight(1).build());
  /** {@code PUT /fapi/v1/listenKey} (USER_STREAM): weight 1. */
  public static final Endpoint LISTEN_KEY_KEEPALIVE = ROWS.row(Endpoint.put("/fapi/v1/listenKey").apiKey().write().weight(1).build());
  /** {@code DELETE /fapi/v1/listenKey} (USER_STREAM): weight 1. */
  public static final Endpoint LISTEN_KEY_CLOSE = ROWS.row(Endpoint.delete("/fapi/v1/listenKey").apiKey().write().weight(1).build());
  /** {@code GET /fapi/v1/positionMargin/history}: weight 1. */
  public static final Endpoint POSITION_MARGIN_HISTORY = ROWS.row(Endpoint.get("/fapi/v1/positionMargin/history").signed().weight(1).build());
  /** {@code GET /fapi/v2/positionRisk}: weight 5. */
  public static final Endpoint POSITION_RISK_V2 = ROWS.row(Endpoint.get("/fapi/v2/positionRisk").signed().weight(5).build());
  /** {@code GET /fapi/v1/adlQuantile}: weight 5. */
  public static final Endpoint ADL_QUANTILE = ROWS.row(Endpoint.get("/fapi/v1/adlQuantile").signed().weight(5).build());
  /** {@code GET /fapi/v1/accountConfig}: weight 5. */
  public static final Endpoint ACCOUNT_CONFIG = ROWS.row(Endpoint.get("/fapi/v1/accountConfig").signed().weight(5).build());
  /** {@code GET /fapi/v1/symbolConfig}: weight 5. */
  public static final Endpoint SYMBOL_CONFIG = ROWS.row(Endpoint.get("/fapi/v1/symbolConfig").signed().weight(5).build());
  /** {@code GET /fapi/v1/rateLimit/order}: weight 1. */
  public static final Endpoint RATE_LIMIT_ORDER = ROWS.row(Endpoint.get("/fapi/v1/rateLimit/order").signed().weight(1).build());
  /** {@code GET /fapi/v1/feeBurn}: weight 30. */
  public static final Endpoint FEE_BURN = ROWS.row(Endpoint.get("/fapi/v1/feeBurn").signed().weight(30).build());
  /** {@code POST /fapi/v1/feeBurn} (TRADE, a write): weight 1. */
  public static final Endpoint FEE_BURN_SET = ROWS.row(Endpoint.post("/fapi/v1/feeBurn").signed().write().weight(1).build());
  /** {@code GET /fapi/v1/income/asyn}: weight 1000 (and 10 a month, shared with the web page). */
  public static final Endpoint INCOME_DOWNLOAD_ID = ROWS.row(Endpoint.get("/fapi/v1/income/asyn").signed().weight(1000).build());
  /** {@code GET /fapi/v1/order/asyn}: weight 1000 (and 10 a month). */
  public static final Endpoint ORDER_DOWNLOAD_ID = ROWS.row(Endpoint.get("/fapi/v1/order/asyn").signed().weight(1000).build());
  /** {@code GET /fapi/v1/trade/asyn}: weight 1000 (and 10 a month). */
  public static final Endpoint TRADE_DOWNLOAD_ID = ROWS.row(Endpoint.get("/fapi/v1/trade/asyn").signed().weight(1000).build());
  /** {@code GET /fapi/v1/income/asyn/id}: weight 10. */
  public static final Endpoint INCOME_DOWNLOAD_LINK = ROWS.row(Endpoint.get("/fapi/v1/income/asyn/id").signed().weight(10).build());
  /** {@code GET /fapi/v1/order/asyn/id}: weight 10. */
  public static final Endpoint ORDER_DOWNLOAD_LINK = ROWS.row(Endpoint.get("/fapi/v1/order/asyn/id").signed().weight(10).build());
  /** {@code GET /fapi/v1/trade/asyn/id}: weight 10. */
  public static final Endpoint TRADE_DOWNLOAD_LINK = ROWS.row(Endpoint.get("/fapi/v1/trade/asyn/id").signed().weight(10).build());
  /** {@code GET /fapi/v1/convert/exchangeInfo} (public): weight 20. */
  public static final Endpoint CONVERT_EXCHANGE_INFO = ROWS.row(Endpoint.get("/fapi/v1/convert/exchangeInfo").weight(20).build());
  /** {@code POST /fapi/v1/convert/getQuote}: weight 50 (and 360 an hour, 500 a day, not counted here). */
  public static final Endpoint CONVERT_GET_QUOTE = ROWS.row(Endpoint.post("/fapi/v1/convert/getQuote").signed().write().weight(50).build());
  /** {@code POST /fapi/v1/convert/acceptQuote}: weight 200. */
  public static final Endpoint CONVERT_ACCEPT_QUOTE = ROWS.row(Endpoint.post("/fapi/v1/convert/acceptQuote").signed().write().weight(200).build());
  /** {@code GET /fapi/v1/convert/orderStatus}: weight 50. */
  public static final Endpoint CONVERT_ORDER_STATUS = ROWS.row(Endpoint.get("/fapi/v1/convert/orderStatus").signed().weight(50).build());
  /** {@code GET /fapi/v2/account}: weight 5. */
  public static final Endpoint ACCOUNT_V2 = ROWS.row(Endpoint.get("/fapi/v2/account").signed().weight(5).build());
  /** {@code GET /fapi/v2/balance}: weight 5. */
  public static final Endpoint BALANCE_V2 = ROWS.row(Endpoint.get("/fapi/v2/balance").signed().weight(5).build());
  /** {@code GET /fapi/v1/pmAccountInfo}: weight 5. */
  public static final Endpoint PM_ACCOUNT_INFO = ROWS.row(Endpoint.get("/fapi/v1/pmAccountInfo").signed().weight(5).build());
  /** {@code GET /fapi/v1/apiTradingStatus}: weight 1 with a symbol, 10 without. */
  public static final Endpoint API_TRADING_STATUS = ROWS.row(Endpoint.get("/fapi/v1/apiTradingStatus").signed().weight(bySymbol(1, 10)).build());
  /** The whole table; a path it does not list is a write of weight 1. */
  public static final EndpointTable TABLE = ROWS.build();

  private FuturesEndpoints() {}

  /** {@code depth} by {@code limit} (default 500): up to 50 → 2, 100 → 5, 500 → 10, 1000 → 20. */
  static int depthWeight(Params params) {
    int limit = Weight.intParam(params, "limit", 500);
    return limit <= 50 ? 2 : limit <= 100 ? 5 : limit <= 500 ? 10 : 20;
  }

  /** Klines by {@code limit} (default 500): [1,100) → 1, [100,500) → 2, [500,1000] → 5, above → 10. */
  static int klinesWeight(Params params) {
    int limit = Weight.intParam(params, "limit", 500);
    return limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
  }
}
