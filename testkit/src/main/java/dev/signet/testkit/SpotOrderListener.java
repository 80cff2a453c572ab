package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;

/**
 * Told by {@link SpotMatcher} of every change of a Spot order, inside the matcher's lock, in the
 * order the changes happen (a MARKET order's {@code NEW} before its {@code TRADE}); the user stream
 * turns them into {@code executionReport}s ({@link SpotUserEvents}).
 *
 * <p>Example: {@code matcher.listen((o, type, trade, cancelId) -> log.add(o.id + " " + type))}
 */
@FunctionalInterface
interface SpotOrderListener {
  /**
   * One change.
   *
   * @param o the order, already changed
   * @param executionType {@code NEW}, {@code TRADE}, {@code CANCELED}, {@code EXPIRED} or {@code REPLACED}
   * @param trade the fill of a {@code TRADE}, else null
   * @param cancelClientOrderId the cancel request's client order id of a {@code CANCELED} by
   *     {@code DELETE /api/v3/order}, else null
   */
  void changed(Ledger.Order o, String executionType, SpotTrade trade, String cancelClientOrderId);
}
