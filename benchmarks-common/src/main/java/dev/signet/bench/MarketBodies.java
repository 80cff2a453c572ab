package dev.signet.bench;

/**
 * Spot market response bodies of the documented shapes (Binance's spot API docs, the same shapes
 * as the {@code spot_exchange_info_excerpt}, {@code spot_depth}, {@code spot_klines} and
 * {@code filters/*} fixtures of binance-client), in the sizes the decode benchmarks need. Values
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
    StringBuilder s = new StringBuilder(2 + rows * 190);
    s.append('[');
    long open = 1499040000000L;
    for (int i = 0; i < rows; i++) {
      long t = open + i * 60_000L;
      s.append(i > 0 ? "," : "").append('[').append(t).append(",\"0.0").append(1634790 + i).append("\",\"0.0")
          .append(1800000 + i).append("\",\"0.0").append(1575800 + i).append("\",\"0.0").append(1577100 + i)
          .append("\",\"").append(148976 + i).append(".11427815\",").append(t + 59_999).append(",\"")
          .append(2434 + i).append(".19055334\",").append(308 + i).append(",\"").append(1756 + i)
          .append(".87402397\",\"28.46694368\",\"0\"]");
    }
    return s.append(']').toString();
  }
}
