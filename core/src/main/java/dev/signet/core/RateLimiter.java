package dev.signet.core;

import java.util.List;
import okhttp3.Response;

/**
 * Keeps calls within an exchange's rate limits: asked before every attempt is sent, told about
 * every response. The SPI behind Binance's {@code WeightTracker} and Kraken's
 * {@code KrakenCallCounter}, consulted by the client's executor around every attempt.
 *
 * <p>The default limiters keep their counts in a {@link dev.signet.core.limit.LimitStore}: one in
 * this process unless the client builder is given a shared one ({@code limitStore(...)}, e.g. the
 * {@code signet-redis} module's {@code RedisLimitStore}), which shares the budget between processes
 * on one IP or key while the policy stays the same. Implement this interface only to replace the
 * policy itself, and pass it to the client builder's {@code rateLimiter(...)}.
 *
 * <pre>{@code
 * RateLimiter none = RateLimiter.unlimited();
 * }</pre>
 */
public interface RateLimiter {
  /**
   * Returns when a call to {@code endpoint} costing {@code weight} may be sent, having counted it
   * against the endpoint's {@link Endpoint#limit()} (and its {@link Endpoint#orderCount()} against
   * the order counters); may block.
   *
   * @param endpoint the endpoint-table row
   * @param weight the call's weight, computed from the row and the call's parameters
   * @throws RateLimitedException when it may not be sent within the allowed wait
   */
  void acquire(Endpoint endpoint, int weight);

  /**
   * Sees every response, to correct the counts and honour {@code Retry-After} or a ban.
   *
   * @param endpoint the endpoint called
   * @param response the response, whose headers may report usage
   */
  void onResponse(Endpoint endpoint, Response response);

  /**
   * The current usage of every limit, for {@code client.rateLimits()} and logs.
   *
   * @return the current usage of every limit, for {@code client.rateLimits()} and logs
   */
  List<RateLimitUsage> usage();

  /**
   * A limiter that never waits and counts nothing.
   *
   * @return a limiter that never waits and counts nothing
   */
  static RateLimiter unlimited() {
    return new RateLimiter() {
      @Override
      public void acquire(Endpoint endpoint, int weight) {}

      @Override
      public void onResponse(Endpoint endpoint, Response response) {}

      @Override
      public List<RateLimitUsage> usage() {
        return List.of();
      }
    };
  }
}
