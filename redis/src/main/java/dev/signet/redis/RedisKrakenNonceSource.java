package dev.signet.redis;

import dev.signet.kraken.KrakenNonceSource;
import java.time.Clock;

/**
 * Kraken nonces shared through Redis by every process on one API key: each nonce is
 * {@code max(now in microseconds, last + 1)}, decided by one Lua script, so nonces are strictly
 * increasing across the whole fleet. A {@code KrakenClient} built with
 * {@code limitStore(redisStore)} already takes its nonces this way; use this source when only the
 * nonces are to be shared. It never falls back to this process: an unreachable Redis fails the
 * call unsent with {@link RedisUnavailableException}.
 *
 * <pre>{@code
 * KrakenClient kraken = KrakenClient.builder().credentials(creds)
 *     .nonceSource(RedisKrakenNonceSource.of(redis, creds.apiKey())).build();
 * }</pre>
 */
public final class RedisKrakenNonceSource implements KrakenNonceSource {
  private final KrakenNonceSource nonces;

  private RedisKrakenNonceSource(KrakenNonceSource nonces) {
    this.nonces = nonces;
  }

  /**
   * The nonces of {@code apiKey} in {@code store}, seeded by the system clock.
   *
   * @param store the Redis store
   * @param apiKey the public API key
   * @return the source
   */
  public static RedisKrakenNonceSource of(RedisLimitStore store, String apiKey) {
    return of(store, apiKey, Clock.systemUTC());
  }

  /**
   * The nonces of {@code apiKey} in {@code store}, seeded by {@code clock}.
   *
   * @param store the Redis store
   * @param apiKey the public API key
   * @param clock the clock whose epoch microseconds seed the nonces
   * @return the source
   */
  public static RedisKrakenNonceSource of(RedisLimitStore store, String apiKey, Clock clock) {
    return new RedisKrakenNonceSource(KrakenNonceSource.fromStore(store, apiKey, clock));
  }

  @Override
  public long nextNonce() {
    return nonces.nextNonce();
  }

  @Override
  public String toString() {
    return "RedisKrakenNonceSource";
  }
}
