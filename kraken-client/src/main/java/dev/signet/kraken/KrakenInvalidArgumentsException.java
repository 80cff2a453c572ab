package dev.signet.kraken;

import dev.signet.kraken.internal.KrakenErrors;
import java.util.List;
import java.util.Optional;

/**
 * Kraken found the request malformed, incorrect or ambiguous ({@code EGeneral:Invalid arguments},
 * or {@code EAPI:Invalid arguments}), often naming the argument after a further colon:
 * {@code EGeneral:Invalid arguments:volume} gives {@link #argument()} {@code volume}. Some
 * details are a reason rather than a name ({@code EGeneral:Invalid arguments:Index unavailable}).
 * Not retryable: fix the request.
 *
 * <pre>{@code
 * catch (KrakenInvalidArgumentsException e) {
 *   e.argument().ifPresent(name -> log.error("Kraken refused argument " + name));
 * }
 * }</pre>
 */
public final class KrakenInvalidArgumentsException extends KrakenApiException {
  private final String argument;

  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   */
  public KrakenInvalidArgumentsException(List<String> errors, int httpStatus, String rawBody, String method,
      String explanation) {
    super(errors, httpStatus, rawBody, method, explanation);
    this.argument = KrakenErrors.invalidArgument(errors());
  }

  /**
   * The argument (or detail) Kraken named after {@code Invalid arguments:}.
   *
   * @return e.g. {@code volume} for {@code EGeneral:Invalid arguments:volume}; empty when none was named
   */
  public Optional<String> argument() {
    return Optional.ofNullable(argument);
  }
}
