package dev.signet.binance.stream;

import dev.signet.binance.futures.market.FuturesOrderBook;
import dev.signet.binance.spot.market.OrderBook;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.core.book.Level;
import dev.signet.core.book.LocalOrderBook;
import dev.signet.core.book.OrderBookView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One symbol's local order book joined to its diff. depth stream by Binance's documented procedure
 * ("How to manage a local order book correctly"): events are buffered until a REST depth snapshot
 * arrives; those the snapshot already holds are dropped; the first one applied must straddle the
 * snapshot's {@code lastUpdateId}; after it every event must follow on (Spot: {@code U} is the
 * previous {@code u} + 1; USD-M: {@code pu} is the previous {@code u}). Anything else is a gap:
 * the book is cleared and {@link Outcome#NEEDS_SNAPSHOT} asks for a new snapshot, while events
 * keep being buffered. The buffer is bounded; overflowing it is a gap too, never unbounded memory.
 *
 * <p>Thread-safe: the stream thread calls {@link #onUpdate}, another may call {@link #onSnapshot},
 * and readers use {@link #view()} at any time.
 *
 * <pre>{@code
 * DepthBook book = DepthBook.spot("BNBBTC", 1_000);
 * // for each stream event:
 * if (book.onUpdate(update) == DepthBook.Outcome.NEEDS_SNAPSHOT) {
 *   book.onSnapshot(client.spot().market().depth("BNBBTC", 5000));
 * }
 * BigDecimal bid = book.view().bestBid().orElseThrow().price();
 * }</pre>
 */
public final class DepthBook {
  /** What a call did to the book. */
  public enum Outcome {
    /** No snapshot joined yet: the event is kept until one arrives. */
    BUFFERED,
    /** The book moved: a snapshot was joined, or the event was applied. */
    APPLIED,
    /** The event is older than the book (the snapshot or an earlier event holds it) and was dropped. */
    SKIPPED,
    /** The stream and the book do not join (a gap, a stale snapshot, a full buffer): the book is
     * cleared; fetch a depth snapshot and pass it to {@link #onSnapshot}. Events are buffered meanwhile. */
    NEEDS_SNAPSHOT
  }

  private final String symbol;
  private final boolean futures;
  private final int bufferLimit;
  private final LocalOrderBook book = new LocalOrderBook();
  private final ArrayDeque<DepthUpdate> buffer = new ArrayDeque<>();
  private boolean synced;
  private boolean joined; // the first event after the snapshot has been applied
  private long resyncs;

  private DepthBook(String symbol, boolean futures, int bufferLimit) {
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    if (bufferLimit < 1) {
      throw new IllegalArgumentException("bufferLimit must be at least 1, got " + bufferLimit);
    }
    this.futures = futures;
    this.bufferLimit = bufferLimit;
  }

  /**
   * A Spot book ({@code api/v3/depth} snapshots, {@code U == previous u + 1}).
   *
   * @param symbol the symbol, as the stream names it in {@code s} (e.g. {@code BNBBTC})
   * @param bufferLimit the most events kept while waiting for a snapshot
   * @return an empty, unsynchronised book
   */
  public static DepthBook spot(String symbol, int bufferLimit) {
    return new DepthBook(symbol, false, bufferLimit);
  }

  /**
   * A USD-M Futures book ({@code fapi/v1/depth} snapshots, {@code pu == previous u}).
   *
   * @param symbol the symbol, as the stream names it in {@code s} (e.g. {@code BTCUSDT})
   * @param bufferLimit the most events kept while waiting for a snapshot
   * @return an empty, unsynchronised book
   */
  public static DepthBook futures(String symbol, int bufferLimit) {
    return new DepthBook(symbol, true, bufferLimit);
  }

  /**
   * Takes one stream event.
   *
   * @param update the event, for this book's symbol
   * @return what it did
   * @throws IllegalArgumentException when the event is for another symbol
   */
  public synchronized Outcome onUpdate(DepthUpdate update) {
    if (!symbol.equals(update.symbol())) {
      throw new IllegalArgumentException("update for " + update.symbol() + " given to the book of " + symbol);
    }
    if (!synced) {
      if (buffer.size() == bufferLimit) {
        buffer.clear(); // too far behind: start over from the events that follow
        buffer.add(update);
        return resync();
      }
      buffer.add(update);
      return Outcome.BUFFERED;
    }
    return apply(update);
  }

  /**
   * Joins a Spot depth snapshot ({@code GET /api/v3/depth}) with the buffered events.
   *
   * @param snapshot the snapshot
   * @return {@link Outcome#APPLIED}, or {@link Outcome#NEEDS_SNAPSHOT} when it is older than the buffered events
   *     or the events after it do not follow on
   */
  public Outcome onSnapshot(OrderBook snapshot) {
    return onSnapshot(snapshot.lastUpdateId(), snapshot.bids(), snapshot.asks());
  }

  /**
   * Joins a USD-M depth snapshot ({@code GET /fapi/v1/depth}) with the buffered events.
   *
   * @param snapshot the snapshot
   * @return {@link Outcome#APPLIED}, or {@link Outcome#NEEDS_SNAPSHOT} when it does not join
   */
  public Outcome onSnapshot(FuturesOrderBook snapshot) {
    return onSnapshot(snapshot.lastUpdateId(), snapshot.bids(), snapshot.asks());
  }

  /**
   * Joins a snapshot given by its parts.
   *
   * @param lastUpdateId the snapshot's {@code lastUpdateId}
   * @param bids its bids
   * @param asks its asks
   * @return {@link Outcome#APPLIED}, or {@link Outcome#NEEDS_SNAPSHOT} when it does not join
   */
  public synchronized Outcome onSnapshot(long lastUpdateId, List<PriceLevel> bids, List<PriceLevel> asks) {
    DepthUpdate first = buffer.peekFirst();
    if (first != null && lastUpdateId < first.firstUpdateId() - (futures ? 0 : 1)) {
      return resync(); // the snapshot predates the first buffered event: events are missing in between
    }
    book.reset(levels(bids), levels(asks), lastUpdateId);
    synced = true;
    joined = false;
    List<DepthUpdate> pending = new ArrayList<>(buffer);
    buffer.clear();
    for (int i = 0; i < pending.size(); i++) {
      if (apply(pending.get(i)) == Outcome.NEEDS_SNAPSHOT) {
        buffer.addAll(pending.subList(i + 1, pending.size())); // kept, after the one that did not follow
        return Outcome.NEEDS_SNAPSHOT;
      }
    }
    return Outcome.APPLIED;
  }

  /**
   * Whether a snapshot is joined and the book follows the stream.
   *
   * @return true once synchronised, false before the first snapshot and after a gap
   */
  public synchronized boolean synced() {
    return synced;
  }

  /**
   * How many times the book lost the stream (gaps, stale snapshots, full buffers).
   *
   * @return the number of {@link Outcome#NEEDS_SNAPSHOT} answers so far
   */
  public synchronized long resyncs() {
    return resyncs;
  }

  /**
   * The book, read-only; empty (update id -1) while not synchronised.
   *
   * @return a live view of the book
   */
  public OrderBookView view() {
    return book.view();
  }

  /** The symbol, the state and the top of the book. */
  @Override
  public synchronized String toString() {
    return "DepthBook{" + symbol + (futures ? " USD-M" : " Spot") + (synced ? ", synced" : ", buffered=" + buffer.size())
        + ", " + book + "}";
  }

  private Outcome apply(DepthUpdate u) {
    long id = book.updateId();
    // the snapshot or an earlier event already holds it (a USD-M first event may end at the snapshot's id)
    if (u.finalUpdateId() < id || (u.finalUpdateId() == id && (joined || !futures))) {
      return Outcome.SKIPPED;
    }
    boolean follows;
    if (!joined) {
      long target = futures ? id : id + 1;
      follows = u.firstUpdateId() <= target && u.finalUpdateId() >= target;
    } else if (futures) {
      follows = u.previousFinalUpdateId() != null && u.previousFinalUpdateId() == id;
    } else {
      follows = u.firstUpdateId() == id + 1;
    }
    if (!follows) {
      buffer.add(u); // newer than the book: keep it for the next snapshot
      return resync();
    }
    book.apply(levels(u.bids()), levels(u.asks()), u.finalUpdateId());
    joined = true;
    return Outcome.APPLIED;
  }

  private Outcome resync() {
    synced = false;
    joined = false;
    resyncs++;
    book.clear();
    return Outcome.NEEDS_SNAPSHOT;
  }

  private static List<Level> levels(List<PriceLevel> levels) {
    List<Level> out = new ArrayList<>(levels.size());
    for (PriceLevel l : levels) {
      out.add(new Level(l.price(), l.qty()));
    }
    return out;
  }
}
