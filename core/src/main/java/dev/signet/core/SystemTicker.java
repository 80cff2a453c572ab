package dev.signet.core;

import java.time.Clock;
import java.time.Duration;

/** {@link Ticker#system()}: the JVM's clocks and {@link Thread#sleep(long)}. */
enum SystemTicker implements Ticker {
  INSTANCE;

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Clock wallClock() {
    return Clock.systemUTC();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (!duration.isZero()) {
      Thread.sleep(duration.toMillis());
    }
  }

  @Override
  public String toString() {
    return "Ticker.system()";
  }
}
