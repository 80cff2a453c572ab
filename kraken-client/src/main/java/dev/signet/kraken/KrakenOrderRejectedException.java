package dev.signet.kraken;

import java.util.List;

/**
 * Kraken refused the order ({@code EOrder:…}: {@code Insufficient funds}, {@code Order minimum not met}, {@code Cost minimum not met}, {@code Invalid price}, {@code Tick size check failed}, {@code Unknown order}, {@code Orders limit exceeded}, margin errors, …). Business rejections: never retryable.
 *
 * <pre>{@code
 * catch (KrakenOrderRejectedException e) { if (e.hasError("EOrder:Insufficient funds")) { ... } }
 * }</pre>
 */
public final class KrakenOrderRejectedException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenOrderRejectedException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
