package dev.signet.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock a test can set and move, for a fake exchange's server time: it ticks with the system
 * clock, shifted by an offset the test controls. Thread-safe; always UTC.
 *
 * <pre>{@code
 * FakeClock clock = FakeClock.startingNow();
 * fake.clock().advance(Duration.ofSeconds(3)); // the server is now 3 s ahead of the bot
 * }</pre>
 */
public final class FakeClock extends Clock {
  private final AtomicLong offsetMillis;

  private FakeClock(long offsetMillis) {
    this.offsetMillis = new AtomicLong(offsetMillis);
  }

  /**
   * A clock that reads the system time until it is moved.
   * @return a clock with no offset from the system clock
   */
  public static FakeClock startingNow() {
    return new FakeClock(0);
  }

  /**
   * A clock that reads {@code instant} now and ticks on from there.
   * @param instant the time the clock reads now
   * @return a clock offset from the system clock so it reads {@code instant} now
   */
  public static FakeClock at(Instant instant) {
    return new FakeClock(instant.toEpochMilli() - System.currentTimeMillis());
  }

  /**
   * Makes the clock read {@code instant} now (it keeps ticking).
   * @param instant the time the clock reads now
   */
  public void set(Instant instant) {
    offsetMillis.set(instant.toEpochMilli() - System.currentTimeMillis());
  }

  /**
   * Moves the time by {@code by} (negative moves it back).
   * @param by how far to move the clock, to millisecond precision
   */
  public void advance(Duration by) {
    offsetMillis.addAndGet(by.toMillis());
  }

  /**
   * How far this clock is from the system clock.
   * @return the offset from the system clock, to millisecond precision; negative when behind
   */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  @Override
  public long millis() {
    return System.currentTimeMillis() + offsetMillis.get();
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
}
