package dev.signet.kraken;

import dev.signet.core.ExchangeApiException;
import java.util.List;

/**
 * Kraken answered with a non-empty {@code error} array. The error strings are kept exactly as
 * Kraken sent them ({@code EAPI:Invalid key}, {@code EOrder:Insufficient funds}, …).
 *
 * <pre>{@code
 * try {
 *   kraken.balance();
 * } catch (KrakenApiException e) {
 *   if (e.errors().contains("EAPI:Invalid nonce")) { ... }
 * }
 * }</pre>
 */
public final class KrakenApiException extends ExchangeApiException {
  private final List<String> errors;

  /**
   * @param errors the error strings, verbatim
   * @param httpStatus the HTTP status (Kraken sends API errors with 200)
   * @param rawBody the body as received, or the empty string when it was decoded as a stream
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message (causes ruled out and remaining), or empty
   */
  public KrakenApiException(List<String> errors, int httpStatus, String rawBody, String method, String explanation) {
    super("Kraken " + method + " failed: " + String.join(", ", errors) + explanation, httpStatus, rawBody);
    this.errors = List.copyOf(errors);
  }

  /**
   * True for errors after which the same read may succeed: {@code EAPI:Invalid nonce} (a fresh
   * nonce is used), {@code EAPI:Rate limit exceeded}, {@code EGeneral:Too many requests},
   * {@code EService:Unavailable}, {@code EService:Busy}.
   */
  @Override
  public boolean retryable() {
    return hasError("EAPI:Invalid nonce") || hasError("EAPI:Rate limit exceeded") || hasError("EGeneral:Too many requests")
        || hasError("EService:Unavailable") || hasError("EService:Busy");
  }

  /** True for {@code EGeneral:Internal error}, after which an order may or may not exist. */
  @Override
  public boolean outcomeUnknown() {
    return hasError("EGeneral:Internal error") || super.outcomeUnknown();
  }

  /**
   * The error strings, verbatim and in order.
   *
   * @return the error strings Kraken returned (e.g. {@code EOrder:Insufficient funds}); unmodifiable
   */
  public List<String> errors() {
    return errors;
  }

  /**
   * True when any error string starts with {@code prefix}, e.g. {@code "EAPI:Invalid nonce"}.
   *
   * @param prefix the start of an error string, e.g. {@code "EAPI:Invalid nonce"}
   * @return true when at least one error string starts with {@code prefix}
   */
  public boolean hasError(String prefix) {
    return errors.stream().anyMatch(e -> e.startsWith(prefix));
  }
}
