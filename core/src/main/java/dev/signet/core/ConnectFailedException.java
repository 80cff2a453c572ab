package dev.signet.core;

import java.io.IOException;

/**
 * The connection could not be made (refused, unknown host, no route): the request was never sent,
 * so it is safe to send again, even for an order.
 *
 * <p>Example: {@code catch (ConnectFailedException e) { retryLater(); }}
 */
public final class ConnectFailedException extends TransportException {
  /**
   * A connect failure with its I/O cause.
   *
   * @param message what failed, without secrets
   * @param cause the connect failure from OkHttp
   */
  public ConnectFailedException(String message, IOException cause) {
    super(message, cause);
  }

  @Override
  public boolean nothingSent() {
    return true;
  }
}
