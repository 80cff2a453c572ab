package dev.signet.bench;

/**
 * Spot and USD-M Futures market response bodies of the documented shapes (Binance's spot and
 * futures API docs, the same shapes as the {@code spot_exchange_info_excerpt}, {@code spot_depth},
 * {@code spot_klines}, {@code filters/*}, {@code futures_exchange_info_excerpt} and
 * {@code futures_klines} fixtures of binance-client), in the sizes the decode benchmarks need. Values
 * vary by row so no two symbols, levels or klines are the same text.
 *
 * <p>Example: {@code byte[] info = MarketBodies.exchangeInfo(3000).getBytes(UTF_8);}
 */
public final class MarketBodies {
  private MarketBodies() {}

  /**
   * {@code GET /api/v3/exchangeInfo} with the docs' four rate limits, no exchange filters, one SOR
   * group and {@code symbols} symbols, each with every documented field, a permission set and nine
   * filters (price, lot size, iceberg parts, market lot size, trailing delta, percent price by
   * side, notional, max orders, max algo orders).
   *
   * @param symbols how many symbols
   * @return the body
   */
  public static String exchangeInfo(int symbols) {
    StringBuilder s = new StringBuilder(512 + symbols * 2200);
    s.append("{\"timezone\":\"UTC\",\"serverTime\":1565246363776,\"rateLimits\":[")
        .append("{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":6000},")
        .append("{\"rateLimitType\":\"ORDERS\",\"interval\":\"SECOND\",\"intervalNum\":10,\"limit\":100},")
        .append("{\"rateLimitType\":\"ORDERS\",\"interval\":\"DAY\",\"intervalNum\":1,\"limit\":200000},")
        .append("{\"rateLimitType\":\"RAW_REQUESTS\",\"interval\":\"MINUTE\",\"intervalNum\":5,\"limit\":61000}],")
        .append("\"exchangeFilters\":[],\"symbols\":[");
    for (int i = 0; i < symbols; i++) {
      if (i > 0) {
        s.append(',');
      }
      symbol(s, i);
    }
    return s.append("],\"sors\":[{\"baseAsset\":\"BTC\",\"symbols\":[\"BTCUSDT\",\"BTCUSDC\"]}]}").toString();
  }

  private static void symbol(StringBuilder s, int i) {
    String base = "B" + i;
    s.append("{\"symbol\":\"").append(base).append("USDT\",\"status\":\"TRADING\",\"baseAsset\":\"").append(base)
        .append("\",\"baseAssetPrecision\":8,\"quoteAsset\":\"USDT\",\"quotePrecision\":8,\"quoteAssetPrecision\":8,")
        .append("\"baseCommissionPrecision\":8,\"quoteCommissionPrecision\":8,\"orderTypes\":[\"LIMIT\",\"LIMIT_MAKER\",")
        .append("\"MARKET\",\"STOP_LOSS\",\"STOP_LOSS_LIMIT\",\"TAKE_PROFIT\",\"TAKE_PROFIT_LIMIT\"],")
        .append("\"icebergAllowed\":true,\"ocoAllowed\":true,\"otoAllowed\":true,\"opoAllowed\":true,")
        .append("\"quoteOrderQtyMarketAllowed\":true,\"allowTrailingStop\":true,\"cancelReplaceAllowed\":true,")
        .append("\"amendAllowed\":true,\"pegInstructionsAllowed\":true,\"isSpotTradingAllowed\":true,")
        .append("\"isMarginTradingAllowed\":").append(i % 3 == 0).append(",\"filters\":[")
        .append("{\"filterType\":\"PRICE_FILTER\",\"minPrice\":\"0.0000").append(1000 + i % 9000)
        .append("\",\"maxPrice\":\"100000.00000000\",\"tickSize\":\"0.00000100\"},")
        .append("{\"filterType\":\"LOT_SIZE\",\"minQty\":\"0.00100000\",\"maxQty\":\"").append(90000 + i)
        .append(".00000000\",\"stepSize\":\"0.00100000\"},")
        .append("{\"filterType\":\"ICEBERG_PARTS\",\"limit\":10},")
        .append("{\"filterType\":\"MARKET_LOT_SIZE\",\"minQty\":\"0.00000000\",\"maxQty\":\"").append(1000 + i)
        .append(".12345678\",\"stepSize\":\"0.00000000\"},")
        .append("{\"filterType\":\"TRAILING_DELTA\",\"minTrailingAboveDelta\":10,\"maxTrailingAboveDelta\":2000,")
        .append("\"minTrailingBelowDelta\":10,\"maxTrailingBelowDelta\":2000},")
        .append("{\"filterType\":\"PERCENT_PRICE_BY_SIDE\",\"bidMultiplierUp\":\"5\",\"bidMultiplierDown\":\"0.2\",")
        .append("\"askMultiplierUp\":\"5\",\"askMultiplierDown\":\"0.2\",\"avgPriceMins\":5},")
        .append("{\"filterType\":\"NOTIONAL\",\"minNotional\":\"5.00000000\",\"applyMinToMarket\":true,")
        .append("\"maxNotional\":\"9000000.00000000\",\"applyMaxToMarket\":false,\"avgPriceMins\":5},")
        .append("{\"filterType\":\"MAX_NUM_ORDERS\",\"maxNumOrders\":200},")
        .append("{\"filterType\":\"MAX_NUM_ALGO_ORDERS\",\"maxNumAlgoOrders\":5}],")
        .append("\"permissions\":[],\"permissionSets\":[[\"SPOT\",\"MARGIN\",\"TRD_GRP_004\",\"TRD_GRP_005\"]],")
        .append("\"defaultSelfTradePreventionMode\":\"EXPIRE_MAKER\",")
        .append("\"allowedSelfTradePreventionModes\":[\"NONE\",\"EXPIRE_TAKER\",\"EXPIRE_MAKER\",\"EXPIRE_BOTH\",\"DECREMENT\"]}");
  }

