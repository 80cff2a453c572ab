package dev.signet.kraken.internal;

import dev.signet.core.RateLimitedException;
import dev.signet.core.Ticker;
import dev.signet.core.limit.DecayingCounter;
import dev.signet.core.limit.Decision;
import dev.signet.core.limit.LimitStore;
import java.time.Clock;
import java.time.Duration;

/**
 * Takes units from one of Kraken's decaying counters in a {@link LimitStore}, waiting on the ticker
 * for them to drain (at most {@code maxWait}; zero fails fast) or refusing unsent with a
 * {@link RateLimitedException} that names the counter. The one wait loop both Kraken counters use.
 * Not API.
 *
 * <pre>{@code
 * CounterGate gate = new CounterGate(store, maxWait, ticker);
 * gate.take(counter, 100, "Kraken's call counter", " (STARTER, max 15)", "the next call");
 * }</pre>
 */
final class CounterGate {
  private final LimitStore store;
  private final Duration maxWait;
  private final Ticker ticker;
  private final Clock clock;

  /**
   * @param store where the counters are kept
   * @param maxWait the longest a call may wait
   * @param ticker the time the decay is measured with (its wall clock) and waits are waited on
   */
  CounterGate(LimitStore store, Duration maxWait, Ticker ticker) {
    this.store = store;
    this.maxWait = maxWait;
    this.ticker = ticker;
    this.clock = ticker.wallClock();
  }

  /** The store. */
  LimitStore store() {
    return store;
  }

  /** The time now, in epoch millis. */
  long now() {
    return clock.millis();
  }

  /**
   * Returns once {@code units} are counted in {@code counter}.
   *
   * @param counter the counter
   * @param units the units (hundredths)
   * @param name the counter's name in messages, e.g. {@code Kraken's call counter}
   * @param detail what follows the name in a refusal, e.g. {@code " (STARTER, max 15)"}
   * @param action what is allowed, e.g. {@code the next call}
   * @throws RateLimitedException when the wait would be longer than allowed, or is interrupted
   */
  void take(DecayingCounter counter, long units, String name, String detail, String action) {
    while (true) {
      Decision d = store.take(counter, units, clock.millis());
      if (d.isGranted()) {
        return;
      }
      long waitMillis = d.waitMillis();
      if (waitMillis > maxWait.toMillis()) {
        throw new RateLimitedException("Not sent: " + name + detail + " allows " + action + " in " + waitMillis
            + " ms, longer than the allowed wait of " + maxWait.toMillis() + " ms.", Duration.ofMillis(waitMillis));
      }
      try {
        ticker.sleep(Duration.ofMillis(waitMillis));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RateLimitedException("Interrupted while waiting for " + name, Duration.ofMillis(waitMillis));
      }
    }
  }
}
