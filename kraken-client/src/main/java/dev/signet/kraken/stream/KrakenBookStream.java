package dev.signet.kraken.stream;

import dev.signet.core.stream.ForwardingSubscription;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.Subscription;
import java.util.Objects;

/**
 * A {@code book} subscription that keeps a {@link KrakenBook}: each frame taken is applied and its
 * checksum verified before it is handed on. A frame whose checksum does not match clears the book,
 * subscribes the book again (Kraken then sends a new snapshot, which rebuilds it) and is handed on
 * as a {@link StreamItem.Gap} with {@link StreamItem.Reason#OUT_OF_SYNC}; updates until that
 * snapshot are skipped. A gap of the stream (lost connection, overflow, malformed frame) clears the
 * book too, and an overflow or malformed frame resubscribes. Read the book with {@link #book()}
 * from any thread; take items from one.
 *
 * <pre>{@code
 * KrakenBookStream btc = streams.localBook("BTC/USD", 10, BookChecksum.withPrecision(1, 8));
 * btc.take();
 * BigDecimal bestBid = btc.book().view().bestBid().orElseThrow().price();
 * }</pre>
 */
public final class KrakenBookStream extends ForwardingSubscription<BookMessage> {
  private final Subscription<BookMessage> frames;
  private final KrakenBook book;
  private final Runnable resubscribe;

  KrakenBookStream(Subscription<BookMessage> frames, KrakenBook book, Runnable resubscribe) {
    this.frames = Objects.requireNonNull(frames, "frames");
    this.book = Objects.requireNonNull(book, "book");
    this.resubscribe = Objects.requireNonNull(resubscribe, "resubscribe");
  }

  /**
   * The local book, as of the last item taken.
   *
   * @return the book; its view answers top-of-book and depth queries
   */
  public KrakenBook book() {
    return book;
  }

  @Override
  protected Subscription<BookMessage> delegate() {
    return frames;
  }

  @Override
  public String toString() {
    return "KrakenBookStream{" + frames + ", " + book + "}";
  }

  @Override
  protected StreamItem<BookMessage> handle(StreamItem<BookMessage> item) {
    if (item instanceof StreamItem.Event<BookMessage> e) {
      return switch (book.onMessage(e.value())) {
        case APPLIED -> item;
        case SKIPPED -> null;
        case RESUBSCRIBE -> {
          resubscribe.run();
          long expected = e.value().data().isEmpty() ? -1 : e.value().data().get(0).checksum();
          yield new StreamItem.Gap<>(StreamItem.Reason.OUT_OF_SYNC, stream() + ": the local book does not match the "
              + "frame's checksum " + expected + "; subscribed again for a new snapshot");
        }
      };
    }
    StreamItem.Gap<BookMessage> gap = (StreamItem.Gap<BookMessage>) item;
    if (gap.reason() != StreamItem.Reason.REFUSED) {
      book.reset();
    }
    if (gap.reason() == StreamItem.Reason.OVERFLOW || gap.reason() == StreamItem.Reason.MALFORMED) {
      resubscribe.run();
    }
    return item;
  }
}
