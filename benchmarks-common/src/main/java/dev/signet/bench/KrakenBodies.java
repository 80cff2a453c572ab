package dev.signet.bench;

/**
 * Kraken Spot market response bodies of the documented shapes (Kraken's OpenAPI spec examples, the
 * same shapes as kraken-client's {@code asset_pairs_excerpt}, {@code ohlc} and {@code depth}
 * fixtures), envelope included, in the sizes the decode benchmarks need: AssetPairs with about
 * 1,000 pairs, OHLC with its 720-row maximum, Depth with its 500-level maximum each side. Values
 * vary by row so no two pairs, candles or levels are the same text.
 *
 * <p>Example: {@code byte[] pairs = KrakenBodies.assetPairs(1000).getBytes(UTF_8);}
 */
public final class KrakenBodies {
  private static final String FEES = "[[0,0.26],[50000,0.24],[100000,0.22],[250000,0.2],[500000,0.18],"
      + "[1000000,0.16],[2500000,0.14],[5000000,0.12],[10000000,0.1]]";
  private static final String FEES_MAKER = "[[0,0.16],[50000,0.14],[100000,0.12],[250000,0.1],[500000,0.08],"
      + "[1000000,0.06],[2500000,0.04],[5000000,0.02],[10000000,0]]";

  private KrakenBodies() {}

  /**
   * {@code GET /0/public/AssetPairs} ({@code info=info}) with {@code pairs} pairs, each with every
   * documented member: names, asset classes, decimals, leverage, both fee schedules, margin levels,
   * minimums, tick size, status and position limits.
   *
   * @param pairs how many pairs
   * @return the body
   */
  public static String assetPairs(int pairs) {
    StringBuilder s = new StringBuilder(64 + pairs * 900);
    s.append("{\"error\":[],\"result\":{");
    for (int i = 0; i < pairs; i++) {
      if (i > 0) {
        s.append(',');
      }
      String base = "A" + i;
      s.append('"').append(base).append("ZUSD\":{\"altname\":\"").append(base).append("USD\",\"wsname\":\"")
          .append(base).append("/USD\",\"aclass_base\":\"currency\",\"base\":\"").append(base)
          .append("\",\"aclass_quote\":\"currency\",\"quote\":\"ZUSD\",\"lot\":\"unit\",\"cost_decimals\":5,")
          .append("\"pair_decimals\":").append(1 + i % 6).append(",\"lot_decimals\":8,\"lot_multiplier\":1,")
          .append("\"leverage_buy\":").append(i % 4 == 0 ? "[2,3,4,5]" : "[]").append(",\"leverage_sell\":")
          .append(i % 4 == 0 ? "[2,3,4,5]" : "[]").append(",\"fees\":").append(FEES).append(",\"fees_maker\":")
          .append(FEES_MAKER).append(",\"fee_volume_currency\":\"ZUSD\",\"margin_call\":80,\"margin_stop\":40,")
          .append("\"ordermin\":\"0.").append(1000 + i % 9000).append("\",\"costmin\":\"0.5\",\"tick_size\":\"")
          .append(tick(1 + i % 6)).append("\",\"status\":\"online\",\"long_position_limit\":").append(100 + i)
          .append(",\"short_position_limit\":").append(50 + i).append('}');
    }
    return s.append("}}").toString();
  }

  /**
   * {@code GET /0/public/OHLC} for {@code XXBTZUSD}: {@code rows} one-minute candles
   * {@code [int time, "open", "high", "low", "close", "vwap", "volume", int count]} and the
   * {@code last} cursor beside the pair key.
   *
   * @param rows how many candles
   * @return the body
   */
  public static String ohlc(int rows) {
    StringBuilder s = new StringBuilder(64 + rows * 90);
    long start = 1688671200L;
    s.append("{\"error\":[],\"result\":{\"XXBTZUSD\":[");
    for (int i = 0; i < rows; i++) {
      if (i > 0) {
        s.append(',');
      }
      int c = 30000 + i % 997;
      s.append('[').append(start + 60L * i).append(",\"").append(c).append(".1\",\"").append(c + 3).append(".2\",\"")
          .append(c - 2).append(".7\",\"").append(c + 1).append(".0\",\"").append(c).append(".5\",\"")
          .append(i % 9).append('.').append(10000000 + i * 7919 % 89999999).append("\",").append(1 + i % 40).append(']');
    }
    return s.append("],\"last\":").append(start + 60L * (rows - 1)).append("}}").toString();
  }

  /**
   * {@code GET /0/public/Depth} for {@code XXBTZUSD}: {@code levels} asks and as many bids, each
   * {@code ["price", "volume", int timestamp]}.
   *
   * @param levels how many levels each side
   * @return the body
   */
  public static String depth(int levels) {
    StringBuilder s = new StringBuilder(96 + levels * 80);
    s.append("{\"error\":[],\"result\":{\"XXBTZUSD\":{\"asks\":[");
    side(s, levels, 30384, 1);
    s.append("],\"bids\":[");
    side(s, levels, 30297, -1);
    return s.append("]}}}").toString();
  }

  private static void side(StringBuilder s, int levels, int best, int direction) {
    for (int i = 0; i < levels; i++) {
      if (i > 0) {
        s.append(',');
      }
      s.append("[\"").append(best + direction * i).append('.').append(10000 + i % 90000).append("\",\"")
          .append(1 + i % 13).append('.').append(100 + i % 900).append("\",").append(1688671000L + i % 700)
          .append(']');
    }
  }

  private static String tick(int decimals) {
    return "0." + "0".repeat(decimals - 1) + "1";
  }
}
