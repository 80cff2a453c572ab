package dev.signet.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Core's own test ticker (core cannot use the testkit, which depends on it): time stands still
 * until a wait moves it; every wait is recorded.
 */
public final class ManualTicker implements Ticker {
  private volatile long nanos = 1_000_000_000L;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return nanos;
  }

  @Override
  public Clock wallClock() {
    return Clock.fixed(Instant.ofEpochSecond(0, nanos), ZoneOffset.UTC);
  }

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
    nanos += duration.toNanos();
  }

  /** The waits so far, in order. */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** The waits so far in milliseconds, in order. */
  public List<Long> waitMillis() {
    return waits.stream().map(Duration::toMillis).toList();
  }
}
