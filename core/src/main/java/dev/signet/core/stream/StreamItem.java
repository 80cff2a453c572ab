package dev.signet.core.stream;

import java.util.Objects;

/**
 * What a {@link Subscription} hands its consumer: an {@link Event} decoded from the stream, or a
 * {@link Gap} saying events may be missing before the next one (the connection dropped, the
 * consumer fell behind and queued events were discarded, or a frame did not decode). A consumer
 * that keeps state from the stream (a local order book, open orders) resynchronises on a gap.
 *
 * <pre>{@code
 * StreamItem<Trade> item = subscription.take();
 * if (item instanceof StreamItem.Event<Trade> e) {
 *   onTrade(e.value());
 * } else if (item instanceof StreamItem.Gap<Trade> g) {
 *   resync(g.reason());
 * }
 * }</pre>
 *
 * @param <T> the event type
 */
public sealed interface StreamItem<T> {
  /**
   * One event, decoded.
   *
   * @param <T> the event type
   * @param value the event
   */
  record Event<T>(T value) implements StreamItem<T> {
    /**
     * Checks the event is present.
     *
     * @param value the event
     */
    public Event {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Events may be missing here: the consumer must not assume the next event follows the last one.
   *
   * @param <T> the event type
   * @param reason why
   * @param detail what happened, for logs (e.g. how many events were discarded)
   */
  record Gap<T>(Reason reason, String detail) implements StreamItem<T> {
    /**
     * Checks both fields are present.
     *
     * @param reason why
     * @param detail what happened
     */
    public Gap {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** Why a {@link Gap} happened. */
  enum Reason {
    /** The connection closed or failed; events sent until it is back are lost. */
    DISCONNECTED,
    /** The consumer was slower than the stream: the queued events were discarded. */
    OVERFLOW,
    /** A frame for this stream did not decode (the detail names the field). */
    MALFORMED,
    /** The exchange refused the subscription (the detail says why); the subscription is closed. */
    REFUSED,
    /** The stream's own check failed: a book checksum that does not match (the book is dropped and
     * subscribed again, so a fresh snapshot follows), or sequence numbers that skip (the detail says which). */
    OUT_OF_SYNC,
    /** The connection was replaced before the exchange's age cut (Binance's 24 hours) and this stream has
     * no sequence numbers to join the two sockets by, so an event in flight at the switch may be missing
     * (an account stream: reconcile over REST). The subscription goes on, on the new socket. */
    HANDOVER
  }
}
