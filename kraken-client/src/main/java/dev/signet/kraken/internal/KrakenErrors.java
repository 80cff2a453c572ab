package dev.signet.kraken.internal;

import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenApiException.Category;
import dev.signet.kraken.KrakenAuthenticationException;
import dev.signet.kraken.KrakenFundingException;
import dev.signet.kraken.KrakenInternalErrorException;
import dev.signet.kraken.KrakenInvalidArgumentsException;
import dev.signet.kraken.KrakenLockoutException;
import dev.signet.kraken.KrakenNonceException;
import dev.signet.kraken.KrakenOrderRejectedException;
import dev.signet.kraken.KrakenQueryException;
import dev.signet.kraken.KrakenRateLimitException;
import dev.signet.kraken.KrakenServiceUnavailableException;
import java.util.List;

/**
 * The one mapping from Kraken's error strings ({@code <E|W><Category>:<Message>[:<extra>]}, as
 * listed in Kraken's "Spot Error Messages" guide, its support article on API error codes and its
 * rate-limit guides) to a {@link Category}, an exception type, and whether a read may be retried.
 * The first error string decides; warnings ({@code W…}) are skipped. Not API.
 *
 * <pre>{@code
 * throw KrakenErrors.exception(List.of("EOrder:Insufficient funds"), 200, "", "AddOrder", "");
 * }</pre>
 */
public final class KrakenErrors {
  private static final String INVALID_ARGUMENTS = "Invalid arguments";

  private KrakenErrors() {}

  /**
   * The exception for {@code errors}: the subclass of {@link KrakenApiException} of their category.
   *
   * @param errors the error strings, verbatim (warnings included)
   * @param httpStatus the HTTP status
   * @param rawBody the body as received, or empty
   * @param method the method called, e.g. {@code AddOrder}
   * @param explanation appended to the message, or empty
   * @return the exception to throw
   */
  public static KrakenApiException exception(List<String> errors, int httpStatus, String rawBody, String method,
      String explanation) {
    return switch (category(errors)) {
      case AUTHENTICATION, PERMISSION_DENIED ->
          new KrakenAuthenticationException(errors, httpStatus, rawBody, method, explanation);
      case NONCE -> new KrakenNonceException(errors, httpStatus, rawBody, method, explanation);
      case RATE_LIMIT -> new KrakenRateLimitException(errors, httpStatus, rawBody, method, explanation);
      case ORDER_REJECTED -> new KrakenOrderRejectedException(errors, httpStatus, rawBody, method, explanation);
      case FUNDING -> new KrakenFundingException(errors, httpStatus, rawBody, method, explanation);
      case SERVICE_UNAVAILABLE -> new KrakenServiceUnavailableException(errors, httpStatus, rawBody, method, explanation);
      case INVALID_ARGUMENTS -> new KrakenInvalidArgumentsException(errors, httpStatus, rawBody, method, explanation);
      case LOCKOUT -> new KrakenLockoutException(errors, httpStatus, rawBody, method, explanation);
      case INTERNAL_ERROR -> new KrakenInternalErrorException(errors, httpStatus, rawBody, method, explanation);
      case QUERY -> new KrakenQueryException(errors, httpStatus, rawBody, method, explanation);
      case OTHER -> new KrakenApiException(errors, httpStatus, rawBody, method, explanation);
    };
  }

  /**
   * The category of the first error string that is not a warning.
   *
   * @param errors the error strings, verbatim
   * @return the category; {@link Category#OTHER} when none is recognised or there is no error
   */
  public static Category category(List<String> errors) {
    for (String e : errors) {
      if (!e.startsWith("W")) {
        return category(e);
      }
    }
    return Category.OTHER;
  }

  /**
   * The category of one error string.
   *
   * @param error one error string, e.g. {@code EAPI:Invalid key}
   * @return its category
   */
  public static Category category(String error) {
    String e = normalised(error);
    if (e.startsWith("EAPI:Invalid nonce")) {
      return Category.NONCE;
    }
    if (isRateLimit(e)) {
      return Category.RATE_LIMIT;
    }
    if (e.startsWith("EAPI:Invalid key") || e.startsWith("EAPI:Invalid signature") || e.startsWith("EAuth:")) {
      return Category.AUTHENTICATION;
    }
    if (e.startsWith("EGeneral:Permission denied") || e.startsWith("EAccount:Invalid permissions")
        || e.startsWith("EAPI:Feature disabled")) {
      return Category.PERMISSION_DENIED;
    }
    if (e.startsWith("EGeneral:" + INVALID_ARGUMENTS) || e.startsWith("EAPI:" + INVALID_ARGUMENTS)) {
      return Category.INVALID_ARGUMENTS;
    }
    if (e.startsWith("EGeneral:Temporary lockout")) {
      return Category.LOCKOUT;
    }
    if (e.startsWith("EGeneral:Internal error")) {
      return Category.INTERNAL_ERROR;
    }
    if (e.startsWith("EOrder:")) {
      return Category.ORDER_REJECTED;
    }
    if (e.startsWith("EFunding:")) {
      return Category.FUNDING;
    }
    if (e.startsWith("EService:")) {
      return Category.SERVICE_UNAVAILABLE;
    }
    return e.startsWith("EQuery:") ? Category.QUERY : Category.OTHER;
  }

  /**
   * True when the same read may succeed if sent again (with a fresh nonce): an invalid nonce, the
   * call counter, too many requests, throttling, or the service unavailable or busy.
   *
   * @param error one error string
   * @return whether a read failing with it may be retried
   */
  public static boolean retryable(String error) {
    String e = normalised(error);
    return e.startsWith("EAPI:Invalid nonce") || e.startsWith("EAPI:Rate limit exceeded")
        || e.startsWith("EGeneral:Too many requests") || e.startsWith("EService:Throttled")
        || e.startsWith("EService:Unavailable") || e.startsWith("EService:Busy");
  }

  /**
   * The argument Kraken named in the first {@code Invalid arguments:<argument>} error.
   *
   * @param errors the error strings
   * @return the text after {@code Invalid arguments:}, or null when no argument was named
   */
  public static String invalidArgument(List<String> errors) {
    String marker = INVALID_ARGUMENTS + ":";
    for (String e : errors) {
      int at = e.indexOf(marker);
      if (at > 0 && category(e) == Category.INVALID_ARGUMENTS && at + marker.length() < e.length()) {
        return e.substring(at + marker.length());
      }
    }
    return null;
  }

  /** {@code EService: Throttled: 1700000000} (the rate-limit guide's spelling) read as {@code EService:Throttled:…}. */
  private static String normalised(String error) {
    int colon = error.indexOf(':');
    if (colon > 0 && colon + 1 < error.length() && error.charAt(colon + 1) == ' ') {
      return error.substring(0, colon + 1) + error.substring(colon + 1).stripLeading();
    }
    return error;
  }

  private static boolean isRateLimit(String e) {
    return e.startsWith("EAPI:Rate limit exceeded") || e.startsWith("EOrder:Rate limit exceeded")
        || e.startsWith("EOrder:Domain rate limit exceeded") || e.startsWith("EGeneral:Too many requests")
        || e.startsWith("EAuth:Rate limit exceeded") || e.startsWith("EAuth:Too many requests")
        || e.startsWith("EService:Throttled");
  }
}
