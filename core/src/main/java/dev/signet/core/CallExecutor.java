package dev.signet.core;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Request;

/**
 * Runs the calls of one host: the {@link RetryPolicy}, the host's circuit breaker (Resilience4j)
 * and order safety, in one place. Rate limiting and signing happen per attempt in the interceptors
 * below it, so every attempt pays its weight and carries a fresh signature.
 *
 * <p>An order (a call with a client order id) is sent again only when the failure proves nothing
 * was sent; when the outcome is ambiguous (I/O failure after sending, timeout, 5xx, "execution
 * status unknown") it throws {@link OrderStatusUnknownException} carrying the client order id.
 * Thread-safe.
 *
 * <pre>{@code
 * CallExecutor spot = new CallExecutor(transport, RetryPolicy.defaults(), CallExecutor.defaultBreaker("api.binance.com"), e -> false);
 * Account a = spot.execute(ACCOUNT, request, handler, null);
 * }</pre>
 */
public final class CallExecutor {
  private static final System.Logger LOG = System.getLogger(CallExecutor.class.getName());

  /**
   * A chance to repair the cause of a failure before the next attempt (Binance re-syncs its clock
   * on {@code -1021}).
   */
  @FunctionalInterface
  public interface Recovery {
    /**
     * Repairs what caused {@code failure}, if it can.
     *
     * @return true when the request was refused before execution and the cause is now repaired, so
     *     it may be sent again even if it is an order
     */
    boolean recover(SignetException failure);
  }

  private final HttpTransport transport;
  private final RetryPolicy policy;
  private final CircuitBreaker breaker;
  private final Recovery recovery;

  /**
   * @param transport the host's transport
   * @param policy when to retry
   * @param breaker the host's circuit breaker, or null for none
   * @param recovery repairs before retrying
   */
  public CallExecutor(HttpTransport transport, RetryPolicy policy, CircuitBreaker breaker, Recovery recovery) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.breaker = breaker;
    this.recovery = Objects.requireNonNull(recovery, "recovery");
  }

  /**
   * A circuit breaker that opens when at least half of the last 20 calls (10 at least) failed with
   * an I/O error or a 5xx, stays open 30 s, then lets 3 trial calls through. Its window is
   * Resilience4j's lock-free one, so concurrent calls never queue on the breaker.
   */
  public static CircuitBreaker defaultBreaker(String name) {
    return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(20)
        .slidingWindowSynchronizationStrategy(CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
        .minimumNumberOfCalls(10)
        .failureRateThreshold(50)
        .waitDurationInOpenState(Duration.ofSeconds(30))
        .permittedNumberOfCallsInHalfOpenState(3)
        .recordException(CallExecutor::isHostFailure)
        .build());
  }

  /** True for failures that say the host is unwell (I/O, timeouts, 5xx), not the request. */
  public static boolean isHostFailure(Throwable t) {
    return t instanceof TransportException || (t instanceof ExchangeApiException e && e.httpStatus() >= 500);
  }

  /** The transport underneath, to build requests. */
  public HttpTransport transport() {
    return transport;
  }

  /**
   * Executes {@code request} for {@code endpoint} with retries.
   *
   * @param clientOrderId the order's client order id for {@link Endpoint.Kind#ORDER} calls, else null
   */
  public <T> T execute(Endpoint endpoint, Request request, ResponseHandler<T> handler, String clientOrderId) {
    long deadline = System.nanoTime() + policy.deadline().toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        return once(request, handler);
      } catch (SignetException failure) {
        boolean repaired = recovery.recover(failure);
        boolean again = (repaired || policy.retryable(endpoint, failure)) && attempt < policy.maxAttempts();
        Duration wait = again ? policy.backoff(attempt) : Duration.ZERO;
        if (again && System.nanoTime() + wait.toNanos() < deadline) {
          if (LOG.isLoggable(Level.DEBUG)) {
            LOG.log(Level.DEBUG, endpoint.method() + " " + endpoint.path() + " attempt " + attempt + " failed ("
                + failure.getMessage() + "); retrying in " + wait.toMillis() + " ms");
          }
          sleep(wait);
          continue;
        }
        if (clientOrderId != null && isAmbiguous(failure)) {
          throw new OrderStatusUnknownException(clientOrderId, failure);
        }
        throw failure;
      }
    }
  }

  private <T> T once(Request request, ResponseHandler<T> handler) {
    if (breaker == null) {
      return transport.execute(request, handler);
    }
    try {
      return breaker.executeSupplier(() -> transport.execute(request, handler));
    } catch (CallNotPermittedException open) {
      throw new CircuitOpenException("The circuit breaker of " + transport.baseUrl().host() + " is open after repeated"
          + " I/O or 5xx failures; calls fail fast, unsent, until it half-opens.", open);
    }
  }

  /** True when an order may have been executed although no answer says so. */
  static boolean isAmbiguous(SignetException failure) {
    if (failure instanceof TransportException t) {
      return !t.nothingSent();
    }
    if (failure instanceof MalformedResponseException) {
      return true;
    }
    return failure instanceof ExchangeApiException e && e.outcomeUnknown();
  }

  private static void sleep(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SignetException("interrupted while waiting to retry", e);
    }
  }
}
