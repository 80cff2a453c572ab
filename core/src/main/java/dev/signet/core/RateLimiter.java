package dev.signet.core;

import java.util.List;
import okhttp3.Response;

/**
 * Keeps calls within an exchange's rate limits: asked before every attempt is sent, told about
 * every response. The SPI behind Binance's {@code WeightTracker} and Kraken's
 * {@code KrakenCallCounter}, consulted by the client's executor around every attempt.
 *
 * <p>The default limiters count in this process. Several processes that share one IP (Binance) or
 * one key (Kraken) can share one budget by implementing this interface over a shared store: for
 * Redis, {@code acquire} runs a small Lua script that adds the endpoint's weight to a key named
 * after the current window ({@code INCRBY} + {@code EXPIRE}) and waits or refuses when the total
 * would pass the limit, and {@code onResponse} writes the exchange's own count (Binance's
 * {@code X-MBX-USED-WEIGHT-1M}) and any {@code Retry-After} block back to the store. Pass it to the
 * client builder's {@code rateLimiter(...)}.
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
