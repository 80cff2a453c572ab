package dev.signet.core;

import java.time.Clock;
import java.time.Duration;

/**
 * The time Signet's waits run on: a call's retry backoff and overall deadline, and the rate
 * limiters' windows and holds. The default, {@link #system()}, is the JVM's monotonic clock, the
 * system wall clock and {@link Thread#sleep}. A test gives the client a ticker that advances a fake
 * clock instead of sleeping (the testkit's {@code FakeTicker}), so backoff, deadlines and
 * rate-limit holds are asserted exactly and take no time.
 *
 * <p>It does not set the {@code timestamp} or nonce of signed requests: those come from the
 * client's signing clock.
 *
 * <pre>{@code
 * BinanceClient client = BinanceClient.builder().ticker(Ticker.system()).build();
 * }</pre>
 */
public interface Ticker {

  /**
   * A monotonic reading in nanoseconds, as {@link System#nanoTime()}: only differences mean anything.
   *
   * @return the current reading
   */
  long nanoTime();

  /**
   * The wall clock rate-limit windows are aligned to (Binance counts per UTC minute).
   *
   * @return the wall clock
   */
  Clock wallClock();

  /**
   * Waits {@code duration}; returns at once for zero.
   *
   * @param duration how long to wait, not negative
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * {@link System#nanoTime()}, {@link Clock#systemUTC()} and {@link Thread#sleep(long)}.
   *
   * @return the system ticker
   */
  static Ticker system() {
    return SystemTicker.INSTANCE;
  }
}
