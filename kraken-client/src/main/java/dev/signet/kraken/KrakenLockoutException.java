package dev.signet.kraken;

import java.util.List;

/**
 * Kraken locked the key out ({@code EGeneral:Temporary lockout}) after too many failed calls (invalid key, signature or nonce); Kraken support puts the lockout at about 15 minutes. Not retryable: stop calling with this key for a while.
 *
 * <pre>{@code
 * catch (KrakenLockoutException e) { sleep(Duration.ofMinutes(15)); }
 * }</pre>
 */
public final class KrakenLockoutException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenLockoutException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
