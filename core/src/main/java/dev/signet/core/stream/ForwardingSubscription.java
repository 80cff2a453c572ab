package dev.signet.core.stream;

import java.time.Duration;
import java.util.Optional;

/**
 * A subscription that hands on another's items, each looked at first: a subclass names the
 * subscription it wraps ({@link #delegate()}) and says in {@link #handle} what an item becomes (the
 * item itself, another item in its place, or nothing, to skip it). {@link #poll} and {@link #take}
 * keep taking from the delegate until an item is handed on or the timeout passes; the name, the
 * discarded count, {@link #isOpen()} and {@link #close()} are the delegate's. Override any of them
 * where the wrapper knows better (a stream that follows several connections, or has its own items
 * to hand on first). Thread-safe as far as the delegate and {@code handle} are; take items from one
 * thread.
 *
 * <pre>{@code
 * final class TradesOnly extends ForwardingSubscription<Trade> {
 *   private final Subscription<Trade> trades;
 *
 *   TradesOnly(Subscription<Trade> trades) {
 *     this.trades = trades;
 *   }
 *
 *   protected Subscription<Trade> delegate() {
 *     return trades;
 *   }
 *
 *   protected StreamItem<Trade> handle(StreamItem<Trade> item) {
 *     return item instanceof StreamItem.Event<Trade> ? item : null; // skips the gaps
 *   }
 * }
 * }</pre>
 *
 * @param <T> the event type
 */
public abstract class ForwardingSubscription<T> implements Subscription<T> {
  /** For subclasses. */
  protected ForwardingSubscription() {}

  /**
   * The subscription whose items are handed on; asked again for each take, so it may change.
   *
   * @return the delegate
   */
  protected abstract Subscription<T> delegate();

  /**
   * What an item of the delegate becomes; the default hands it on as it is.
   *
   * @param item the delegate's item
   * @return the item to hand on, or null to skip it and take the next
   */
  protected StreamItem<T> handle(StreamItem<T> item) {
    return item;
  }

  @Override
  public String stream() {
    return delegate().stream();
  }

  @Override
  public Optional<StreamItem<T>> poll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<StreamItem<T>> item = delegate().poll(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      if (item.isEmpty()) {
        return item;
      }
      StreamItem<T> handed = handle(item.get());
      if (handed != null) {
        return Optional.of(handed);
      }
    }
  }

  @Override
  public StreamItem<T> take() throws InterruptedException {
    while (true) {
      StreamItem<T> handed = handle(delegate().take());
      if (handed != null) {
        return handed;
      }
    }
  }

  @Override
  public long discarded() {
    return delegate().discarded();
  }

  @Override
  public boolean isOpen() {
    return delegate().isOpen();
  }

  @Override
  public void close() {
    delegate().close();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + delegate() + "}";
  }
}
