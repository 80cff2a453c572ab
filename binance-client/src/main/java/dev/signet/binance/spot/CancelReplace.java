package dev.signet.binance.spot;

import dev.signet.binance.internal.Symbols;
import dev.signet.core.Params;
import java.util.Objects;

/**
 * A {@code POST /api/v3/order/cancelReplace} request: cancel one order and place a new one on the
 * same symbol. The new order is a {@link NewOrder} (its client order id is the one an unknown
 * outcome names); the parameters go out as the new order's, then {@code cancelReplaceMode}, the
 * cancel's ids, {@code cancelRestrictions} and {@code orderRateLimitExceededMode}. Immutable.
 *
 * <pre>{@code
 * CancelReplace r = CancelReplace.of(CancelReplaceMode.STOP_ON_FAILURE, OrderRef.byId("BTCUSDT", 9),
 *         NewOrder.limit("BTCUSDT", OrderSide.BUY, qty, price).build())
 *     .cancelRestrictions(CancelRestrictions.ONLY_NEW);
 * }</pre>
 *
 * @param mode what to do when the cancel fails
 * @param cancel the order to cancel (same symbol as the new order)
 * @param newOrder the order to place
 * @param cancelNewClientOrderId the id of the cancel request, or null
 * @param restrictions cancel only in this state, or null
 * @param rateLimitMode what to do when the unfilled-order count is exceeded, or null
 */
public record CancelReplace(CancelReplaceMode mode, OrderRef cancel, NewOrder newOrder, String cancelNewClientOrderId,
    CancelRestrictions restrictions, OrderRateLimitExceededMode rateLimitMode) {
  /**
   * Checks the parts are present and about one symbol.
   *
   * @param mode what to do when the cancel fails
   * @param cancel the order to cancel
   * @param newOrder the order to place
   * @param cancelNewClientOrderId the id of the cancel request, or null
   * @param restrictions cancel only in this state, or null
   * @param rateLimitMode what to do when the unfilled-order count is exceeded, or null
   */
  public CancelReplace {
    Objects.requireNonNull(mode, "cancelReplaceMode");
    Objects.requireNonNull(cancel, "cancel");
    Objects.requireNonNull(newOrder, "newOrder");
    Symbols.check("symbol", cancel.symbol());
    if (!cancel.symbol().equals(newOrder.symbol())) {
      throw new IllegalArgumentException("symbol: the order to cancel is on " + cancel.symbol()
          + " and the new order on " + newOrder.symbol() + "; cancelReplace works on one symbol.");
    }
    if (cancelNewClientOrderId != null) {
      NewOrder.checkClientOrderId(cancelNewClientOrderId, "cancelNewClientOrderId");
    }
  }

  /**
   * A cancel-replace with Binance's defaults for the optional parameters.
   *
   * @param mode what to do when the cancel fails
   * @param cancel the order to cancel
   * @param newOrder the order to place
   * @return the request
   */
  public static CancelReplace of(CancelReplaceMode mode, OrderRef cancel, NewOrder newOrder) {
    return new CancelReplace(mode, cancel, newOrder, null, null, null);
  }

  /**
   * This request with {@code cancelRestrictions}.
   *
   * @param value cancel only in this state
   * @return a copy with the restriction
   */
  public CancelReplace cancelRestrictions(CancelRestrictions value) {
    return new CancelReplace(mode, cancel, newOrder, cancelNewClientOrderId, Objects.requireNonNull(value), rateLimitMode);
  }

  /**
   * This request with {@code orderRateLimitExceededMode}.
   *
   * @param value what to do when the unfilled-order count is exceeded
   * @return a copy with the mode
   */
  public CancelReplace orderRateLimitExceededMode(OrderRateLimitExceededMode value) {
    return new CancelReplace(mode, cancel, newOrder, cancelNewClientOrderId, restrictions, Objects.requireNonNull(value));
  }

  /**
   * This request with {@code cancelNewClientOrderId}, the id of the cancel.
   *
   * @param id 1 to 36 of {@code A-Z a-z 0-9 . : / _ -}
   * @return a copy with the id
   */
  public CancelReplace cancelNewClientOrderId(String id) {
    return new CancelReplace(mode, cancel, newOrder, id, restrictions, rateLimitMode);
  }

  /**
   * The parameters in sending order, the new order's {@code newOrderRespType} being {@code type}.
   *
   * @param type the new order's response type
   * @return the parameters in sending order
   * @throws IllegalArgumentException when the new order's builder set another response type
   */
  public Params toParams(ResponseType type) {
    return newOrder.paramsAnswering(type)
        .add("cancelReplaceMode", mode)
        .addIfPresent("cancelNewClientOrderId", cancelNewClientOrderId)
        .addIfPresent("cancelOrigClientOrderId", cancel.clientOrderId())
        .addIfPresent("cancelOrderId", cancel.orderId())
        .addIfPresent("cancelRestrictions", restrictions)
        .addIfPresent("orderRateLimitExceededMode", rateLimitMode);
  }
}
