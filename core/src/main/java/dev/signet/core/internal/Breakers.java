package dev.signet.core.internal;

import dev.signet.core.ExchangeApiException;
import dev.signet.core.TransportException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Duration;

/**
 * The circuit breaker each host gets (Resilience4j): opens when at least half of the last 20 calls
 * (10 at least) failed with an I/O error or a 5xx, stays open 30 s, then lets 3 trial calls
 * through. Its window is Resilience4j's lock-free one, so concurrent calls never queue on it.
 * Not API.
 *
 * <pre>{@code
 * CircuitBreaker spot = Breakers.forHost("api.binance.com");
 * }</pre>
 */
public final class Breakers {
  private Breakers() {}

  /**
   * A new breaker for {@code host}.
   *
   * @param host the host the breaker guards
   * @return a new breaker for {@code host}
   */
  public static CircuitBreaker forHost(String host) {
    return CircuitBreaker.of(host, CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(20)
        .slidingWindowSynchronizationStrategy(CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
        .minimumNumberOfCalls(10)
        .failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofSeconds(30))
        .permittedNumberOfCallsInHalfOpenState(3)
        .recordException(Breakers::isHostFailure)
        .build());
  }

  /**
   * True for failures that say the host is unwell (I/O, timeouts, 5xx), not the request.
   *
   * @param t the failure of a call
   * @return {@code true} for failures that say the host is unwell (I/O, timeouts, 5xx), not the request
   */
  public static boolean isHostFailure(Throwable t) {
    return t instanceof TransportException || (t instanceof ExchangeApiException e && e.httpStatus() >= 500);
  }
}
