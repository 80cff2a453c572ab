package dev.signet.kraken;

import java.util.List;

/**
 * Kraken refused a funding call ({@code EFunding:…}, e.g. {@code EFunding:Max fee exceeded}). Not retryable.
 *
 * <pre>{@code
 * catch (KrakenFundingException e) { if (e.hasError("EFunding:Max fee exceeded")) { ... } }
 * }</pre>
 */
public final class KrakenFundingException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenFundingException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
