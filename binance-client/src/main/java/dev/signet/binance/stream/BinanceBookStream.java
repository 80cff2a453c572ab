package dev.signet.binance.stream;

import dev.signet.core.RetryPolicy;
import dev.signet.core.SignetException;
import dev.signet.core.stream.ForwardingSubscription;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <symbol>@depth@100ms} subscription that keeps a {@link DepthBook} by Binance's documented
 * procedure and fetches the REST depth snapshots it needs itself: the first event is buffered and a
 * snapshot fetched and joined; from then on each event taken is applied before it is handed on.
 * An event that does not follow on (a dropped or reordered event; Spot: {@code U} is not the
 * previous {@code u} + 1, USD-M: {@code pu} is not the previous {@code u}) clears the book and is
 * handed on as a {@link StreamItem.Gap} with {@link StreamItem.Reason#OUT_OF_SYNC}; the buffer of
 * events waiting for a snapshot overflowing is a gap with {@link StreamItem.Reason#OVERFLOW}. Either
 * way a new snapshot is fetched on the next take and the events since are joined to it. Events the
 * book already holds (duplicates, the snapshot's) are skipped, not handed on.
 *
 * <p>Gaps of the connection (lost, overflowed queue, malformed frame) are handed on as they are and
 * the book is kept: the ids of the next event prove whether it follows on (then nothing was lost
 * and no snapshot is fetched) or not (then the book is rebuilt as above, with its own gap).
 *
 * <p>A snapshot fetch that fails with a {@link SignetException} is handed on as an
 * {@link StreamItem.Reason#OUT_OF_SYNC} gap naming the failure and retried on a later take or poll
 * after the streams' reconnect backoff ({@link dev.signet.core.stream.StreamOptions#reconnect()}),
 * as is a snapshot older than the buffered events (without a gap); events are buffered meanwhile.
 * Snapshots are fetched on the taking thread, so a poll may overrun its timeout by one REST call.
 *
 * <p>Read the book with {@link #book()} from any thread; take items from one.
 *
 * <pre>{@code
 * BinanceBookStream btc = streams.localBook("BTCUSDT", client);
 * StreamItem<DepthUpdate> item = btc.take();
 * BigDecimal bestBid = btc.book().view().bestBid().orElseThrow().price();
 * }</pre>
 */
public final class BinanceBookStream extends ForwardingSubscription<DepthUpdate> {
  /**
   * Fetches a REST depth snapshot of the book's symbol and joins it to the book.
   *
   * <pre>{@code
   * BinanceBookStream.SnapshotSource source = book -> book.onSnapshot(client.spot().market().depth("BTCUSDT", 5000));
   * }</pre>
   */
  @FunctionalInterface
  public interface SnapshotSource {
    /**
     * Fetches and joins one snapshot, e.g. {@code book.onSnapshot(client.spot().market().depth(symbol, 5000))}.
     *
     * @param book the book to join it to
     * @return what {@link DepthBook#onSnapshot} answered
     * @throws SignetException when the snapshot cannot be fetched (retried after a backoff)
     */
    DepthBook.Outcome fetchInto(DepthBook book);
  }

  private final Subscription<DepthUpdate> frames;
  private final DepthBook book;
  private final SnapshotSource snapshots;
  private final RetryPolicy backoff;
  private boolean wanted; // the book waits for a snapshot
  private long fetchAt; // System.nanoTime() of the next fetch, while wanted
  private int failures;

  BinanceBookStream(Subscription<DepthUpdate> frames, DepthBook book, SnapshotSource snapshots, RetryPolicy backoff) {
    this.frames = Objects.requireNonNull(frames, "frames");
    this.book = Objects.requireNonNull(book, "book");
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  /** A book stream on {@code frames}: its buffer holds the options' queue capacity, its fetches back off as reconnects do. */
  static BinanceBookStream of(Subscription<DepthUpdate> frames, String symbol, boolean futures, StreamOptions options,
      SnapshotSource snapshots) {
    int buffer = options.queueCapacity();
    DepthBook book = futures ? DepthBook.futures(symbol, buffer) : DepthBook.spot(symbol, buffer);
    return new BinanceBookStream(frames, book, snapshots, options.reconnect());
  }

  /**
   * The local book, as of the last item taken.
   *
   * @return the book; its view answers top-of-book and depth queries
   */
  public DepthBook book() {
    return book;
  }

  @Override
  protected Subscription<DepthUpdate> delegate() {
    return frames;
  }

  @Override
  public Optional<StreamItem<DepthUpdate>> poll(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(next(System.nanoTime() + timeout.toNanos()));
  }

  @Override
  public StreamItem<DepthUpdate> take() throws InterruptedException {
    return next(Long.MAX_VALUE);
  }

  @Override
  public String toString() {
    return "BinanceBookStream{" + frames + ", " + book + "}";
  }

  /** The next item to hand on, or null once {@code deadline} (a nanoTime; MAX_VALUE: none) passed. */
  private StreamItem<DepthUpdate> next(long deadline) throws InterruptedException {
    boolean forever = deadline == Long.MAX_VALUE;
    while (true) {
      long now = System.nanoTime();
      if (wanted && now - fetchAt >= 0) {
        StreamItem<DepthUpdate> failed = fetch();
        if (failed != null) {
          return failed;
        }
        continue;
      }
      StreamItem<DepthUpdate> item;
      if (forever && !wanted) {
        item = frames.take();
      } else {
        long until = wanted && (forever || fetchAt - deadline < 0) ? fetchAt : deadline;
        item = frames.poll(Duration.ofNanos(Math.max(0, until - now))).orElse(null);
        if (item == null) {
          if (!forever && deadline - System.nanoTime() <= 0) {
            return null;
          }
          continue;
        }
      }
      StreamItem<DepthUpdate> handed = handle(item);
      if (handed != null) {
        return handed;
      }
    }
  }

  @Override
  protected StreamItem<DepthUpdate> handle(StreamItem<DepthUpdate> item) {
    if (!(item instanceof StreamItem.Event<DepthUpdate> e)) {
      return item; // the book is kept: the next event's ids show whether anything was lost
    }
    DepthUpdate u = e.value();
    boolean synced = book.synced();
    long id = book.view().updateId();
    return switch (book.onUpdate(u)) {
      case APPLIED -> item;
      case SKIPPED -> null;
      case BUFFERED -> {
        want(0);
        yield null;
      }
      case NEEDS_SNAPSHOT -> {
        failures = 0;
        want(0);
        yield synced
            ? new StreamItem.Gap<>(StreamItem.Reason.OUT_OF_SYNC, stream() + ": update " + u.firstUpdateId() + "-"
                + u.finalUpdateId() + (u.previousFinalUpdateId() == null ? "" : " (pu " + u.previousFinalUpdateId() + ")")
                + " does not follow the book's update id " + id + "; the book is cleared and a new depth snapshot fetched")
            : new StreamItem.Gap<>(StreamItem.Reason.OVERFLOW, stream() + ": the events buffered while waiting for a "
                + "depth snapshot overflowed the buffer; a new depth snapshot is fetched");
      }
    };
  }

  /** Fetches and joins a snapshot; a gap when the fetch failed, else null (joined, or retried later). */
  private StreamItem<DepthUpdate> fetch() {
    DepthBook.Outcome outcome;
    try {
      outcome = snapshots.fetchInto(book);
    } catch (SignetException ex) {
      Duration wait = backoff.backoff(++failures);
      want(wait.toNanos());
      return new StreamItem.Gap<>(StreamItem.Reason.OUT_OF_SYNC, stream() + ": the depth snapshot could not be "
          + "fetched (" + ex.getMessage() + "); retried in " + wait.toMillis() + " ms");
    }
    if (outcome == DepthBook.Outcome.APPLIED) {
      wanted = false;
      failures = 0;
    } else { // older than the buffered events, or the events after it do not follow on
      want(backoff.backoff(++failures).toNanos());
    }
    return null;
  }

  private void want(long inNanos) {
    if (!wanted || inNanos > 0) {
      fetchAt = System.nanoTime() + inNanos;
    }
    wanted = true;
  }
}
