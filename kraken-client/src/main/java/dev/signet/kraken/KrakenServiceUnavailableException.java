package dev.signet.kraken;

import java.util.List;

/**
 * Kraken is not taking this request now ({@code EService:Unavailable}, {@code EService:Busy}, {@code EService:Market in cancel_only mode}, {@code EService:Market in post_only mode}, {@code EService:Deadline elapsed}). Unavailable and busy are retried for reads; the market modes and an elapsed deadline are not.
 *
 * <pre>{@code
 * catch (KrakenServiceUnavailableException e) { if (e.hasError("EService:Market in cancel_only mode")) { pause(); } }
 * }</pre>
 */
public final class KrakenServiceUnavailableException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenServiceUnavailableException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