  /**
   * {@code GET /api/v3/depth} with {@code levels} bids and {@code levels} asks (the limit's
   * maximum is 5000), bids falling and asks rising from the middle.
   *
   * @param levels levels per side
   * @return the body
   */
  public static String depth(int levels) {
    StringBuilder s = new StringBuilder(64 + levels * 64);
    s.append("{\"lastUpdateId\":1027024,\"bids\":[");
    for (int i = 0; i < levels; i++) {
      level(s.append(i > 0 ? "," : ""), 4_000_000 - i, 431 + i);
    }
    s.append("],\"asks\":[");
    for (int i = 0; i < levels; i++) {
      level(s.append(i > 0 ? "," : ""), 4_000_200 + i, 12 + i);
    }
    return s.append("]}").toString();
  }

  private static void level(StringBuilder s, int priceMicros, int qty) {
    s.append("[\"").append(priceMicros / 1_000_000).append('.').append(String.format("%06d", priceMicros % 1_000_000))
        .append("00\",\"").append(qty).append(".00000000\"]");
  }

  /**
   * {@code GET /api/v3/klines} with {@code rows} one-minute klines, each the docs' twelve elements
   * (numbers for times and the trade count, strings for prices and volumes, the unused {@code "0"}).
   *
   * @param rows how many klines
   * @return the body
   */
  public static String klines(int rows) {
    return klines(rows, "0");
  }

  /**
   * {@code GET /fapi/v1/klines} with {@code rows} one-minute klines: the USD-M docs' twelve elements,
   * the same shape as Spot's, the unused last element a decimal string as in the futures docs' example.
   *
   * @param rows how many klines (the limit's maximum is 1500)
   * @return the body
   */
  public static String futuresKlines(int rows) {
    return klines(rows, "17928899.62484339");
  }

  private static String klines(int rows, String ignore) {
    StringBuilder s = new StringBuilder(2 + rows * 200);
    s.append('[');
    long open = 1499040000000L;
    for (int i = 0; i < rows; i++) {
      long t = open + i * 60_000L;
      s.append(i > 0 ? "," : "").append('[').append(t).append(",\"0.0").append(1634790 + i).append("\",\"0.0")
          .append(1800000 + i).append("\",\"0.0").append(1575800 + i).append("\",\"0.0").append(1577100 + i)
          .append("\",\"").append(148976 + i).append(".11427815\",").append(t + 59_999).append(",\"")
          .append(2434 + i).append(".19055334\",").append(308 + i).append(",\"").append(1756 + i)
          .append(".87402397\",\"28.46694368\",\"").append(ignore).append("\"]");
    }
    return s.append(']').toString();
  }

