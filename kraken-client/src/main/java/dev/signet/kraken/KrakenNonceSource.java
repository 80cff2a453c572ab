package dev.signet.kraken;

import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import java.time.Clock;
import java.time.Instant;
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
   * Nonces kept in a {@link LimitStore}, one sequence per API key: {@code max(now in microseconds,
   * last + 1)}, strictly increasing across every process that shares the store and the key (the
   * {@code signet-redis} module's store runs it as one Lua script). Microseconds are larger than the
   * millisecond nonces of {@link #fromClock}, so a key can move from those to these, not back.
   *
   * <pre>{@code
   * KrakenNonceSource fleet = KrakenNonceSource.fromStore(redisStore, apiKey, Clock.systemUTC());
   * }</pre>
   *
   * @param store the store the sequence is kept in
   * @param apiKey the public API key the nonces are for (kept as its {@link LimitKey#fingerprint})
   * @param clock the clock whose epoch microseconds seed the nonces
   * @return a thread-safe source of increasing epoch-microsecond nonces
   */
  static KrakenNonceSource fromStore(LimitStore store, String apiKey, Clock clock) {
    java.util.Objects.requireNonNull(store, "store");
    java.util.Objects.requireNonNull(clock, "clock");
    LimitKey key = LimitKey.of(LimitKey.Scope.KEY, LimitKey.fingerprint(apiKey), "nonce");
    return () -> {
      Instant now = clock.instant();
      return store.next(key, Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1000));
    };
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
