package dev.signet.core;

/**
 * The root of every exception Signet throws (besides {@link IllegalArgumentException} for bad
 * input, which is thrown before anything is sent). Unchecked, so calls compose in lambdas and
 * resilience decorators.
 *
 * <p>Two branches sit under it: {@link ExchangeApiException} when the exchange answered with an
 * error, and {@link TransportException} / {@link MalformedResponseException} when no usable answer
 * arrived. Messages never contain a secret.
 *
 * <pre>{@code
 * try {
 *   client.spot().account();
 * } catch (SignetException e) {
 *   log.warn("Binance call failed: {}", e.getMessage());
 * }
 * }</pre>
 */
public class SignetException extends RuntimeException {
  /**
   * An exception with a message.
   *
   * @param message the explanation, never holding a secret
   */
  public SignetException(String message) {
    super(message);
  }

  /**
   * An exception with a message and its cause.
   *
   * @param message the explanation, never holding a secret
   * @param cause the underlying failure
   */
  public SignetException(String message, Throwable cause) {
    super(message, cause);
  }
}
