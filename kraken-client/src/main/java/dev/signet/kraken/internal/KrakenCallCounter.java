package dev.signet.kraken.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.RateLimiter;
import dev.signet.kraken.KrakenTier;
import dev.signet.core.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.Response;

/**
 * Kraken's per-key REST call counter, counted in this process: each private call adds the cost
 * its {@link KrakenEndpoints} row states (most 1; Ledgers, QueryLedgers, TradesHistory, QueryTrades
 * 2; the order methods 0, as they fall under the matching engine's own limit), the counter decays at the tier's rate, and a
 * call that would pass the maximum waits (at most {@code maxWait}; zero fails fast). Counted in
 * hundredths so the 0.33/s decay is exact. Not API.
 */
public final class KrakenCallCounter implements RateLimiter {
  private static final System.Logger LOG = System.getLogger(KrakenCallCounter.class.getName());
  private final KrakenTier tier;
  private final Duration maxWait;
  private final Ticker ticker;
  private final Clock clock;
  private long levelHundredths;
  private long updatedMillis;
  private long carryMilliHundredths;

  /**
   * @param tier the account's tier
   * @param maxWait the longest a call may wait
   * @param ticker the time the decay is measured with (its wall clock) and holds are waited on
   */
  public KrakenCallCounter(KrakenTier tier, Duration maxWait, Ticker ticker) {
    this.tier = tier;
    this.maxWait = maxWait;
    this.ticker = ticker;
    this.clock = ticker.wallClock();
    this.updatedMillis = clock.millis();
  }

  @Override
  public void acquire(Endpoint endpoint, int weight) {
    long cost = weight * 100L;
    if (cost == 0 || endpoint.limit() != Endpoint.Limit.CALL_COUNTER) {
      return;
    }
    while (true) {
      long waitMillis;
      synchronized (this) {
        decay();
        long max = tier.maxCounter() * 100L;
        if (levelHundredths + cost <= max) {
          levelHundredths += cost;
          if (LOG.isLoggable(System.Logger.Level.DEBUG)) {
            LOG.log(System.Logger.Level.DEBUG, "Kraken call counter (" + tier + ") at " + levelHundredths / 100.0
                + " of " + tier.maxCounter() + " after " + endpoint.path());
          }
          return;
        }
        long excess = levelHundredths + cost - max;
        waitMillis = (excess * 1000 + tier.decayHundredthsPerSecond() - 1) / tier.decayHundredthsPerSecond();
      }
      if (waitMillis > maxWait.toMillis()) {
        throw new RateLimitedException("Not sent: Kraken's call counter (" + tier + ", max " + tier.maxCounter()
            + ") allows the next call in " + waitMillis + " ms, longer than the allowed wait of " + maxWait.toMillis()
            + " ms.", Duration.ofMillis(waitMillis));
      }
      try {
        ticker.sleep(Duration.ofMillis(waitMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RateLimitedException("Interrupted while waiting for Kraken's call counter", Duration.ofMillis(waitMillis));
      }
    }
  }

  @Override
  public void onResponse(Endpoint endpoint, Response response) {
    // Kraken reports rate-limit errors in the body; the retry policy backs off on them.
  }

  @Override
  public synchronized List<RateLimitUsage> usage() {
    decay();
    return List.of(new RateLimitUsage("Kraken call counter (" + tier + ")", (levelHundredths + 99) / 100,
        tier.maxCounter(), Duration.ofMillis(100_000L / tier.decayHundredthsPerSecond())));
  }

  private void decay() {
    long now = clock.millis();
    long elapsed = now - updatedMillis;
    if (elapsed <= 0) {
      return;
    }
    // exact: the part of a hundredth not yet decayed is carried, so reading often never stops the decay
    long total = elapsed * tier.decayHundredthsPerSecond() + carryMilliHundredths;
    updatedMillis = now;
    levelHundredths -= total / 1000;
    carryMilliHundredths = total % 1000;
    if (levelHundredths <= 0) {
      levelHundredths = 0;
      carryMilliHundredths = 0;
    }
  }
}
