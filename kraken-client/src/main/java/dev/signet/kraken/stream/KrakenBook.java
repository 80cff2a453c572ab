package dev.signet.kraken.stream;

import dev.signet.core.book.Level;
import dev.signet.core.book.LocalOrderBook;
import dev.signet.core.book.OrderBookView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One pair's local order book fed by Kraken's WebSocket v2 {@code book} channel, checked against
 * the CRC32 checksum every frame carries. It follows Kraken's guide: the snapshot replaces the
 * book; each update's levels are applied in order (quantity zero removes a level) and the book is
 * cut to the subscribed depth, all in one step; then the checksum of the top ten levels must match
 * the frame's. A mismatch clears the book and answers {@link Outcome#RESUBSCRIBE}: unsubscribe and
 * subscribe again for a fresh snapshot; updates before it are skipped.
 *
 * <p>Thread-safe: the stream thread feeds it, readers use {@link #view()} at any time.
 *
 * <pre>{@code
 * KrakenBook book = KrakenBook.of("BTC/USD", 10, BookChecksum.withPrecision(1, 8));
 * // for each book frame:
 * if (book.onMessage(message) == KrakenBook.Outcome.RESUBSCRIBE) {
 *   stream.resubscribe("book", "BTC/USD");
 * }
 * BigDecimal ask = book.view().bestAsk().orElseThrow().price();
 * }</pre>
 */
public final class KrakenBook {
  /** The depths Kraken's {@code book} subscription accepts. */
  public static final Set<Integer> DEPTHS = Set.of(10, 25, 100, 500, 1000);

  /** What a frame did to the book. */
  public enum Outcome {
    /** The frame was applied and the checksum matches. */
    APPLIED,
    /** An update with no snapshot to apply it to (before the first, or after a mismatch): dropped. */
    SKIPPED,
    /** The checksum does not match: the book is cleared; subscribe again for a new snapshot. */
    RESUBSCRIBE
  }

  private final String symbol;
  private final int depth;
  private final BookChecksum checksum;
  private final LocalOrderBook book = new LocalOrderBook();
  private boolean synced;
  private long frames;
  private long mismatches;
  private Instant timestamp;

  private KrakenBook(String symbol, int depth, BookChecksum checksum) {
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    if (!DEPTHS.contains(depth)) {
      throw new IllegalArgumentException("depth " + depth + " is not one Kraken subscribes to: use 10, 25, 100, 500 or 1000");
    }
    this.depth = depth;
    this.checksum = Objects.requireNonNull(checksum, "checksum");
  }

  /**
   * A book for {@code symbol} at the subscribed {@code depth}.
   *
   * @param symbol the pair, as WebSocket v2 names it (e.g. {@code BTC/USD})
   * @param depth the subscription's depth: 10, 25, 100, 500 or 1000
   * @param checksum how to write the values for the checksum (the pair's decimals, or as sent)
   * @return an empty book waiting for its snapshot
   * @throws IllegalArgumentException when the depth is not one Kraken offers
   */
  public static KrakenBook of(String symbol, int depth, BookChecksum checksum) {
    return new KrakenBook(symbol, depth, checksum);
  }

  /**
   * Takes one {@code book} frame.
   *
   * @param message the frame
   * @return what it did ({@link Outcome#RESUBSCRIBE} as soon as one entry does not match)
   * @throws IllegalArgumentException when the frame holds another pair's book
   */
  public synchronized Outcome onMessage(BookMessage message) {
    Outcome outcome = Outcome.SKIPPED;
    for (BookData data : message.data()) {
      outcome = onData(message.type(), data);
      if (outcome == Outcome.RESUBSCRIBE) {
        return outcome;
      }
    }
    return outcome;
  }

  /**
   * Takes one entry of a {@code book} frame.
   *
   * @param type whether the frame is a snapshot or an update
   * @param data the entry, for this book's pair
   * @return what it did
   * @throws IllegalArgumentException when the entry is another pair's
   */
  public synchronized Outcome onData(BookMessage.Type type, BookData data) {
    if (!symbol.equals(data.symbol())) {
      throw new IllegalArgumentException("book data for " + data.symbol() + " given to the book of " + symbol);
    }
    if (type == BookMessage.Type.SNAPSHOT) {
      frames = 0;
      book.reset(levels(data.bids()), levels(data.asks()), frames);
      book.truncate(depth);
      synced = true;
    } else if (!synced) {
      return Outcome.SKIPPED;
    } else {
      book.apply(levels(data.bids()), levels(data.asks()), ++frames, depth);
    }
    if (data.timestamp() != null) {
      timestamp = data.timestamp();
    }
    if (checksum.of(book) != data.checksum()) {
      synced = false;
      mismatches++;
      book.clear();
      return Outcome.RESUBSCRIBE;
    }
    return Outcome.APPLIED;
  }

  /**
   * Drops the book (events were lost: a gap in the stream); updates are skipped until the next snapshot.
   */
  public synchronized void reset() {
    synced = false;
    book.clear();
  }

  /**
   * Whether the book holds a snapshot and every frame since matched its checksum.
   *
   * @return true while synchronised
   */
  public synchronized boolean synced() {
    return synced;
  }

  /**
   * How many frames did not match their checksum.
   *
   * @return the number of {@link Outcome#RESUBSCRIBE} answers so far
   */
  public synchronized long mismatches() {
    return mismatches;
  }

  /**
   * When the book last changed, as the last frame with a timestamp said.
   *
   * @return the timestamp, or null before any
   */
  public synchronized Instant timestamp() {
    return timestamp;
  }

  /**
   * The book, read-only; its update id counts the updates since the snapshot (0 for the snapshot,
   * -1 while not synchronised).
   *
   * @return a live view of the book
   */
  public OrderBookView view() {
    return book.view();
  }

  /** The pair, the depth, the state and the top of the book. */
  @Override
  public synchronized String toString() {
    return "KrakenBook{" + symbol + ", depth=" + depth + (synced ? ", synced" : ", waiting for a snapshot")
        + ", mismatches=" + mismatches + ", " + book + "}";
  }

  private static List<Level> levels(List<BookEntry> entries) {
    List<Level> out = new ArrayList<>(entries.size());
    for (BookEntry e : entries) {
      out.add(e.level());
    }
    return out;
  }
}
