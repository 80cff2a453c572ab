package dev.signet.testkit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * The fake's market of one pair: its trade ids, and its order book for Kraken's WebSocket v2 {@code book} channel: levels kept as
 * the text Kraken would send them ({@code "45285.2"}, {@code "0.00100000"}), snapshot and update
 * frames at a depth, and the CRC32 checksum Kraken's guide defines (top ten asks up, top ten bids
 * down, each price and quantity without its point and leading zeros), computed independently of
 * the client's. Guarded by the fake's lock.
 */
final class FakeStreamBook {
  private static final Comparator<String> BY_PRICE = Comparator.comparing(BigDecimal::new);

  private final String symbol;
  private final TreeMap<String, String> bids = new TreeMap<>(BY_PRICE.reversed());
  private final TreeMap<String, String> asks = new TreeMap<>(BY_PRICE);

  private long nextTradeId = 1;

  FakeStreamBook(String symbol) {
    this.symbol = symbol;
  }

  /** A trade frame with the next trade id, after {@code skip} ids that are never sent. */
  String trade(String side, String price, String qty, String ordType, long skip) {
    nextTradeId += skip;
    return "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"" + symbol + "\",\"side\":\"" + side
        + "\",\"price\":" + price + ",\"qty\":" + qty + ",\"ord_type\":\"" + ordType + "\",\"trade_id\":" + nextTradeId++
        + ",\"timestamp\":\"2023-09-25T07:48:36.925533Z\"}]}";
  }

  /** Applies levels {@code {price, qty}}; a quantity of zero removes the level. */
  void apply(List<String[]> bidLevels, List<String[]> askLevels) {
    put(bids, bidLevels);
    put(asks, askLevels);
  }

  /** The snapshot frame at {@code depth}; {@code checksumDelta} 0 for the true checksum. */
  String snapshot(int depth, long checksumDelta) {
    return frame("snapshot", levels(bids, depth), levels(asks, depth), depth, checksumDelta);
  }

  /** An update frame with the given levels (already applied), checksummed over the book at {@code depth}. */
  String update(List<String[]> bidLevels, List<String[]> askLevels, int depth, long checksumDelta) {
    return frame("update", bidLevels, askLevels, depth, checksumDelta);
  }

  /** The checksum of the book as a client subscribed at {@code depth} holds it. */
  long checksum(int depth) {
    StringBuilder text = new StringBuilder();
    for (String[] level : levels(asks, Math.min(10, depth))) {
      text.append(digits(level[0])).append(digits(level[1]));
    }
    for (String[] level : levels(bids, Math.min(10, depth))) {
      text.append(digits(level[0])).append(digits(level[1]));
    }
    CRC32 crc = new CRC32();
    crc.update(text.toString().getBytes(StandardCharsets.US_ASCII));
    return crc.getValue();
  }

  private String frame(String type, List<String[]> b, List<String[]> a, int depth, long checksumDelta) {
    long checksum = (checksum(depth) + checksumDelta) & 0xFFFF_FFFFL;
    return "{\"channel\":\"book\",\"type\":\"" + type + "\",\"data\":[{\"symbol\":\"" + symbol + "\",\"bids\":"
        + json(b) + ",\"asks\":" + json(a) + ",\"checksum\":" + checksum
        + (type.equals("update") ? ",\"timestamp\":\"2023-10-06T17:35:55.440295Z\"" : "") + "}]}";
  }

  private static void put(TreeMap<String, String> side, List<String[]> levels) {
    for (String[] level : levels) {
      side.keySet().removeIf(p -> new BigDecimal(p).compareTo(new BigDecimal(level[0])) == 0);
      if (new BigDecimal(level[1]).signum() != 0) {
        side.put(level[0], level[1]);
      }
    }
  }

  private static List<String[]> levels(TreeMap<String, String> side, int depth) {
    List<String[]> out = new ArrayList<>();
    for (Map.Entry<String, String> e : side.entrySet()) {
      if (out.size() == depth) {
        break;
      }
      out.add(new String[] {e.getKey(), e.getValue()});
    }
    return out;
  }

  private static String json(List<String[]> levels) {
    StringBuilder out = new StringBuilder("[");
    for (String[] level : levels) {
      out.append(out.length() == 1 ? "" : ",").append("{\"price\":").append(level[0]).append(",\"qty\":")
          .append(level[1]).append('}');
    }
    return out.append(']').toString();
  }

  private static String digits(String value) {
    String plain = value.replace(".", "");
    int i = 0;
    while (i < plain.length() - 1 && plain.charAt(i) == '0') {
      i++;
    }
    return plain.substring(i);
  }
}
