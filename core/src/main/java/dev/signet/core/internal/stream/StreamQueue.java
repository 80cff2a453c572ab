package dev.signet.core.internal.stream;

import dev.signet.core.Decoder;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.internal.StreamFrames;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.Subscription;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import tools.jackson.core.JsonParser;

/**
 * The bounded queue behind a {@link Subscription}: decodes each payload on the connection's
 * thread, drops an event whose sequence number it has already passed (the overlap while a
 * connection is replaced), and swaps a full queue for one {@link StreamItem.Gap}. Not API.
 *
 * <pre>{@code
 * StreamQueue<Trade> q = new StreamQueue<>("btcusdt@trade", decoder, Trade::tradeId, 10_000, closer);
 * }</pre>
 *
 * @param <T> the event type
 */
public final class StreamQueue<T> implements Subscription<T> {
  private final String stream;
  private final Decoder<T> decoder;
  private final ToLongFunction<T> sequence;
  private final int capacity;
  private final Consumer<StreamQueue<?>> onClose;
  private final LinkedBlockingQueue<StreamItem<T>> queue = new LinkedBlockingQueue<>();
  private long lastSequence = Long.MIN_VALUE;
  private long discarded;
  private boolean gapPending;
  private volatile boolean open = true;

  /**
   * A queue for one stream.
   *
   * @param stream the stream's name
   * @param decoder the payload's decoder
   * @param sequence the event's sequence number (a trade id, an update id), or null when it has none
   * @param capacity the events queued before a gap replaces them
   * @param onClose told when the consumer closes it (to unsubscribe)
   */
  public StreamQueue(String stream, Decoder<T> decoder, ToLongFunction<T> sequence, int capacity,
      Consumer<StreamQueue<?>> onClose) {
    this.stream = stream;
    this.decoder = decoder;
    this.sequence = sequence;
    this.capacity = capacity;
    this.onClose = onClose;
  }

  /**
   * A sequence that rises by one per event (Kraken's trade ids): a number skipped is a gap.
   *
   * @param <T> the event type
   */
  @FunctionalInterface
  public interface Contiguous<T> extends ToLongFunction<T> {}

  /**
   * Marks {@code sequence} as rising by one per event, so the queue puts a
   * {@link StreamItem.Reason#OUT_OF_SYNC} gap where numbers are skipped (not after a disconnection's gap).
   *
   * @param <T> the event type
   * @param sequence the event's sequence number
   * @return the same function, marked
   */
  public static <T> ToLongFunction<T> contiguous(Contiguous<T> sequence) {
    return sequence;
  }

  @Override
  public String stream() {
    return stream;
  }

  /**
   * Whether events carry a sequence number, so two connections may feed the queue at once.
   *
   * @return true when duplicates are recognised
   */
  public boolean sequenced() {
    return sequence != null;
  }

  /**
   * Decodes one payload and queues it (or a gap naming the field when it does not decode).
   *
   * @param payload the parser on the payload
   */
  public void offer(JsonParser payload) {
    T event;
    try {
      event = StreamFrames.decode(stream, payload, decoder);
    } catch (MalformedResponseException e) {
      gap(StreamItem.Reason.MALFORMED, e.getMessage());
      return;
    }
    synchronized (this) {
      if (sequence != null) {
        long s = sequence.applyAsLong(event);
        if (s <= lastSequence) {
          return; // already delivered (the other connection of a replacement carried it)
        }
        if (sequence instanceof Contiguous && lastSequence != Long.MIN_VALUE && s > lastSequence + 1 && !gapPending) {
          put(new StreamItem.Gap<>(StreamItem.Reason.OUT_OF_SYNC, stream + ": " + (s - lastSequence - 1)
              + " events are missing, sequence " + (lastSequence + 1) + " to " + (s - 1)));
        }
        lastSequence = s;
      }
      put(new StreamItem.Event<>(event));
    }
  }

  /**
   * Queues a gap; a disconnection already signalled and not yet followed by an event is not repeated.
   *
   * @param reason why
   * @param detail what happened
   */
  public synchronized void gap(StreamItem.Reason reason, String detail) {
    if (reason == StreamItem.Reason.DISCONNECTED && gapPending) {
      return;
    }
    put(new StreamItem.Gap<>(reason, detail));
    gapPending = reason == StreamItem.Reason.DISCONNECTED;
  }

  /**
   * Closes the queue with a last gap saying why (the exchange refused the stream): the consumer
   * sees it closed by the time it can take that gap.
   *
   * @param reason why
   * @param detail what happened
   */
  public synchronized void closeWith(StreamItem.Reason reason, String detail) {
    open = false;
    queue.add(new StreamItem.Gap<>(reason, detail));
  }

  private void put(StreamItem<T> item) {
    if (!open) {
      return;
    }
    if (queue.size() >= capacity) {
      int n = queue.size();
      queue.clear();
      discarded += n;
      queue.add(new StreamItem.Gap<>(StreamItem.Reason.OVERFLOW, n + " queued events of " + stream
          + " were discarded: the consumer is slower than the stream (queue capacity " + capacity + ")"));
    }
    queue.add(item);
    if (item instanceof StreamItem.Event) {
      gapPending = false;
    }
  }

  @Override
  public Optional<StreamItem<T>> poll(Duration timeout) throws InterruptedException {
    return Optional.ofNullable(queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
  }

  @Override
  public StreamItem<T> take() throws InterruptedException {
    return queue.take();
  }

  @Override
  public synchronized long discarded() {
    return discarded;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    if (open) {
      open = false;
      onClose.accept(this);
    }
  }

  @Override
  public String toString() {
    return "Subscription{" + stream + (open ? "" : ", closed") + ", queued=" + queue.size() + ", discarded="
        + discarded() + "}";
  }
}
