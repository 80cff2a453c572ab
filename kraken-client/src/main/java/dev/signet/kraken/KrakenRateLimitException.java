package dev.signet.kraken;

import java.util.List;

/**
 * A Kraken rate limit was hit: the key's call counter ({@code EAPI:Rate limit exceeded}), a pair's matching-engine counter ({@code EOrder:Rate limit exceeded}, {@code EOrder:Domain rate limit exceeded}), too many requests ({@code EGeneral:Too many requests}, {@code EAuth:Rate limit exceeded}, {@code EAuth:Too many requests}) or too many concurrent ones ({@code EService: Throttled: <unix time>}). Reads are retried for the call-counter, too-many-requests and throttled cases; an order refused by the engine counter is not resent.
 *
 * <pre>{@code
 * catch (KrakenRateLimitException e) { backOff(); }
 * }</pre>
 */
public final class KrakenRateLimitException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenRateLimitException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
