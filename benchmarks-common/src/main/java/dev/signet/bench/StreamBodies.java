package dev.signet.bench;

/**
 * Stream frames of the documented shapes, as the WebSocket delivers them (one text frame each), for
 * the stream decode benchmarks (issue 16). Binance frames come wrapped the way a combined-stream
 * connection ({@code /stream}) wraps them, {@code {"stream":"btcusdt@depth@100ms","data":{...}}};
 * the payloads are those of the Spot docs' "Diff. Depth Stream" and "Trade Streams". Kraken frames
 * are WebSocket v2 {@code book} updates and {@code trade} frames as in Kraken's v2 docs (prices and
 * quantities as JSON numbers, quantities with all eight decimals, an RFC 3339 timestamp).
 * Frame {@code i} differs from frame {@code i + 1} in its ids, prices and quantities, so no two
 * frames of a set are the same text.
 *
 * <p>Example: {@code String frame = StreamBodies.binanceDepth(7, 20);}
 */
public final class StreamBodies {
  private StreamBodies() {}

  /**
   * A Spot diff. depth event on {@code btcusdt@depth@100ms}: {@code levels} bids and as many asks,
   * each {@code ["price","quantity"]}, update ids {@code U..u} following frame {@code i - 1}'s.
   *
   * @param i the frame's index
   * @param levels levels a side
   * @return the frame
   */
  public static String binanceDepth(int i, int levels) {
    StringBuilder s = new StringBuilder(160 + levels * 64);
    long first = 7_000_000_000L + (long) i * 2 * levels;
    s.append("{\"stream\":\"btcusdt@depth@100ms\",\"data\":{\"e\":\"depthUpdate\",\"E\":").append(1672515782136L + 100L * i)
        .append(",\"s\":\"BTCUSDT\",\"U\":").append(first).append(",\"u\":").append(first + 2L * levels - 1)
        .append(",\"b\":[");
    binanceSide(s, i, levels, 43_112, -1);
    s.append("],\"a\":[");
    binanceSide(s, i, levels, 43_113, 1);
    return s.append("]}}").toString();
  }

  /**
   * A Spot trade event on {@code btcusdt@trade}, trade id {@code 3_400_000_000 + i}.
   *
   * @param i the frame's index
   * @return the frame
   */
  public static String binanceTrade(int i) {
    long time = 1672515782136L + 7L * i;
    return "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":" + (time + 1) + ",\"s\":\"BTCUSDT\",\"t\":"
        + (3_400_000_000L + i) + ",\"p\":\"" + (43_100 + i % 37) + '.' + (10 + i % 90) + "000000\",\"q\":\"0."
        + (100_000 + i * 7919 % 900_000) + "00\",\"T\":" + time + ",\"m\":" + (i % 3 == 0) + ",\"M\":true}}";
  }

  /**
   * A Kraken WebSocket v2 {@code book} update for {@code BTC/USD}: {@code levels} bids and as many
   * asks, each {@code {"price":..,"qty":..}}, a checksum and a timestamp. The checksum is a value of
   * the right range, not the book's (the decode does not check it; {@code KrakenBook} does).
   *
   * @param i the frame's index
   * @param levels levels a side
   * @return the frame
   */
  public static String krakenBook(int i, int levels) {
    StringBuilder s = new StringBuilder(200 + levels * 80);
    s.append("{\"channel\":\"book\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"bids\":[");
    krakenSide(s, i, levels, 45_283, -1);
    s.append("],\"asks\":[");
    krakenSide(s, i, levels, 45_285, 1);
    return s.append("],\"checksum\":").append(1_000_000_000L + i * 2_654_435_761L % 3_000_000_000L)
        .append(",\"timestamp\":\"2023-10-06T17:35:").append(timestamp(i)).append("Z\"}]}").toString();
  }

  /**
   * A Kraken WebSocket v2 {@code trade} update for {@code BTC/USD} carrying one trade (the usual
   * frame; a burst may batch several, each its own event).
   *
   * @param i the frame's index
   * @return the frame
   */
  public static String krakenTrade(int i) {
    return "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"side\":\""
        + (i % 2 == 0 ? "buy" : "sell") + "\",\"price\":" + (45_280 + i % 41) + '.' + (i % 10) + ",\"qty\":0."
        + (10_000_000 + i * 7919 % 89_999_999) + ",\"ord_type\":\"" + (i % 3 == 0 ? "market" : "limit")
        + "\",\"trade_id\":" + (74_000_000 + i) + ",\"timestamp\":\"2023-10-06T17:35:" + timestamp(i) + "Z\"}]}";
  }

  private static void binanceSide(StringBuilder s, int i, int levels, int best, int direction) {
    for (int k = 0; k < levels; k++) {
      if (k > 0) {
        s.append(',');
      }
      s.append("[\"").append(best + direction * k).append('.').append(10 + (i + k) % 90).append("000000\",\"")
          .append(k % 5 == 0 ? 0 : (i + k) % 7).append('.').append(10_000_000 + (i * 31 + k * 7919) % 89_999_999)
          .append("\"]");
    }
  }

  private static void krakenSide(StringBuilder s, int i, int levels, int best, int direction) {
    for (int k = 0; k < levels; k++) {
      if (k > 0) {
        s.append(',');
      }
      s.append("{\"price\":").append(best + direction * k).append('.').append((i + k) % 10).append(",\"qty\":")
          .append(k % 5 == 0 ? 0 : (i + k) % 7).append('.').append(10_000_000 + (i * 31 + k * 7919) % 89_999_999)
          .append('}');
    }
  }

  private static String timestamp(int i) {
    return String.format("%02d.%06d", i % 60, 100_000 + i * 7919 % 900_000);
  }
}
