package dev.signet.core;

/**
 * A call failed fast, unsent, because the host's circuit breaker is open after repeated 5xx or I/O
 * failures. It half-opens after the configured wait and lets a few trial calls through.
 *
 * <p>Example: {@code catch (CircuitOpenException e) { pauseTrading(); }}
 */
public final class CircuitOpenException extends SignetException {
  /**
   * @param message which host, and until when
   * @param cause the failure that opened the breaker
   */
  public CircuitOpenException(String message, Throwable cause) {
    super(message, cause);
  }
}
