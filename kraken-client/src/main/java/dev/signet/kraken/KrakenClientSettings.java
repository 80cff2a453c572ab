package dev.signet.kraken;

import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.Ticker;
import dev.signet.core.limit.LimitStore;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * What a {@link KrakenClient.Builder} was told, with the defaults its Javadoc states; read once by
 * {@link KrakenHosts} and the client's constructor. Mutable, owned by one builder. Not API.
 */
final class KrakenClientSettings {
  KrakenCredentials credentials;
  String baseUrl = KrakenClient.URL;
  KrakenNonceSource nonceSource;
  OkHttpClient httpClient;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  KrakenTier tier = KrakenTier.STARTER;
  Duration maxRateLimitWait = Duration.ofSeconds(10);
  RateLimiter rateLimiter;
  boolean circuitBreaker = true;
  Ticker ticker = Ticker.system();
  boolean tradingLimits = true;
  boolean preflight = true;
  LimitStore limitStore;
}
