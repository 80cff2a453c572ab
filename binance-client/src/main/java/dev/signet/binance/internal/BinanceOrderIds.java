package dev.signet.binance.internal;

import dev.signet.core.Params;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Binance client order ids: the one generator (for orders built without one) and the reference an
 * unknown-outcome report names. Not API.
 *
 * <pre>{@code
 * String id = BinanceOrderIds.generate();   // "sg" + 32 hex digits, within Binance's 36 characters
 * }</pre>
 */
public final class BinanceOrderIds {
  private static final Pattern CLIENT_ID = Pattern.compile("[.A-Z:/a-z0-9_-]{1,36}");

  private BinanceOrderIds() {}

  /**
   * Checks a client id ({@code newClientOrderId}, {@code origClientOrderId}, {@code clientAlgoId})
   * against Binance's pattern: 1 to 36 of {@code A-Z a-z 0-9 . : / _ -}.
   *
   * @param id the id
   * @param name the parameter name, for the message
   * @return {@code id}
   */
  public static String check(String id, String name) {
    if (id == null || !CLIENT_ID.matcher(id).matches()) {
      throw new IllegalArgumentException(name + " '" + id + "' must be 1 to 36 characters of A-Z a-z 0-9 . : / _ -.");
    }
    return id;
  }

  /**
   * A new client order id: {@code sg} and a random UUID's 32 hex digits.
   *
   * @return a new client order id: {@code sg} and a random UUID's 32 hex digits
   */
  public static String generate() {
    return "sg" + UUID.randomUUID().toString().replace("-", "");
  }

  /**
   * The id an unknown-outcome report names: the new client order id, else the order the call is
   * about ({@code origClientOrderId}, then {@code orderId=…}).
   *
   * @param params the request parameters (not yet signed)
   * @param idParam the parameter naming the order the call is about, checked first; may be {@code null}
   * @return the id an unknown-outcome report names: the new client order id, else the order the call is about ({@code origClientOrderId}, then {@code orderId=…})
   */
  public static String reference(Params params, String idParam) {
    if (idParam != null && params.containsKey(idParam)) {
      return params.get(idParam);
    }
    for (String key : new String[] {"newClientOrderId", "listClientOrderId", "origClientOrderId"}) {
      if (params.containsKey(key)) {
        return params.get(key);
      }
    }
    return params.containsKey("orderId") ? "orderId=" + params.get("orderId") : "(no client order id was sent)";
  }
}
