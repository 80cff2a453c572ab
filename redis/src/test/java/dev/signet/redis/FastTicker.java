package dev.signet.redis;

import dev.signet.core.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The fleet tests' exchange time, {@code factor} times faster than the wall clock from a base
 * instant every process is given: {@code base + (wall now - base) × factor}, to the microsecond the
 * system clock gives. Every process and the fakes read the same time without talking to each
 * other, so a minute window rolls in a second; waits are slept {@code factor} times shorter.
 *
 * <pre>{@code
 * FastTicker time = new FastTicker(baseMillis, 60);
 * BinanceClient client = BinanceClient.builder().ticker(time).build();
 * }</pre>
 */
final class FastTicker extends Clock implements Ticker {
  private final long baseMicros;
  private final long factor;

  /**
   * @param baseMillis the wall time (epoch millis) at which exchange time equals wall time
   * @param factor how many times faster exchange time runs
   */
  FastTicker(long baseMillis, long factor) {
    this.baseMicros = baseMillis * 1000;
    this.factor = factor;
  }

  /** Exchange millis {@code wallMillis} of wall time after the base. */
  long exchangeMillisAfter(long wallMillis) {
    return baseMicros / 1000 + wallMillis * factor;
  }

  @Override
  public long millis() {
    Instant now = Instant.now();
    long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
    return (baseMicros + (micros - baseMicros) * factor) / 1000;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Clock wallClock() {
    return this;
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long micros = (duration.toNanos() / 1000 + factor - 1) / factor;
    Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
  }
}
