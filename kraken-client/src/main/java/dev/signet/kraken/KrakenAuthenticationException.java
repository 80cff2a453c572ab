package dev.signet.kraken;

import java.util.List;

/**
 * Kraken refused the key, the signature or the permission: {@code EAPI:Invalid key}, {@code EAPI:Invalid signature}, {@code EAuth:…} (category {@link KrakenApiException.Category#AUTHENTICATION}), or {@code EGeneral:Permission denied}, {@code EAccount:Invalid permissions}, {@code EAPI:Feature disabled…} (category {@link KrakenApiException.Category#PERMISSION_DENIED}). Not retryable: fix the key, its permissions or its IP allow list.
 *
 * <pre>{@code
 * catch (KrakenAuthenticationException e) { alertOperator(e.getMessage()); }
 * }</pre>
 */
public final class KrakenAuthenticationException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenAuthenticationException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
