package dev.signet.kraken;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Supplies Kraken nonces: strictly increasing for one API key, across every thread that uses it.
 *
 * <p>The default, {@link #fromClock(Clock)}, returns {@code max(now in millis, last + 1)}, so two
 * calls in the same millisecond still get distinct, increasing nonces. One source belongs to one
 * API key: give every client of that key in this process the same source. Several processes on one
 * key need a shared source (a database sequence, a Redis {@code INCR}): implement this interface
 * and pass it to {@code KrakenClient.Builder.nonceSource}. Implementations must be thread-safe.
 *
 * <pre>{@code
 * KrakenNonceSource shared = KrakenNonceSource.fromClock(Clock.systemUTC());
 * KrakenClient a = KrakenClient.builder().credentials(creds).nonceSource(shared).build();
 * }</pre>
 */
@FunctionalInterface
public interface KrakenNonceSource {
  /**
   * The next nonce, greater than every nonce returned before for this key.
   *
   * @return the next nonce, strictly greater than any returned before
   */
  long nextNonce();

  /**
   * Millisecond nonces from {@code clock}, never repeating or going backwards.
   *
   * @param clock the clock whose epoch milliseconds seed the nonces
   * @return a thread-safe source of increasing epoch-millisecond nonces
   */
  static KrakenNonceSource fromClock(Clock clock) {
    java.util.Objects.requireNonNull(clock, "clock");
    AtomicLong last = new AtomicLong();
    return () -> last.updateAndGet(prev -> Math.max(clock.millis(), prev + 1));
  }

  /**
   * Nonces counting up from {@code start} (the first call returns {@code start}); for tests and vectors.
   *
   * @param start the first nonce returned
   * @return a thread-safe source returning {@code start}, {@code start + 1}, …
   */
  static KrakenNonceSource startingAt(long start) {
    AtomicLong next = new AtomicLong(start);
    return next::getAndIncrement;
  }
}
