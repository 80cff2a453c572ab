package dev.signet.core;

/**
 * A response arrived but could not be decoded (not JSON, or not the shape the endpoint documents).
 * The decoding exception is the cause.
 *
 * <p>Example: {@code catch (MalformedResponseException e) { log(e.httpStatus(), e.getCause()); }}
 */
public final class MalformedResponseException extends SignetException {
  private final int httpStatus;

  /**
   * @param message what was being decoded
   * @param httpStatus the HTTP status of the response
   * @param cause the decoder's exception
   */
  public MalformedResponseException(String message, int httpStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  /**
   * The HTTP status of the response that could not be decoded.
   *
   * @return the HTTP status of the response that could not be decoded
   */
  public int httpStatus() {
    return httpStatus;
  }
}
