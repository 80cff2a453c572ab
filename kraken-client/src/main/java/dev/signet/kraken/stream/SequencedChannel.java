package dev.signet.kraken.stream;

import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.Subscription;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A private channel's subscription ({@code executions}, {@code balances}) that checks the frames'
 * {@code sequence}: numbering counts the channel's frames on one connection, so a number skipped is a
 * {@link StreamItem.Gap} with {@link StreamItem.Reason#OUT_OF_SYNC} naming the missing numbers, put
 * before the frame that showed it, and the channel is subscribed again (with {@code snap_orders} the new
 * snapshot reconciles the open orders). A lower number starts a new connection's numbering (a
 * replacement connection took over); any gap of the stream starts it afresh too. Frames without a
 * sequence pass unchecked. Take from one thread.
 *
 * <pre>{@code
 * Subscription<ExecutionsMessage> executions = streams.executions();   // this class, behind the interface
 * }</pre>
 *
 * @param <T> the frame type
 */
final class SequencedChannel<T> implements Subscription<T> {
  private final Subscription<T> frames;
  private final Function<T, Long> sequence;
  private final Runnable resubscribe;
  private Long last;
  private StreamItem<T> held;

  SequencedChannel(Subscription<T> frames, Function<T, Long> sequence, Runnable resubscribe) {
    this.frames = Objects.requireNonNull(frames, "frames");
    this.sequence = Objects.requireNonNull(sequence, "sequence");
    this.resubscribe = Objects.requireNonNull(resubscribe, "resubscribe");
  }

  @Override
  public String stream() {
    return frames.stream();
  }

  @Override
  public synchronized Optional<StreamItem<T>> poll(Duration timeout) throws InterruptedException {
    if (held != null) {
      return Optional.of(release());
    }
    Optional<StreamItem<T>> item = frames.poll(timeout);
    return item.map(this::check);
  }

  @Override
  public synchronized StreamItem<T> take() throws InterruptedException {
    return held != null ? release() : check(frames.take());
  }

  @Override
  public long discarded() {
    return frames.discarded();
  }

  @Override
  public boolean isOpen() {
    return frames.isOpen() || held != null;
  }

  @Override
  public void close() {
    frames.close();
  }

  @Override
  public String toString() {
    return "SequencedChannel{" + frames + ", last sequence " + last + "}";
  }

  private StreamItem<T> release() {
    StreamItem<T> item = held;
    held = null;
    return item;
  }

  private StreamItem<T> check(StreamItem<T> item) {
    if (!(item instanceof StreamItem.Event<T> e)) {
      last = null; // a new connection numbers from its own start
      return item;
    }
    Long s = sequence.apply(e.value());
    if (s == null) {
      return item;
    }
    Long previous = last;
    last = s;
    if (previous == null || s <= previous || s == previous + 1) {
      return item;
    }
    held = item;
    resubscribe.run();
    return new StreamItem.Gap<>(StreamItem.Reason.OUT_OF_SYNC, stream() + ": " + (s - previous - 1)
        + " frames are missing, sequence " + (previous + 1) + " to " + (s - 1) + "; subscribed again for a new snapshot");
  }
}
