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
  static final Weight DEPTH_WEIGHT = Weight.described("limit 5–50: 2; 100: 5; 500: 10; 1000: 20",
      FuturesEndpoints::depthWeight);
  /** The kline family by {@code limit} (default 500). */
  static final Weight KLINES_WEIGHT = Weight.described("limit [1,100): 1; [100,500): 2; [500,1000]: 5; >1000: 10",
      FuturesEndpoints::klinesWeight);

  // Market data (NONE unless noted)
  /** {@code GET /fapi/v1/ping}: weight 1. */
  public static final Endpoint PING = ROWS.row(Endpoint.get("/fapi/v1/ping").weight(1).build());
  /** {@code GET /fapi/v1/exchangeInfo}: weight 1. */
  public static final Endpoint EXCHANGE_INFO = ROWS.row(Endpoint.get("/fapi/v1/exchangeInfo").weight(1).build());
  /** {@code GET /fapi/v1/depth}: by {@code limit}, see {@link #DEPTH_WEIGHT}. */
  public static final Endpoint DEPTH = ROWS.row(Endpoint.get("/fapi/v1/depth").weight(DEPTH_WEIGHT).build());
  /** {@code GET /fapi/v1/rpiDepth}: weight 20. */
  public static final Endpoint RPI_DEPTH = ROWS.row(Endpoint.get("/fapi/v1/rpiDepth").weight(20).build());
  /** {@code GET /fapi/v1/trades}: weight 5. */
  public static final Endpoint TRADES = ROWS.row(Endpoint.get("/fapi/v1/trades").weight(5).build());
  // MARKET_DATA; weight 200 in the 2026 docs (the 2025 page said 20).
  /** {@code GET /fapi/v1/historicalTrades}: weight 200 (MARKET_DATA: sends the API key). */
  public static final Endpoint HISTORICAL_TRADES = ROWS.row(Endpoint.get("/fapi/v1/historicalTrades").apiKey().weight(200).build());
  /** {@code GET /fapi/v1/aggTrades}: weight 20. */
  public static final Endpoint AGG_TRADES = ROWS.row(Endpoint.get("/fapi/v1/aggTrades").weight(20).build());
  /** {@code GET /fapi/v1/klines}: by {@code limit}, see {@link #KLINES_WEIGHT}. */
  public static final Endpoint KLINES = ROWS.row(Endpoint.get("/fapi/v1/klines").weight(KLINES_WEIGHT).build());
  /** {@code GET /fapi/v1/continuousKlines}: by {@code limit}, see {@link #KLINES_WEIGHT}. */
  public static final Endpoint CONTINUOUS_KLINES = ROWS.row(Endpoint.get("/fapi/v1/continuousKlines").weight(KLINES_WEIGHT).build());
  /** {@code GET /fapi/v1/indexPriceKlines}: by {@code limit}, see {@link #KLINES_WEIGHT}. */
  public static final Endpoint INDEX_PRICE_KLINES = ROWS.row(Endpoint.get("/fapi/v1/indexPriceKlines").weight(KLINES_WEIGHT).build());
  /** {@code GET /fapi/v1/markPriceKlines}: by {@code limit}, see {@link #KLINES_WEIGHT}. */
  public static final Endpoint MARK_PRICE_KLINES = ROWS.row(Endpoint.get("/fapi/v1/markPriceKlines").weight(KLINES_WEIGHT).build());
  /** {@code GET /fapi/v1/premiumIndexKlines}: by {@code limit}, see {@link #KLINES_WEIGHT}. */
  public static final Endpoint PREMIUM_INDEX_KLINES = ROWS.row(Endpoint.get("/fapi/v1/premiumIndexKlines").weight(KLINES_WEIGHT).build());
  // 1 with symbol, 10 without in the 2026 docs (the 2025 page said 1).
  /** {@code GET /fapi/v1/premiumIndex}: 1 with {@code symbol}, 10 without. */
  public static final Endpoint PREMIUM_INDEX = ROWS.row(Endpoint.get("/fapi/v1/premiumIndex").weight(bySymbol(1, 10)).build());
  // fundingRate and fundingInfo state no request weight: they share 500 requests per 5 minutes per IP.
  /** {@code GET /fapi/v1/fundingRate}: weight 0. */
  public static final Endpoint FUNDING_RATE = ROWS.row(Endpoint.get("/fapi/v1/fundingRate").weight(0).build());
  /** {@code GET /fapi/v1/fundingInfo}: weight 0. */
  public static final Endpoint FUNDING_INFO = ROWS.row(Endpoint.get("/fapi/v1/fundingInfo").weight(0).build());
  /** {@code GET /fapi/v1/ticker/24hr}: 1 with {@code symbol}, 40 without. */
  public static final Endpoint TICKER_24H = ROWS.row(Endpoint.get("/fapi/v1/ticker/24hr").weight(bySymbol(1, 40)).build());
  /** {@code GET /fapi/v2/ticker/price}: 1 with {@code symbol}, 2 without. */
  public static final Endpoint TICKER_PRICE = ROWS.row(Endpoint.get("/fapi/v2/ticker/price").weight(bySymbol(1, 2)).build());
  /** {@code GET /fapi/v1/ticker/bookTicker}: 2 with {@code symbol}, 5 without. */
  public static final Endpoint TICKER_BOOK = ROWS.row(Endpoint.get("/fapi/v1/ticker/bookTicker").weight(bySymbol(2, 5)).build());
  /** {@code GET /fapi/v1/openInterest}: weight 1. */
  public static final Endpoint OPEN_INTEREST = ROWS.row(Endpoint.get("/fapi/v1/openInterest").weight(1).build());
  /** {@code GET /fapi/v1/symbolAdlRisk}: weight 1. */
  public static final Endpoint SYMBOL_ADL_RISK = ROWS.row(Endpoint.get("/fapi/v1/symbolAdlRisk").weight(1).build());
  /** {@code GET /fapi/v1/assetIndex}: 1 with {@code symbol}, 10 without. */
  public static final Endpoint ASSET_INDEX = ROWS.row(Endpoint.get("/fapi/v1/assetIndex").weight(bySymbol(1, 10)).build());
  /** {@code GET /fapi/v1/indexInfo}: weight 1. */
  public static final Endpoint INDEX_INFO = ROWS.row(Endpoint.get("/fapi/v1/indexInfo").weight(1).build());
  /** {@code GET /fapi/v1/constituents}: weight 2. */
  public static final Endpoint CONSTITUENTS = ROWS.row(Endpoint.get("/fapi/v1/constituents").weight(2).build());
  /** {@code GET /fapi/v1/insuranceBalance}: weight 1. */
  public static final Endpoint INSURANCE_BALANCE = ROWS.row(Endpoint.get("/fapi/v1/insuranceBalance").weight(1).build());
  /** {@code GET /fapi/v1/tradingSchedule}: weight 5. */
  public static final Endpoint TRADING_SCHEDULE = ROWS.row(Endpoint.get("/fapi/v1/tradingSchedule").weight(5).build());
  /** {@code GET /futures/data/openInterestHist}: weight 0. */
  public static final Endpoint OPEN_INTEREST_HIST = ROWS.row(Endpoint.get("/futures/data/openInterestHist").weight(0).build());
  // MARKET_DATA per the docs; no weight is stated for the accounts ratio, its siblings weigh 0.
  /** {@code GET /futures/data/topLongShortAccountRatio}: weight 0 (MARKET_DATA: sends the API key). */
  public static final Endpoint TOP_LONG_SHORT_ACCOUNT_RATIO = ROWS.row(Endpoint.get("/futures/data/topLongShortAccountRatio").apiKey().weight(0).build());
  /** {@code GET /futures/data/topLongShortPositionRatio}: weight 0 (MARKET_DATA: sends the API key). */
  public static final Endpoint TOP_LONG_SHORT_POSITION_RATIO = ROWS.row(Endpoint.get("/futures/data/topLongShortPositionRatio").apiKey().weight(0).build());
  /** {@code GET /futures/data/globalLongShortAccountRatio}: weight 0. */
  public static final Endpoint GLOBAL_LONG_SHORT_ACCOUNT_RATIO = ROWS.row(Endpoint.get("/futures/data/globalLongShortAccountRatio").weight(0).build());
  /** {@code GET /futures/data/takerlongshortRatio}: weight 0. */
  public static final Endpoint TAKER_LONG_SHORT_RATIO = ROWS.row(Endpoint.get("/futures/data/takerlongshortRatio").weight(0).build());
  /** {@code GET /futures/data/basis}: weight 0. */
  public static final Endpoint BASIS = ROWS.row(Endpoint.get("/futures/data/basis").weight(0).build());
  /** {@code GET /futures/data/delivery-price}: weight 0. */
  public static final Endpoint DELIVERY_PRICE = ROWS.row(Endpoint.get("/futures/data/delivery-price").weight(0).build());

  // Orders and algo orders (futures.trade.FuturesTrading, FuturesOrderData) and position writes
  /** {@code GET /fapi/v1/openOrder}: IP 1. */
  public static final Endpoint OPEN_ORDER = ROWS.row(
      Endpoint.get("/fapi/v1/openOrder").signed().weight(1).build());
  /** {@code GET /fapi/v1/openOrders}: IP 1 with symbol, 40 without. */
  public static final Endpoint OPEN_ORDERS = ROWS.row(
      Endpoint.get("/fapi/v1/openOrders").signed().weight(bySymbol(1, 40)).build());
  /** {@code GET /fapi/v1/allOrders}: IP 5. */
  public static final Endpoint ALL_ORDERS = ROWS.row(
      Endpoint.get("/fapi/v1/allOrders").signed().weight(5).build());
  /** {@code GET /fapi/v1/userTrades}: IP 5. */
  public static final Endpoint USER_TRADES = ROWS.row(
      Endpoint.get("/fapi/v1/userTrades").signed().weight(5).build());
  /** {@code GET /fapi/v1/orderAmendment}: IP 1. */
  public static final Endpoint ORDER_AMENDMENT = ROWS.row(
      Endpoint.get("/fapi/v1/orderAmendment").signed().weight(1).build());
  /** {@code GET /fapi/v1/forceOrders}: IP 20 with symbol, 50 without. */
  public static final Endpoint FORCE_ORDERS = ROWS.row(
      Endpoint.get("/fapi/v1/forceOrders").signed().weight(bySymbol(20, 50)).build());
  /** {@code GET /fapi/v1/algoOrder}: IP 1. */
  public static final Endpoint QUERY_ALGO_ORDER = ROWS.row(
      Endpoint.get("/fapi/v1/algoOrder").signed().weight(1).build());
  /** {@code GET /fapi/v1/openAlgoOrders}: IP 1 with symbol, 40 without. */
  public static final Endpoint OPEN_ALGO_ORDERS = ROWS.row(
      Endpoint.get("/fapi/v1/openAlgoOrders").signed().weight(bySymbol(1, 40)).build());
  /** {@code GET /fapi/v1/allAlgoOrders}: IP 5. */
  public static final Endpoint ALL_ALGO_ORDERS = ROWS.row(
      Endpoint.get("/fapi/v1/allAlgoOrders").signed().weight(5).build());
  /** {@code POST /fapi/v1/order}: IP 0, 1 on the 10 s and 1 min order counts. */
  public static final Endpoint NEW_ORDER = ROWS.row(
      Endpoint.post("/fapi/v1/order").signed().order(1, "newClientOrderId").weight(0).build());
  /** {@code POST /fapi/v1/order/test}: the docs state no weight; never reaches the matching engine. */
  public static final Endpoint TEST_ORDER = ROWS.row(
      Endpoint.post("/fapi/v1/order/test").signed().read().weight(1).build());
  /** {@code PUT /fapi/v1/order}: IP 0, 1 on the order counts. */
  public static final Endpoint MODIFY_ORDER = ROWS.row(
      Endpoint.put("/fapi/v1/order").signed().order(1, null).weight(0).build());
  /** {@code DELETE /fapi/v1/order}: IP 1. */
  public static final Endpoint CANCEL_ORDER = ROWS.row(
      Endpoint.delete("/fapi/v1/order").signed().order(0, null).weight(1).build());
  /** {@code GET /fapi/v1/order}: IP 1. */
  public static final Endpoint QUERY_ORDER = ROWS.row(
      Endpoint.get("/fapi/v1/order").signed().weight(1).build());
  /** {@code POST /fapi/v1/batchOrders}: IP 5, 5 on the 10 s order count (1 on the 1 min count; the row charges 5 to both). */
  public static final Endpoint NEW_ORDERS = ROWS.row(
      Endpoint.post("/fapi/v1/batchOrders").signed().order(5, null).weight(5).build());
  /** {@code PUT /fapi/v1/batchOrders}: IP 5, 5 on the 10 s order count. */
  public static final Endpoint MODIFY_ORDERS = ROWS.row(
      Endpoint.put("/fapi/v1/batchOrders").signed().order(5, null).weight(5).build());
  /** {@code DELETE /fapi/v1/batchOrders}: IP 1. */
  public static final Endpoint CANCEL_ORDERS = ROWS.row(
      Endpoint.delete("/fapi/v1/batchOrders").signed().order(0, null).weight(1).build());
  /** {@code DELETE /fapi/v1/allOpenOrders}: IP 1. */
  public static final Endpoint CANCEL_ALL_OPEN = ROWS.row(
      Endpoint.delete("/fapi/v1/allOpenOrders").signed().order(0, null).weight(1).build());
  /** {@code POST /fapi/v1/countdownCancelAll}: IP 10; setting the same countdown again is harmless. */
  public static final Endpoint COUNTDOWN_CANCEL_ALL = ROWS.row(
      Endpoint.post("/fapi/v1/countdownCancelAll").signed().write().weight(10).build());
  /** {@code POST /fapi/v1/algoOrder}: IP 0, 1 on the order counts. */
  public static final Endpoint NEW_ALGO_ORDER = ROWS.row(
      Endpoint.post("/fapi/v1/algoOrder").signed().order(1, "clientAlgoId").weight(0).build());
  /** {@code DELETE /fapi/v1/algoOrder}: IP 1. */
  public static final Endpoint CANCEL_ALGO_ORDER = ROWS.row(
      Endpoint.delete("/fapi/v1/algoOrder").signed().order(0, null).weight(1).build());
  /** {@code DELETE /fapi/v1/algoOpenOrders}: IP 1. */
  public static final Endpoint CANCEL_ALL_ALGO_OPEN = ROWS.row(
      Endpoint.delete("/fapi/v1/algoOpenOrders").signed().order(0, null).weight(1).build());
  /** {@code POST /fapi/v1/leverage}: IP 1. */
  public static final Endpoint LEVERAGE = ROWS.row(
      Endpoint.post("/fapi/v1/leverage").signed().write().weight(1).build());
  /** {@code POST /fapi/v1/marginType}: IP 1. */
  public static final Endpoint MARGIN_TYPE = ROWS.row(
      Endpoint.post("/fapi/v1/marginType").signed().write().weight(1).build());
  /** {@code POST /fapi/v1/positionMargin}: IP 1. */
  public static final Endpoint POSITION_MARGIN = ROWS.row(
      Endpoint.post("/fapi/v1/positionMargin").signed().write().weight(1).build());
  /** {@code POST /fapi/v1/positionSide/dual}: IP 1. */
  public static final Endpoint POSITION_MODE_CHANGE = ROWS.row(
      Endpoint.post("/fapi/v1/positionSide/dual").signed().write().weight(1).build());
  /** {@code POST /fapi/v1/multiAssetsMargin}: IP 1. */
  public static final Endpoint MULTI_ASSETS_MODE_CHANGE = ROWS.row(
      Endpoint.post("/fapi/v1/multiAssetsMargin").signed().write().weight(1).build());

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
  /** {@code POST /fapi/v1/stock/contract}: signs the TradFi-Perps agreement, IP 50. */
  public static final Endpoint TRADFI_PERPS_CONTRACT = ROWS.row(
      Endpoint.post("/fapi/v1/stock/contract").signed().write().weight(50).build());

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
