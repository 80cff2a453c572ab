package dev.signet.core;

import java.time.Duration;

/**
 * A call was not sent because a rate limit would be broken and waiting for it was not allowed (fail
 * fast) or would take longer than the configured maximum wait. Nothing was sent.
 *
 * <p>Example: {@code catch (RateLimitedException e) { scheduleLater(e.retryAfter()); }}
 */
public class RateLimitedException extends SignetException {
  private final Duration retryAfter;

  /**
   * @param message which limit and why
   * @param retryAfter how long until the call could be sent
   */
  public RateLimitedException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /**
   * How long until the call could be sent.
   *
   * @return how long to wait before the call could pass the limit
   */
  public Duration retryAfter() {
    return retryAfter;
  }
}
