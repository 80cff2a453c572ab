package dev.signet.core.stream;

import dev.signet.core.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How a stream connection behaves: the queue per subscription, the reconnect backoff, how long a
 * connection lives before it is replaced (exchanges cut connections after 24 hours; Signet opens
 * the replacement first, so events keep flowing), the client's ping interval, and the pace of
 * control messages (Binance disconnects a connection sending more than 5 a second).
 *
 * <pre>{@code
 * StreamOptions options = StreamOptions.builder()
 *     .queueCapacity(50_000)
 *     .maxConnectionAge(Duration.ofHours(23))
 *     .build();
 * }</pre>
 */
public final class StreamOptions {
  private final int queueCapacity;
  private final RetryPolicy reconnect;
  private final Duration maxConnectionAge;
  private final Duration pingInterval;
  private final int controlMessagesPerSecond;

  private StreamOptions(Builder b) {
    this.queueCapacity = b.queueCapacity;
    this.reconnect = b.reconnect;
    this.maxConnectionAge = b.maxConnectionAge;
    this.pingInterval = b.pingInterval;
    this.controlMessagesPerSecond = b.controlMessagesPerSecond;
  }

  /**
   * The defaults: 10,000 queued events per subscription, reconnects from 250 ms doubling to 30 s
   * with 50% jitter, connections replaced after 23 h 30 min, a ping every 20 s, 4 control
   * messages a second.
   *
   * @return the default options
   */
  public static StreamOptions defaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The events a subscription queues before the oldest are discarded for a gap.
   *
   * @return the capacity
   */
  public int queueCapacity() {
    return queueCapacity;
  }

  /**
   * The backoff between reconnect attempts ({@link RetryPolicy#backoff(int)}; reconnecting never gives up).
   *
   * @return the policy
   */
  public RetryPolicy reconnect() {
    return reconnect;
  }

  /**
   * How long a connection serves before a replacement is opened and it is closed.
   *
   * @return the age
   */
  public Duration maxConnectionAge() {
    return maxConnectionAge;
  }

  /**
   * How often the client pings the server (zero: never; the server's pings are answered always).
   *
   * @return the interval
   */
  public Duration pingInterval() {
    return pingInterval;
  }

  /**
   * The most subscribe and unsubscribe messages sent per second on one connection.
   *
   * @return the rate
   */
  public int controlMessagesPerSecond() {
    return controlMessagesPerSecond;
  }

  @Override
  public String toString() {
    return "StreamOptions{queueCapacity=" + queueCapacity + ", reconnect=" + reconnect + ", maxConnectionAge="
        + maxConnectionAge + ", pingInterval=" + pingInterval + ", controlMessagesPerSecond="
        + controlMessagesPerSecond + "}";
  }

  /** Builds {@link StreamOptions}; every value is checked when set. */
  public static final class Builder {
    private int queueCapacity = 10_000;
    private RetryPolicy reconnect = RetryPolicy.builder()
        .initialBackoff(Duration.ofMillis(250)).maxBackoff(Duration.ofSeconds(30)).jitter(0.5).build();
    private Duration maxConnectionAge = Duration.ofMinutes(23 * 60 + 30);
    private Duration pingInterval = Duration.ofSeconds(20);
    private int controlMessagesPerSecond = 4;

    private Builder() {}

    /**
     * The events a subscription queues.
     *
     * @param capacity at least 1
     * @return this builder
     */
    public Builder queueCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("queueCapacity must be at least 1, got " + capacity);
      }
      this.queueCapacity = capacity;
      return this;
    }

    /**
     * The reconnect backoff.
     *
     * @param policy its {@link RetryPolicy#backoff(int)} spaces the attempts
     * @return this builder
     */
    public Builder reconnect(RetryPolicy policy) {
      this.reconnect = Objects.requireNonNull(policy, "reconnect");
      return this;
    }

    /**
     * How long a connection serves before it is replaced.
     *
     * @param age positive; keep it under the exchange's cut (24 h for Binance)
     * @return this builder
     */
    public Builder maxConnectionAge(Duration age) {
      if (age == null || age.isNegative() || age.isZero()) {
        throw new IllegalArgumentException("maxConnectionAge must be positive, got " + age);
      }
      this.maxConnectionAge = age;
      return this;
    }

    /**
     * How often the client pings.
     *
     * @param interval zero for never, else positive
     * @return this builder
     */
    public Builder pingInterval(Duration interval) {
      if (interval == null || interval.isNegative()) {
        throw new IllegalArgumentException("pingInterval must be zero or positive, got " + interval);
      }
      this.pingInterval = interval;
      return this;
    }

    /**
     * The pace of subscribe and unsubscribe messages.
     *
     * @param perSecond from 1 to 100; Binance disconnects above 5
     * @return this builder
     */
    public Builder controlMessagesPerSecond(int perSecond) {
      if (perSecond < 1 || perSecond > 100) {
        throw new IllegalArgumentException("controlMessagesPerSecond must be from 1 to 100, got " + perSecond);
      }
      this.controlMessagesPerSecond = perSecond;
      return this;
    }

    /**
     * The options.
     *
     * @return immutable options
     */
    public StreamOptions build() {
      return new StreamOptions(this);
    }
  }
}
