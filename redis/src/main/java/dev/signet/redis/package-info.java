/**
 * Signet's rate limits and Kraken nonces on Redis: {@link dev.signet.redis.RedisLimitStore},
 * {@link dev.signet.redis.RedisKrakenNonceSource} and {@link dev.signet.redis.RedisUnavailableException}.
 */
package dev.signet.redis;
