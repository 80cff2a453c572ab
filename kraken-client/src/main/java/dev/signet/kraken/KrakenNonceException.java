package dev.signet.kraken;

import java.util.List;

/**
 * Kraken refused the nonce ({@code EAPI:Invalid nonce}): it was not greater than the last one accepted for this key. Retryable for reads (the retry signs with a fresh nonce); repeated, it leads to {@link KrakenLockoutException}.
 *
 * <pre>{@code
 * catch (KrakenNonceException e) { log.warn("another process shares this key?"); }
 * }</pre>
 */
public final class KrakenNonceException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenNonceException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
