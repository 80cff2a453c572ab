package dev.signet.core.stream;

import java.time.Duration;
import java.util.Optional;

/**
 * One stream subscribed on a connection: its events wait in a bounded queue until the consumer
 * takes them. A consumer slower than the stream never grows memory: when the queue is full the
 * queued events are discarded and a {@link StreamItem.Gap} with {@link StreamItem.Reason#OVERFLOW}
 * takes their place. Closing it unsubscribes; the connection stays open for the others.
 *
 * <pre>{@code
 * try (Subscription<Trade> trades = streams.trades("BTCUSDT")) {
 *   while (running) {
 *     trades.poll(Duration.ofSeconds(1)).ifPresent(bot::onItem);
 *   }
 * }
 * }</pre>
 *
 * @param <T> the event type
 */
public interface Subscription<T> extends AutoCloseable {
  /**
   * The stream's name as the exchange knows it (e.g. {@code btcusdt@trade}).
   *
   * @return the name
   */
  String stream();

  /**
   * The next item, waiting up to {@code timeout}.
   *
   * @param timeout the longest wait
   * @return the item, or empty when none came in time or the subscription is closed and drained
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  Optional<StreamItem<T>> poll(Duration timeout) throws InterruptedException;

  /**
   * The next item, waiting as long as it takes.
   *
   * @return the item
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  StreamItem<T> take() throws InterruptedException;

  /**
   * How many events were discarded because the queue was full.
   *
   * @return the count since subscribing
   */
  long discarded();

  /**
   * Whether the subscription still receives events.
   *
   * @return false once closed
   */
  boolean isOpen();

  /** Unsubscribes; items already queued can still be taken. Idempotent. */
  @Override
  void close();
}
