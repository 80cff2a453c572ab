package dev.signet.testkit;

import dev.signet.core.book.BookSnapshot;
import dev.signet.core.book.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The fake's order book of one Binance symbol, scripted by the test: levels kept with the text
 * Binance would send ({@code "0.0024"}), the last update id, the {@code depthUpdate} events of its
 * changes (Spot's, and USD-M's with {@code T} and {@code pu}), the REST depth snapshot, and the
 * faults scripted for its next update: dropped (applied, never sent), duplicated, or held back and
 * sent after the one that follows (reordered). Guarded by {@link FakeBinanceStreams}' lock.
 */
final class FakeBinanceBook {
  /** Event times start at the docs example's {@code E} and rise by one millisecond per event. */
  private static final long FIRST_EVENT_TIME = 1672515782136L;

  /** One update's frames: Spot's and USD-M's payload, and how often to send each now. */
  record Frames(String spot, String futures, int times) {}

  private final String symbol;
  private final TreeMap<BigDecimal, Level> bids = new TreeMap<>(Comparator.reverseOrder());
  private final TreeMap<BigDecimal, Level> asks = new TreeMap<>();
  private long lastUpdateId;
  private long events;
  private FakeBinanceStreams.DepthFault next; // null: none
  private Frames held;

  FakeBinanceBook(String symbol, long lastUpdateId, List<String[]> bidLevels, List<String[]> askLevels) {
    this.symbol = symbol;
    this.lastUpdateId = lastUpdateId;
    put(bids, bidLevels);
    put(asks, askLevels);
  }

  /** Scripts the next update's fault. */
  void fault(FakeBinanceStreams.DepthFault fault) {
    next = fault;
  }

  /**
   * Applies levels {@code {price, qty}} (zero removes) as one event spanning one update id per level
   * (at least one) and returns the frames to send now, in order: none when dropped or held back, the
   * held one after this one when reordered.
   */
  List<Frames> update(List<String[]> bidLevels, List<String[]> askLevels) {
    long first = lastUpdateId + 1;
    long last = lastUpdateId + Math.max(1, bidLevels.size() + askLevels.size());
    put(bids, bidLevels);
    put(asks, askLevels);
    String b = json(bidLevels);
    String a = json(askLevels);
    long time = FIRST_EVENT_TIME + events++;
    String head = "{\"e\":\"depthUpdate\",\"E\":" + time;
    String ids = ",\"s\":\"" + symbol + "\",\"U\":" + first + ",\"u\":" + last;
    Frames frames = new Frames(head + ids + ",\"b\":" + b + ",\"a\":" + a + "}",
        head + ",\"T\":" + time + ids + ",\"pu\":" + lastUpdateId + ",\"b\":" + b + ",\"a\":" + a + "}",
        next == FakeBinanceStreams.DepthFault.DUPLICATE ? 2 : 1);
    lastUpdateId = last;
    FakeBinanceStreams.DepthFault fault = next;
    next = null;
    List<Frames> out = new ArrayList<>();
    if (fault == FakeBinanceStreams.DepthFault.REORDER) {
      held = frames;
    } else if (fault != FakeBinanceStreams.DepthFault.DROP) {
      out.add(frames);
      if (held != null) {
        out.add(held);
        held = null;
      }
    }
    return out;
  }

  /** The last update id applied. */
  long lastUpdateId() {
    return lastUpdateId;
  }

  /** The whole book and its update id. */
  BookSnapshot snapshot() {
    return new BookSnapshot(lastUpdateId, List.copyOf(bids.values()), List.copyOf(asks.values()));
  }

  /** The REST depth answer: the best {@code limit} levels a side; USD-M adds {@code E} and {@code T}. */
  String depthJson(int limit, boolean futures, long millis) {
    return "{\"lastUpdateId\":" + lastUpdateId + (futures ? ",\"E\":" + millis + ",\"T\":" + millis : "")
        + ",\"bids\":" + json(bids, limit) + ",\"asks\":" + json(asks, limit) + "}";
  }

  private static void put(TreeMap<BigDecimal, Level> side, List<String[]> levels) {
    for (String[] level : levels) {
      Level l = Level.of(level[0], level[1]);
      if (l.quantity().signum() == 0) {
        side.remove(l.price());
      } else {
        side.remove(l.price()); // the new text replaces the key too
        side.put(l.price(), l);
      }
    }
  }

  private static String json(TreeMap<BigDecimal, Level> side, int limit) {
    List<String[]> levels = new ArrayList<>();
    for (Level l : side.values()) {
      if (levels.size() == limit) {
        break;
      }
      levels.add(new String[] {l.price().toPlainString(), l.quantity().toPlainString()});
    }
    return json(levels);
  }

  private static String json(List<String[]> levels) {
    StringBuilder out = new StringBuilder("[");
    for (String[] level : levels) {
      out.append(out.length() == 1 ? "" : ",").append("[\"").append(level[0]).append("\",\"").append(level[1])
          .append("\"]");
    }
    return out.append(']').toString();
  }
}
