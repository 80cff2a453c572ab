package dev.signet.kraken;

import java.util.List;

/**
 * Kraken could not answer the query ({@code EQuery:…}, e.g. {@code EQuery:Unknown asset pair}). Not retryable: fix the query.
 *
 * <pre>{@code
 * catch (KrakenQueryException e) { if (e.hasError("EQuery:Unknown asset pair")) { ... } }
 * }</pre>
 */
public final class KrakenQueryException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenQueryException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