  /**
   * {@code GET /fapi/v1/exchangeInfo} in the USD-M docs' shape: their two rate limits, no exchange
   * filters, their three margin assets and {@code symbols} perpetual contracts, each with every
   * field of the docs' example (the two ignored margin percents included, the order types under the
   * example's {@code OrderType} spelling) and its seven filters (price, lot size, market lot size,
   * max orders, max algo orders, min notional, percent price).
   *
   * @param symbols how many contracts (the real answer has about 700)
   * @return the body
   */
  public static String futuresExchangeInfo(int symbols) {
    StringBuilder s = new StringBuilder(512 + symbols * 1300);
    s.append("{\"exchangeFilters\":[],\"rateLimits\":[")
        .append("{\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":2400,\"rateLimitType\":\"REQUEST_WEIGHT\"},")
        .append("{\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":1200,\"rateLimitType\":\"ORDERS\"}],")
        .append("\"serverTime\":1565613908500,\"assets\":[")
        .append("{\"asset\":\"BUSD\",\"marginAvailable\":true,\"autoAssetExchange\":0},")
        .append("{\"asset\":\"USDT\",\"marginAvailable\":true,\"autoAssetExchange\":0},")
        .append("{\"asset\":\"BNB\",\"marginAvailable\":false,\"autoAssetExchange\":null}],\"symbols\":[");
    for (int i = 0; i < symbols; i++) {
      if (i > 0) {
        s.append(',');
      }
      futuresSymbol(s, i);
    }
    return s.append("],\"timezone\":\"UTC\"}").toString();
  }

  private static void futuresSymbol(StringBuilder s, int i) {
    String base = "F" + i;
    s.append("{\"symbol\":\"").append(base).append("USDT\",\"pair\":\"").append(base)
        .append("USDT\",\"contractType\":\"PERPETUAL\",\"deliveryDate\":4133404800000,\"onboardDate\":")
        .append(1598252400000L + i * 3_600_000L).append(",\"status\":\"TRADING\",\"maintMarginPercent\":\"2.5000\",")
        .append("\"requiredMarginPercent\":\"5.0000\",\"baseAsset\":\"").append(base)
        .append("\",\"quoteAsset\":\"USDT\",\"marginAsset\":\"USDT\",\"pricePrecision\":").append(i % 8)
        .append(",\"quantityPrecision\":").append(i % 4).append(",\"baseAssetPrecision\":8,\"quotePrecision\":8,")
        .append("\"underlyingType\":\"COIN\",\"underlyingSubType\":[\"STORAGE\"],\"settlePlan\":0,")
        .append("\"triggerProtect\":\"0.15\",\"filters\":[")
        .append("{\"filterType\":\"PRICE_FILTER\",\"maxPrice\":\"").append(300 + i)
        .append("\",\"minPrice\":\"0.0001\",\"tickSize\":\"0.0001\"},")
        .append("{\"filterType\":\"LOT_SIZE\",\"maxQty\":\"").append(10_000_000 + i)
        .append("\",\"minQty\":\"1\",\"stepSize\":\"1\"},")
        .append("{\"filterType\":\"MARKET_LOT_SIZE\",\"maxQty\":\"").append(590_119 + i)
        .append("\",\"minQty\":\"1\",\"stepSize\":\"1\"},")
        .append("{\"filterType\":\"MAX_NUM_ORDERS\",\"limit\":200},")
        .append("{\"filterType\":\"MAX_NUM_ALGO_ORDERS\",\"limit\":10},")
        .append("{\"filterType\":\"MIN_NOTIONAL\",\"notional\":\"5.0\"},")
        .append("{\"filterType\":\"PERCENT_PRICE\",\"multiplierUp\":\"1.1500\",\"multiplierDown\":\"0.8500\",")
        .append("\"multiplierDecimal\":4}],\"OrderType\":[\"LIMIT\",\"MARKET\",\"STOP\",\"STOP_MARKET\",")
        .append("\"TAKE_PROFIT\",\"TAKE_PROFIT_MARKET\",\"TRAILING_STOP_MARKET\"],")
        .append("\"timeInForce\":[\"GTC\",\"IOC\",\"FOK\",\"GTX\"],\"liquidationFee\":\"0.010000\",")
        .append("\"marketTakeBound\":\"0.30\"}");
  }
}
