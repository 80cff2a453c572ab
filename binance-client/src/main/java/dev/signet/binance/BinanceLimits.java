package dev.signet.binance;

/**
 * The rate limits Signet keeps one Binance host within. The defaults are Binance's published ones;
 * to use the limits the exchange reports (raised limits, changes), read them from exchangeInfo's
 * {@code rateLimits} with {@link #fromExchangeInfo} and pass them to
 * {@code BinanceClient.Builder.limits}.
 *
 * <pre>{@code
 * BinanceLimits spot;
 * try (BinanceClient probe = BinanceClient.builder().build()) {
 *   spot = BinanceLimits.fromExchangeInfo(probe.spot().publicCall("GET", "/api/v3/exchangeInfo", Params.of("symbol", "BTCUSDT")), BinanceLimits.SPOT);
 * }
 * BinanceClient client = BinanceClient.builder().credentials(creds).limits(spot, BinanceLimits.FUTURES).build();
 * }</pre>
 *
 * @param requestWeightPerMinute REQUEST_WEIGHT per minute (per IP)
 * @param ordersPer10Seconds ORDERS per 10 s (per account)
 * @param ordersPerMinute ORDERS per minute, 0 for none
 * @param ordersPerDay ORDERS per day, 0 for none
 */
public record BinanceLimits(int requestWeightPerMinute, int ordersPer10Seconds, int ordersPerMinute, int ordersPerDay) {
  /** Spot's published limits (2026): 6000 weight/min, 50 orders/10 s, 160000 orders/day. */
  public static final BinanceLimits SPOT = new BinanceLimits(6000, 50, 0, 160_000);
  /** USD-M Futures' default limits: 2400 weight/min, 300 orders/10 s, 1200 orders/min. */
  public static final BinanceLimits FUTURES = new BinanceLimits(2400, 300, 1200, 0);

  /**
   * The limits in an exchangeInfo answer's {@code rateLimits} (spot or futures): REQUEST_WEIGHT per
   * minute, ORDERS per 10 seconds, per minute and per day. Limits it does not list keep the values
   * of {@code defaults}; other limit types (RAW_REQUESTS, CONNECTIONS) are not used here.
   *
   * @param exchangeInfo the whole exchangeInfo object (or its {@code rateLimits} array)
   * @param defaults the limits to keep for any window the answer does not list
   * @return the limits in an exchangeInfo answer's {@code rateLimits} (spot or futures): REQUEST_WEIGHT per minute, ORDERS per 10 seconds, per minute and per day
   * @throws IllegalArgumentException when it has no {@code rateLimits} array
   */
  public static BinanceLimits fromExchangeInfo(tools.jackson.databind.JsonNode exchangeInfo, BinanceLimits defaults) {
    tools.jackson.databind.JsonNode limits = exchangeInfo.isArray() ? exchangeInfo : exchangeInfo.get("rateLimits");
    if (limits == null || !limits.isArray()) {
      throw new IllegalArgumentException("exchangeInfo has no rateLimits array; pass the answer of /api/v3/exchangeInfo"
          + " or /fapi/v1/exchangeInfo.");
    }
    int weight = defaults.requestWeightPerMinute();
    int per10s = defaults.ordersPer10Seconds();
    int perMinute = defaults.ordersPerMinute();
    int perDay = defaults.ordersPerDay();
    for (tools.jackson.databind.JsonNode l : limits) {
      String type = l.path("rateLimitType").asString("");
      String window = l.path("intervalNum").asInt(0) + " " + l.path("interval").asString("");
      int limit = l.path("limit").asInt(0);
      if (limit <= 0) {
        continue;
      }
      switch (type + " " + window) {
        case "REQUEST_WEIGHT 1 MINUTE" -> weight = limit;
        case "ORDERS 10 SECOND" -> per10s = limit;
        case "ORDERS 1 MINUTE" -> perMinute = limit;
        case "ORDERS 1 DAY" -> perDay = limit;
        default -> { }
      }
    }
    return new BinanceLimits(weight, per10s, perMinute, perDay);
  }

  /**
   * Checks the values are positive (the optional ones zero or positive).
   *
   * @param requestWeightPerMinute REQUEST_WEIGHT per minute (per IP)
   * @param ordersPer10Seconds ORDERS per 10 s (per account)
   * @param ordersPerMinute ORDERS per minute, 0 for none
   * @param ordersPerDay ORDERS per day, 0 for none
   */
  public BinanceLimits {
    if (requestWeightPerMinute <= 0 || ordersPer10Seconds <= 0 || ordersPerMinute < 0 || ordersPerDay < 0) {
      throw new IllegalArgumentException("Binance limits must be positive (ordersPerMinute and ordersPerDay may be 0"
          + " for none): " + requestWeightPerMinute + ", " + ordersPer10Seconds + ", " + ordersPerMinute + ", " + ordersPerDay);
    }
  }
}
