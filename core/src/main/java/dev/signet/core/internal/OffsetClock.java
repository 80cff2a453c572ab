package dev.signet.core.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that reads another clock plus an offset learned from the exchange's server time, so
 * timestamps match the server even when this machine's clock drifts. Thread-safe.
 *
 * <pre>{@code
 * OffsetClock clock = new OffsetClock(Clock.systemUTC());
 * clock.syncTo(serverMillis, sentAtMillis, receivedAtMillis); // half the round trip compensated
 * }</pre>
 */
public final class OffsetClock extends Clock {
  private final Clock base;
  private final AtomicLong offsetMillis = new AtomicLong();

  /** @param base the local clock */
  public OffsetClock(Clock base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * Learns the offset from one server time reading: the server's time is taken to be the local
   * time halfway between sending the request and receiving the answer.
   *
   * @param serverMillis the server time, in milliseconds since the epoch
   * @param sentAtMillis the local time the request was sent, in milliseconds since the epoch
   * @param receivedAtMillis the local time the response was received, in milliseconds since the epoch
   */
  public void syncTo(long serverMillis, long sentAtMillis, long receivedAtMillis) {
    offsetMillis.set(serverMillis - (sentAtMillis + receivedAtMillis) / 2);
  }

  /**
   * The local clock this one is based on.
   *
   * @return the local clock this one is based on
   */
  public Clock base() {
    return base;
  }

  /**
   * Server time minus local time, as last measured.
   *
   * @return server time minus local time, as last measured
   */
  public Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  @Override
  public long millis() {
    return base.millis() + offsetMillis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
