package dev.signet.core;

import java.io.InterruptedIOException;

/**
 * A call timed out. Unless the timeout happened while connecting, the request may have reached the
 * exchange and been executed.
 *
 * <p>Example: {@code catch (SignetTimeoutException e) { reconcile(order); }}
 */
public final class SignetTimeoutException extends TransportException {
  /**
   * A timeout with its cause.
   *
   * @param message what timed out, without secrets
   * @param cause the timeout from OkHttp
   */
  public SignetTimeoutException(String message, InterruptedIOException cause) {
    super(message, cause);
  }
}
