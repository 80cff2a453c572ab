package dev.signet.testkit;

import dev.signet.core.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Ticker} for tests: its time stands still until a wait or the test moves it, and every
 * wait is recorded. Give it to a client's builder and retry backoff, the per-call deadline and
 * rate-limit holds take no time and can be asserted exactly. Thread-safe; always UTC.
 *
 * <pre>{@code
 * FakeTicker ticker = FakeTicker.at(Instant.parse("2026-12-01T00:00:00Z"));
 * BinanceClient client = BinanceClient.builder().spotBaseUrl(fake.url()).ticker(ticker).build();
 * // ... a call retried twice ...
 * assertThat(ticker.waits()).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
 * }</pre>
 */
public final class FakeTicker implements Ticker {
  private final AtomicLong nanos;
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Clock wall = new Wall();

  private FakeTicker(Instant start) {
    this.nanos = new AtomicLong(Math.multiplyExact(start.getEpochSecond(), 1_000_000_000L) + start.getNano());
  }

  /**
   * A ticker that reads {@code start} until it is moved.
   * @param start the time it reads now
   * @return the ticker
   */
  public static FakeTicker at(Instant start) {
    return new FakeTicker(start);
  }

  /**
   * Moves the time forward without recording a wait, as if the program had been busy.
   * @param by how far, not negative
   */
  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("a ticker does not go back: " + by);
    }
    nanos.addAndGet(by.toNanos());
  }

  /**
   * The waits made so far, in order.
   * @return the waits, a snapshot
   */
  public List<Duration> waits() {
    return List.copyOf(waits);
  }

  /**
   * The time the ticker reads.
   * @return now, by this ticker
   */
  public Instant now() {
    long n = nanos.get();
    return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public Clock wallClock() {
    return wall;
  }

  /** Records the wait and moves the time forward by it, at once. */
  @Override
  public void sleep(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot wait a negative time: " + duration);
    }
    waits.add(duration);
    nanos.addAndGet(duration.toNanos());
  }

  @Override
  public String toString() {
    return "FakeTicker{" + now() + ", " + waits.size() + " waits}";
  }

  private final class Wall extends Clock {
    @Override
    public Instant instant() {
      return now();
    }

    @Override
    public long millis() {
      return Math.floorDiv(nanos.get(), 1_000_000L);
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
}
