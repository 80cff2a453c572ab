package dev.signet.binance;

import dev.signet.core.ExchangeApiException;

/**
 * Binance answered with a {@code {"code":…,"msg":…}} error body. The code and message are kept
 * exactly as Binance sent them, with the HTTP status and the raw body.
 *
 * <pre>{@code
 * try {
 *   client.spot().account();
 * } catch (BinanceApiException e) {
 *   if (e.code() == -1021) { ... } // timestamp outside recvWindow
 * }
 * }</pre>
 */
public class BinanceApiException extends ExchangeApiException {
  private final int code;
  private final String exchangeMessage;

  /**
   * @param code Binance's error code, e.g. {@code -1022}
   * @param message Binance's message, verbatim
   * @param httpStatus HTTP status of the response
   * @param rawBody the body as received
   * @param request the request line it answered, e.g. {@code GET /api/v3/account}
   * @param explanation appended to the exception message (the request as sent, causes ruled out), or empty
   */
  public BinanceApiException(int code, String message, int httpStatus, String rawBody, String request, String explanation) {
    super("Binance error " + code + " (HTTP " + httpStatus + ") on " + request + ": " + message + explanation, httpStatus, rawBody);
    this.code = code;
    this.exchangeMessage = message;
  }

  /**
   * Binance's error code, e.g. {@code -1022} for an invalid signature.
   *
   * @return Binance's error code, e.g. {@code -1021}
   */
  public int code() {
    return code;
  }

  /**
   * Binance's error message, verbatim.
   *
   * @return Binance's error message, verbatim
   */
  public String message() {
    return exchangeMessage;
  }

  /**
   * Besides 5xx and 429: {@code -1001} (disconnected), {@code -1007} (backend timeout),
   * {@code -1008} (server busy) and {@code -1021} (timestamp outside recvWindow; the clock is
   * re-synced before the next attempt).
   */
  @Override
  public boolean retryable() {
    return super.retryable() || code == -1001 || code == -1007 || code == -1008 || code == -1021;
  }

  /** Besides 5xx: {@code -1006} and {@code -1007}, whose messages say "execution status unknown". */
  @Override
  public boolean outcomeUnknown() {
    return super.outcomeUnknown() || code == -1006 || code == -1007;
  }

  /**
   * True for {@code -1021}: the timestamp was outside recvWindow (clock skew).
   *
   * @return {@code true} for {@code -1021}: the timestamp was outside recvWindow (clock skew)
   */
  public boolean isClockSkew() {
    return code == -1021;
  }
}
