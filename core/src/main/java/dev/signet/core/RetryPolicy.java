package dev.signet.core;

import dev.signet.core.internal.Checks;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed call is sent again, and how long to wait first: the one retry policy of every
 * Signet client. Immutable.
 *
 * <p>The decision, in order:
 * <ol>
 *   <li>out of attempts, or past the overall deadline: stop;</li>
 *   <li>{@link ConnectFailedException} (nothing was sent): retry, even an order;</li>
 *   <li>circuit open, rate limit refused, anything else for an order or state-changing call: stop
 *       (an order whose outcome is unknown is reported, never resent);</li>
 *   <li>a read: retry after I/O failures, timeouts and undecodable bodies, and on errors the exchange marks
 *       {@link ExchangeApiException#retryable()} (5xx, 429 once the limiter's wait is over, Binance
 *       {@code -1021} after re-syncing the clock, Kraken {@code EAPI:Invalid nonce});</li>
 *   <li>everything else: stop.</li>
 * </ol>
 * Waits grow exponentially from {@code initialBackoff} to {@code maxBackoff}, less up to 50 %
 * random jitter ({@link Builder#jitter(double)}). Every attempt is signed afresh (new timestamp or
 * nonce), because signing happens per attempt in the client's executor. The waits and the deadline
 * run on the client's {@link Ticker}.
 *
 * <p>Why not Resilience4j's {@code Retry}: it has no per-call deadline and no per-call notion of
 * "this attempt may have reached the exchange", both of which order safety needs; its
 * {@code CircuitBreaker} is used as is.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).initialBackoff(Duration.ofMillis(200)).build();
 * }</pre>
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration deadline;
  private final double jitter;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.deadline = b.deadline;
    this.jitter = b.jitter;
  }

  /**
   * 3 attempts, 200 ms doubling to 2 s, 20 s overall.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * One attempt only: never retry.
   *
   * @return a policy that never retries
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * A builder starting from {@link #defaults()}.
   *
   * @return a builder starting from {@link #defaults()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Attempts in all, the first included.
   *
   * @return the number of attempts in all, the first included
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Overall time budget of one call, retries and waits included.
   *
   * @return the overall time budget of one call
   */
  public Duration deadline() {
    return deadline;
  }

  /**
   * True when {@code failure} of a call to {@code endpoint} may be sent again (attempts and deadline aside).
   *
   * @param endpoint the endpoint called
   * @param failure the failure that occurred
   * @return {@code true} when {@code failure} of a call to {@code endpoint} may be sent again (attempts and deadline aside)
   */
  public boolean retryable(Endpoint endpoint, SignetException failure) {
    if (failure instanceof ConnectFailedException) {
      return true;
    }
    if (failure instanceof CircuitOpenException || failure instanceof RateLimitedException || !endpoint.idempotent()) {
      return false;
    }
    if (failure instanceof TransportException || failure instanceof MalformedResponseException) {
      return true;
    }
    return failure instanceof ExchangeApiException e && e.retryable();
  }

  /**
   * The wait before attempt {@code attempt + 1}, after {@code attempt} failed attempts (1-based).
   *
   * @param attempt the number of failed attempts so far, from 1
   * @return the wait before attempt {@code attempt + 1}, after {@code attempt} failed attempts (1-based)
   */
  public Duration backoff(int attempt) {
    long base = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
    long capped = Math.min(base, maxBackoff.toMillis());
    long most = (long) (capped * jitter);
    long less = most == 0 ? 0 : ThreadLocalRandom.current().nextLong(most + 1);
    return Duration.ofMillis(capped - less);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", backoff=" + initialBackoff + ".." + maxBackoff
        + ", jitter=" + jitter + ", deadline=" + deadline + "}";
  }

  /** Configures a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(2);
    private Duration deadline = Duration.ofSeconds(20);
    private double jitter = 0.5;

    private Builder() {}

    /**
     * Attempts in all, the first included (1 = never retry).
     *
     * @param maxAttempts attempts in all, at least 1
     * @return this builder, for chaining
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new IllegalArgumentException("maxAttempts " + maxAttempts + " must be between 1 and 20.");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The first wait (doubling after each failure).
     *
     * @param initialBackoff the first wait
     * @return this builder, for chaining
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Checks.nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * The longest wait between two attempts.
     *
     * @param maxBackoff the longest wait
     * @return this builder, for chaining
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Checks.nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Overall budget of one call; no new attempt starts after it.
     *
     * @param deadline the overall budget of one call
     * @return this builder, for chaining
     */
    public Builder deadline(Duration deadline) {
      this.deadline = Checks.nonNegative(deadline, "deadline");
      return this;
    }

    /**
     * The largest fraction taken off a wait at random, so that clients failing together do not
     * retry together: each wait is between {@code (1 - jitter)} and 1 times the exponential backoff.
     * Default 0.5; 0 makes the waits exact.
     *
     * @param jitter a fraction from 0 to 1
     * @return this builder, for chaining
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter " + jitter + " must be between 0 and 1.");
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * The policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff + ".");
      }
      return new RetryPolicy(this);
    }

  }
}
