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
public final class BinanceApiException extends ExchangeApiException {
  private final int code;
  private final String exchangeMessage;

  /**
   * @param code Binance's error code, e.g. {@code -1022}
   * @param message Binance's message, verbatim
   * @param httpStatus HTTP status of the response
   * @param rawBody the body as received
   * @param request the request line it answered, e.g. {@code GET /api/v3/account}
   */
  public BinanceApiException(int code, String message, int httpStatus, String rawBody, String request) {
    super("Binance error " + code + " (HTTP " + httpStatus + ") on " + request + ": " + message, httpStatus, rawBody);
    this.code = code;
    this.exchangeMessage = message;
  }

  /** Binance's error code, e.g. {@code -1022} for an invalid signature. */
  public int code() {
    return code;
  }

  /** Binance's error message, verbatim. */
  public String message() {
    return exchangeMessage;
  }
}
