/**
 * Signet on Redis: {@link dev.signet.redis.RedisLimitStore}, the rate-limit store a fleet of
 * processes on one IP or one key shares (Binance's windows, holds and bans; Kraken's call and
 * trading counters and its nonces), over Lettuce.
 */
@SuppressWarnings({"module", "requires-automatic"})
module dev.signet.redis {
  requires transitive dev.signet.core;
  requires transitive dev.signet.kraken;
  requires lettuce.core;

  exports dev.signet.redis;
}
