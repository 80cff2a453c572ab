package dev.signet.binance.internal;

import dev.signet.core.Params;
import java.util.UUID;

/**
 * Binance client order ids: the one generator (for orders built without one) and the reference an
 * unknown-outcome report names. Not API.
 *
 * <pre>{@code
 * String id = BinanceOrderIds.generate();   // "sg" + 32 hex digits, within Binance's 36 characters
 * }</pre>
 */
public final class BinanceOrderIds {
  private BinanceOrderIds() {}

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
