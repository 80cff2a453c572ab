package dev.signet.kraken;

import dev.signet.core.ExchangeApiException;
import dev.signet.kraken.internal.KrakenErrors;
import java.util.List;

/**
 * Kraken answered with a non-empty {@code error} array. The error strings are kept exactly as
 * Kraken sent them ({@code EAPI:Invalid key}, {@code EOrder:Insufficient funds}, …), and the first
 * error decides the {@link #category()} and the subclass thrown, so a bot can catch what it can
 * handle: {@link KrakenAuthenticationException}, {@link KrakenNonceException},
 * {@link KrakenRateLimitException}, {@link KrakenOrderRejectedException},
 * {@link KrakenFundingException}, {@link KrakenServiceUnavailableException},
 * {@link KrakenInvalidArgumentsException}, {@link KrakenLockoutException},
 * {@link KrakenInternalErrorException}, {@link KrakenQueryException}; anything else is thrown as
 * this class with category {@link Category#OTHER}.
 *
 * <pre>{@code
 * try {
 *   kraken.trading().addOrder(order);
 * } catch (KrakenOrderRejectedException e) {
 *   if (e.hasError("EOrder:Insufficient funds")) { ... }
 * } catch (KrakenRateLimitException e) {
 *   backOff();
 * }
 * }</pre>
 */
public sealed class KrakenApiException extends ExchangeApiException
    permits KrakenAuthenticationException, KrakenNonceException, KrakenRateLimitException,
        KrakenOrderRejectedException, KrakenFundingException, KrakenServiceUnavailableException,
        KrakenInvalidArgumentsException, KrakenLockoutException, KrakenInternalErrorException, KrakenQueryException {
  private final List<String> errors;
  private final Category category;

  /**
   * What kind of error Kraken reported, from its first error string.
   *
   * <pre>{@code
   * if (e.category() == KrakenApiException.Category.PERMISSION_DENIED) { ... }
   * }</pre>
   */
  public enum Category {
    /** {@code EAPI:Invalid key}, {@code EAPI:Invalid signature}, {@code EAuth:…}: the key or signature is refused. */
    AUTHENTICATION,
    /** {@code EGeneral:Permission denied}, {@code EAccount:Invalid permissions}, {@code EAPI:Feature disabled…}. */
    PERMISSION_DENIED,
    /** {@code EAPI:Invalid nonce}. */
    NONCE,
    /** {@code EAPI:Rate limit exceeded}, {@code EOrder:Rate limit exceeded}, {@code EGeneral:Too many requests}, …. */
    RATE_LIMIT,
    /** {@code EOrder:…}: the order was refused (funds, minimums, price, unknown order, …). */
    ORDER_REJECTED,
    /** {@code EFunding:…}. */
    FUNDING,
    /** {@code EService:…}: unavailable, busy, cancel-only or post-only market, deadline elapsed. */
    SERVICE_UNAVAILABLE,
    /** {@code EGeneral:Invalid arguments[:argument]}. */
    INVALID_ARGUMENTS,
    /** {@code EGeneral:Temporary lockout}. */
    LOCKOUT,
    /** {@code EGeneral:Internal error[:code]}: an order may or may not exist. */
    INTERNAL_ERROR,
    /** {@code EQuery:…}, e.g. {@code EQuery:Unknown asset pair}. */
    QUERY,
    /** Anything else ({@code ETrade:…}, {@code EGeneral:Unknown method}, …). */
    OTHER
  }

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
    this.category = KrakenErrors.category(this.errors);
  }

  /**
   * What kind of error this is, from the first error string (warnings skipped).
   *
   * @return the category, e.g. {@link Category#ORDER_REJECTED} for {@code EOrder:Insufficient funds}
   */
  public Category category() {
    return category;
  }

  /**
   * True for errors after which the same read may succeed: {@code EAPI:Invalid nonce} (a fresh
   * nonce is used), {@code EAPI:Rate limit exceeded}, {@code EGeneral:Too many requests},
   * {@code EService:Unavailable}, {@code EService:Busy}, {@code EService: Throttled}.
   */
  @Override
  public boolean retryable() {
    return errors.stream().anyMatch(KrakenErrors::retryable);
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
