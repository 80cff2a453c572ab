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
  private final boolean ticking;

  private FakeClock(long offsetMillis, boolean ticking) {
    this.offsetMillis = new AtomicLong(offsetMillis);
    this.ticking = ticking;
  }

  /**
   * A clock that reads the system time until it is moved.
   * @return a clock with no offset from the system clock
   */
  public static FakeClock startingNow() {
    return new FakeClock(0, true);
  }

  /**
   * A clock that reads {@code instant} now and ticks on from there.
   * @param instant the time the clock reads now
   * @return a clock offset from the system clock so it reads {@code instant} now
   */
  public static FakeClock at(Instant instant) {
    return new FakeClock(instant.toEpochMilli() - System.currentTimeMillis(), true);
  }

  /**
   * A clock that reads {@code instant} until the test moves it ({@link #set}, {@link #advance}):
   * for assertions on exact server times and timers that must not fire because a slow machine let
   * wall time pass.
   *
   * @param instant the time the clock reads
   * @return a clock that does not tick
   */
  public static FakeClock frozenAt(Instant instant) {
    return new FakeClock(instant.toEpochMilli(), false);
  }

  /**
   * Makes the clock read {@code instant} now (a ticking clock keeps ticking).
   * @param instant the time the clock reads now
   */
  public void set(Instant instant) {
    offsetMillis.set(instant.toEpochMilli() - wall());
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
    return Duration.ofMillis(ticking ? offsetMillis.get() : millis() - System.currentTimeMillis());
  }

  @Override
  public long millis() {
    return wall() + offsetMillis.get();
  }

  private long wall() {
    return ticking ? System.currentTimeMillis() : 0;
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
