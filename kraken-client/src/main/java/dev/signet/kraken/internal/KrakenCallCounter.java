package dev.signet.kraken.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import dev.signet.core.Ticker;
import dev.signet.core.limit.DecayingCounter;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import dev.signet.kraken.KrakenTier;
import java.time.Duration;
import java.util.List;
import okhttp3.Response;

/**
 * Kraken's per-key REST call counter, kept in a {@link LimitStore}: each private call adds the cost
 * its {@link KrakenEndpoints} row states (most 1; Ledgers, QueryLedgers, TradesHistory, QueryTrades
 * 2; the order methods 0, as they fall under the matching engine's own limit), the counter decays at the tier's rate, and a
 * call that would pass the maximum waits (at most {@code maxWait}; zero fails fast). Counted in
 * hundredths so the 0.33/s decay is exact. This class is the policy; a shared store shares the
 * counter between processes on one key. Not API.
 */
public final class KrakenCallCounter implements RateLimiter {
  private static final System.Logger LOG = System.getLogger(KrakenCallCounter.class.getName());
  private final KrakenTier tier;
  private final CounterGate gate;
  private final DecayingCounter counter;

  /**
   * A counter kept in this process.
   *
   * @param tier the account's tier
   * @param maxWait the longest a call may wait
   * @param ticker the time the decay is measured with (its wall clock) and holds are waited on
   */
  public KrakenCallCounter(KrakenTier tier, Duration maxWait, Ticker ticker) {
    this(tier, maxWait, ticker, LimitStore.inProcess(), "local");
  }

  /**
   * @param tier the account's tier
   * @param maxWait the longest a call may wait
   * @param ticker the time the decay is measured with (its wall clock) and holds are waited on
   * @param store where the counter is kept
   * @param keyId the API key's {@link LimitKey#fingerprint}, the counter's id
   */
  public KrakenCallCounter(KrakenTier tier, Duration maxWait, Ticker ticker, LimitStore store, String keyId) {
    this.tier = tier;
    this.gate = new CounterGate(store, maxWait, ticker);
    this.counter = new DecayingCounter(LimitKey.of(LimitKey.Scope.KEY, keyId, "call counter"),
        tier.maxCounter() * 100L, tier.decayHundredthsPerSecond());
  }

  @Override
  public void acquire(Endpoint endpoint, int weight) {
    long cost = weight * 100L;
    if (cost == 0 || endpoint.limit() != Endpoint.Limit.CALL_COUNTER) {
      return;
    }
    gate.take(counter, cost, "Kraken's call counter", " (" + tier + ", max " + tier.maxCounter() + ")", "the next call");
    if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
      long level = DecayingCounter.units(gate.store().level(counter, gate.now()));
      LOG.log(System.Logger.Level.DEBUG, "Kraken call counter (" + tier + ") at " + level / 100.0
          + " of " + tier.maxCounter() + " after " + endpoint.path());
    }
  }

  @Override
  public void onResponse(Endpoint endpoint, Response response) {
    // Kraken reports rate-limit errors in the body; the retry policy backs off on them.
  }

  @Override
  public List<RateLimitUsage> usage() {
    long level = DecayingCounter.units(gate.store().level(counter, gate.now()));
    return List.of(new RateLimitUsage("Kraken call counter (" + tier + ")", (level + 99) / 100,
        tier.maxCounter(), Duration.ofMillis(100_000L / tier.decayHundredthsPerSecond())));
  }
}
