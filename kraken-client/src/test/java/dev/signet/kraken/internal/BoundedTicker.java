package dev.signet.kraken.internal;

import dev.signet.core.Ticker;
import dev.signet.testkit.FakeTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link FakeTicker} that fails the test, by assertion, at the wait after {@code maxWaits} or the
 * wall-clock read after {@code maxReads}: a counter whose arithmetic or hold is off loops forever
 * (zero waits, or no wait at all), and a test should say so instead of hanging.
 */
final class BoundedTicker implements Ticker {
  private final FakeTicker fake;
  private final int maxWaits;
  private final int maxReads;
  private final AtomicInteger waits = new AtomicInteger();
  private final AtomicInteger reads = new AtomicInteger();
  private final Clock wall = new Clock() {
    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
      if (reads.incrementAndGet() > maxReads) {
        throw new AssertionError("wall clock read " + reads + " times; at most " + maxReads + " expected");
      }
      return fake.wallClock().millis();
    }

    @Override
    public ZoneId getZone() {
      return fake.wallClock().getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  };

  BoundedTicker(FakeTicker fake, int maxWaits, int maxReads) {
    this.fake = fake;
    this.maxWaits = maxWaits;
    this.maxReads = maxReads;
  }

  @Override
  public long nanoTime() {
    return fake.nanoTime();
  }

  @Override
  public Clock wallClock() {
    return wall;
  }

  @Override
  public void sleep(Duration duration) {
    if (waits.incrementAndGet() > maxWaits) {
      throw new AssertionError("wait " + waits + " (" + duration + ") after " + fake.waits() + "; at most "
          + maxWaits + " expected");
    }
    fake.sleep(duration);
  }
}
