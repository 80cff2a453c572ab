package dev.signet.testkit;

import java.time.Clock;
import mockwebserver3.RecordedRequest;

/**
 * An exchange's rate limits as a fake enforces them: each request is admitted (and counted) or
 * refused before the fake handles it, and every answer carries the counts the exchange reports.
 * {@link BinanceLimitEnforcer} and {@link KrakenLimitEnforcer} are the two. Thread-safe.
 */
interface LimitEnforcer {
  /** Counts on {@code clock} unless the enforcer was built with a clock of its own. */
  void bind(Clock clock);

  /** The exchange's refusal of {@code request}, or null when it is admitted (and counted). */
  Reply admit(RecordedRequest request);

  /** {@code reply} as the exchange sends it for {@code request}: with the counts it reports. */
  Reply report(RecordedRequest request, Reply reply);
}
