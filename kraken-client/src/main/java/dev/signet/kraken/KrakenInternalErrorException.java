package dev.signet.kraken;

import java.util.List;

/**
 * Kraken failed internally ({@code EGeneral:Internal error[:code]}): an order sent may or may not exist, so {@link #outcomeUnknown()} is true and the order is reconciled, never resent.
 *
 * <pre>{@code
 * catch (KrakenInternalErrorException e) { kraken.trading().reconcile(clientOrderId); }
 * }</pre>
 */
public final class KrakenInternalErrorException extends KrakenApiException {
  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenInternalErrorException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
  }
}
