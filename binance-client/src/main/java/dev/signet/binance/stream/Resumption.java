package dev.signet.binance.stream;

import dev.signet.core.stream.StreamItem;
import java.util.Objects;

/**
 * How an order reconciler ({@link SpotOrderReconciler}, {@link FuturesOrderReconciler}) closed a
 * gap of the user data stream: once the first event after the gap has proved the stream
 * subscribed again, it has read the orders over REST twice (at the gap and with that event), and
 * says whether that found anything the stream had not told. {@link Continuity#PROVEN}: nothing
 * changed, so no order event was lost (as far as the open orders and the orders known or
 * {@code track}ed show); {@link Continuity#RECONCILED}: {@link #reconciled()} changes were read
 * and answered as updates marked {@code reconciled()}. Immutable.
 *
 * <pre>{@code
 * List<SpotOrderUpdate> updates = orders.accept(user.events().take());
 * orders.resumed().ifPresent(r -> log.info("user stream resumed after " + r.gap() + ": " + r.continuity()));
 * }</pre>
 *
 * @param continuity whether anything had to be reconciled
 * @param reconciled the reconciled updates answered since the gap (0 when proven)
 * @param gap the reason of the gap closed (the first, when several came before an event)
 * @param detail that gap's detail
 */
public record Resumption(Continuity continuity, int reconciled, StreamItem.Reason gap, String detail) {
  /** Whether the stream lost nothing, or the state was read over REST. */
  public enum Continuity {
    /** The REST reads after the gap found nothing the stream had not told. */
    PROVEN,
    /** They found changes, answered as reconciled updates. */
    RECONCILED
  }

  /**
   * Checks the fields.
   *
   * @param continuity whether anything was reconciled
   * @param reconciled the count of reconciled updates, 0 or more (0 exactly when proven)
   * @param gap the gap's reason
   * @param detail the gap's detail
   */
  public Resumption {
    Objects.requireNonNull(continuity, "continuity");
    Objects.requireNonNull(gap, "gap");
    Objects.requireNonNull(detail, "detail");
    if (reconciled < 0 || (continuity == Continuity.PROVEN) != (reconciled == 0)) {
      throw new IllegalArgumentException("reconciled must be 0 exactly when continuity is PROVEN, got "
          + continuity + " with " + reconciled);
    }
  }
}
