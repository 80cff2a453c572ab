package dev.signet.redis;

import dev.signet.core.SignetException;

/**
 * Redis could not be reached (or failed) while a call asked it for a rate-limit decision or a
 * nonce, so the call was not sent. The message names Redis and its address, never its password.
 * {@code RedisLimitStore.Builder.fallbackToInProcess(true)} counts limits in this process instead
 * (nonces never fall back).
 *
 * <pre>{@code
 * try {
 *   client.spot().account();
 * } catch (RedisUnavailableException e) {
 *   alert("rate limits unavailable: " + e.getMessage());
 * }
 * }</pre>
 */
public final class RedisUnavailableException extends SignetException {
  /**
   * @param message what failed, naming Redis and its address
   * @param cause Lettuce's exception
   */
  public RedisUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
