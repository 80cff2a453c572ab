package dev.signet.kraken.internal;

import dev.signet.core.Ticker;
import dev.signet.testkit.FakeTicker;
import java.time.Clock;
import java.time.Duration;

/**
 * A {@link FakeTicker} that fails the test, by assertion, at the wait after {@code maxWaits}: a
 * counter whose arithmetic is off waits forever (zero waits in a loop), and a test should say so
 * instead of hanging.
 */
final class BoundedTicker implements Ticker {
  private final FakeTicker fake;
  private final int maxWaits;
  private int waits;

  BoundedTicker(FakeTicker fake, int maxWaits) {
    this.fake = fake;
    this.maxWaits = maxWaits;
  }

  @Override
  public long nanoTime() {
    return fake.nanoTime();
  }

  @Override
  public Clock wallClock() {
    return fake.wallClock();
  }

  @Override
  public synchronized void sleep(Duration duration) {
    if (++waits > maxWaits) {
      throw new AssertionError("wait " + waits + " (" + duration + ") after " + fake.waits() + "; at most "
          + maxWaits + " expected");
    }
    fake.sleep(duration);
  }
}
