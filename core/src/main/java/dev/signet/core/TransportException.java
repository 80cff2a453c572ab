package dev.signet.core;

import java.io.IOException;

/**
 * No response arrived: the connection failed, was reset, or timed out. The I/O exception is the
 * cause. Subclasses say whether the request may have reached the exchange:
 * {@link ConnectFailedException} (it cannot have) and {@link SignetTimeoutException} (it may have).
 *
 * <pre>{@code
 * catch (ConnectFailedException e) { // nothing was sent; safe to try again }
 * catch (TransportException e)     { // the exchange may have acted on the request }
 * }</pre>
 */
public class TransportException extends SignetException {
  /**
   * A transport failure with its I/O cause.
   *
   * @param message what failed, without secrets
   * @param cause the I/O failure from OkHttp
   */
  public TransportException(String message, IOException cause) {
    super(message, cause);
  }

  /**
   * True when the failure proves the request never left this machine.
   *
   * @return true only when the request provably never left this machine, so resending it is safe
   */
  public boolean nothingSent() {
    return false;
  }
}
