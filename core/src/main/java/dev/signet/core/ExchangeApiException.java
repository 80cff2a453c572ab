package dev.signet.core;

/**
 * The exchange answered, and the answer is an error. The parent of {@code BinanceApiException}
 * and {@code KrakenApiException}, and thrown as itself when an error response has no body the
 * exchange module recognises (for example an HTML 503 page from a proxy).
 *
 * <p>Keeps the HTTP status and the raw body as received, so nothing the exchange said is lost.
 *
 * <pre>{@code
 * catch (ExchangeApiException e) { if (e.httpStatus() == 503) { ... } }
 * }</pre>
 */
public class ExchangeApiException extends SignetException {
  private final int httpStatus;
  private final String rawBody;

  /**
   * @param message the exception message
   * @param httpStatus HTTP status of the response
   * @param rawBody the response body as received (may be empty)
   */
  public ExchangeApiException(String message, int httpStatus, String rawBody) {
    super(message);
    this.httpStatus = httpStatus;
    this.rawBody = rawBody == null ? "" : rawBody;
  }

  /**
   * The HTTP status code of the response.
   *
   * @return the HTTP status code of the response
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * The response body exactly as received; the empty string if there was none.
   *
   * @return the response body exactly as received; the empty string if there was none
   */
  public String rawBody() {
    return rawBody;
  }

  /**
   * True when sending the same read again may succeed: a 5xx or 429 here; exchange subclasses add
   * their own codes. Never consulted for orders once they may have arrived.
   *
   * @return {@code true} when sending the same read again may succeed: a 5xx or 429 here; exchange subclasses add their own codes
   */
  public boolean retryable() {
    return httpStatus >= 500 || httpStatus == 429;
  }

  /**
   * True when the exchange may have executed the request despite the error (a 5xx: "execution
   * status unknown"); for an order this means it must be reconciled, not resent.
   *
   * @return {@code true} when the exchange may have executed the request despite the error (a 5xx: "execution status unknown"); for an order this means it must be reconciled, not resent
   */
  public boolean outcomeUnknown() {
    return httpStatus >= 500;
  }

  /**
   * The first 200 characters of a body, for messages.
   *
   * @param body the body, possibly null
   * @return the first 200 characters of a body, for messages
   */
  protected static String excerpt(String body) {
    if (body == null) {
      return "";
    }
    String oneLine = body.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
  }

  /**
   * A response with an error status whose body the exchange module could not read as an error.
   *
   * @param httpStatus the HTTP status code
   * @param rawBody the response body exactly as received
   * @return a response with an error status whose body the exchange module could not read as an error
   */
  public static ExchangeApiException unrecognised(int httpStatus, String rawBody) {
    return new ExchangeApiException(
        "HTTP " + httpStatus + " with a body that is not an exchange error: " + excerpt(rawBody),
        httpStatus,
        rawBody);
  }
}
