package dev.signet.testkit;

import java.time.Clock;
import mockwebserver3.RecordedRequest;

/**
 * An exchange's rate limits as a fake enforces them: each request is admitted (and counted) or
 * refused before the fake handles it, and every answer carries the counts the exchange reports.
 * {@link BinanceLimitEnforcer} and {@link KrakenLimitEnforcer} are the two; this base owns the
 * clock they count on. Thread-safe.
 */
abstract class LimitEnforcer {
  private final Clock own;
  private volatile Clock clock;

  /** @param own the clock the enforcer was built with, or null to count on the fake's */
  LimitEnforcer(Clock own) {
    this.own = own;
    this.clock = own;
  }

  /** Counts on {@code fakeClock} unless the enforcer was built with a clock of its own. */
  final void bind(Clock fakeClock) {
    if (own == null) {
      clock = fakeClock;
    }
  }

  /** The time the windows are counted in, epoch millis. */
  final long millis() {
    return clock.millis();
  }

  /** The exchange's refusal of {@code request}, or null when it is admitted (and counted). */
  abstract Reply admit(RecordedRequest request);

  /** {@code reply} as the exchange sends it for {@code request}: with the counts it reports. */
  abstract Reply report(RecordedRequest request, Reply reply);
}
