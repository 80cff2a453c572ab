package dev.signet.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock a test can set and move, for a fake exchange's server time (and, when wanted, a
 * client's). Thread-safe; always UTC.
 *
 * <pre>{@code
 * FakeClock clock = FakeClock.startingNow();
 * fake.clock().advance(Duration.ofSeconds(3)); // the server is now 3 s ahead of the bot
 * }</pre>
 */
public final class FakeClock extends Clock {
  private final AtomicLong millis;

  private FakeClock(long millis) {
    this.millis = new AtomicLong(millis);
  }

  /** A clock reading the current system time, then moving only when told to. */
  public static FakeClock startingNow() {
    return new FakeClock(System.currentTimeMillis());
  }

  /** A clock reading {@code instant}. */
  public static FakeClock at(Instant instant) {
    return new FakeClock(instant.toEpochMilli());
  }

  /** Sets the time. */
  public void set(Instant instant) {
    millis.set(instant.toEpochMilli());
  }

  /** Moves the time by {@code by} (negative moves it back). */
  public void advance(Duration by) {
    millis.addAndGet(by.toMillis());
  }

  @Override
  public long millis() {
    return millis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
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
