package dev.signet.binance.stream;

import dev.signet.binance.spot.Order;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.userdata.ExecutionReport;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One Spot order's state as a bot should act on it, from {@link SpotOrderReconciler}: either an
 * {@code executionReport} of the user data stream ({@code reconciled() == false}) or, where the
 * stream could not prove it delivered every event (a gap), the order as {@code GET /api/v3/order}
 * or {@code GET /api/v3/openOrders} answered it ({@code reconciled() == true}: several fills may be
 * folded into one update; the difference in {@link #executedQty()} is what filled meanwhile).
 * Immutable.
 *
 * <pre>{@code
 * for (SpotOrderUpdate u : reconciler.accept(user.events().take())) {
 *   if (u.status().equals(OrderStatus.FILLED)) {
 *     bot.onFilled(u.orderId(), u.executedQty(), u.reconciled());
 *   }
 * }
 * }</pre>
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param orderId Binance's order id
 * @param clientOrderId the order's own client order id (not a cancel request's)
 * @param side BUY or SELL
 * @param status the order's status after this update
 * @param origQty the order's quantity (an amendment lowers it)
 * @param executedQty the quantity filled so far, cumulative
 * @param cumulativeQuoteQty the quote quantity filled so far, cumulative
 * @param reconciled true when read over REST after a gap, false when from a stream event
 */
public record SpotOrderUpdate(String symbol, long orderId, String clientOrderId, OrderSide side, OrderStatus status,
    BigDecimal origQty, BigDecimal executedQty, BigDecimal cumulativeQuoteQty, boolean reconciled)
    implements OrderLedger.State {

  /**
   * Checks every field is present.
   *
   * @param symbol the symbol
   * @param orderId the order id
   * @param clientOrderId the client order id
   * @param side the side
   * @param status the status
   * @param origQty the quantity
   * @param executedQty the quantity filled
   * @param cumulativeQuoteQty the quote quantity filled
   * @param reconciled whether read over REST
   */
  public SpotOrderUpdate {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(clientOrderId, "clientOrderId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origQty, "origQty");
    Objects.requireNonNull(executedQty, "executedQty");
    Objects.requireNonNull(cumulativeQuoteQty, "cumulativeQuoteQty");
  }

  /**
   * The state an {@code executionReport} reports (for a cancel, the original client order id).
   *
   * @param r the report
   * @return the update, not reconciled
   */
  public static SpotOrderUpdate of(ExecutionReport r) {
    String clientOrderId = r.originalClientOrderId().isEmpty() ? r.clientOrderId() : r.originalClientOrderId();
    return new SpotOrderUpdate(r.symbol(), r.orderId(), clientOrderId, r.side(), r.status(), r.quantity(),
        r.cumulativeFilledQuantity(), r.cumulativeQuoteQuantity(), false);
  }

  /**
   * The state a REST order query reports.
   *
   * @param o the order
   * @return the update, reconciled
   */
  public static SpotOrderUpdate of(Order o) {
    return new SpotOrderUpdate(o.symbol(), o.orderId(), o.clientOrderId(), o.side(), o.status(), o.origQty(),
        o.executedQty(), o.cummulativeQuoteQty(), true);
  }

  /**
   * Whether the order can change no more (FILLED, CANCELED, REJECTED, EXPIRED, EXPIRED_IN_MATCH).
   *
   * @return true when final
   */
  @Override
  public boolean isFinal() {
    return OrderLedger.isFinal(status);
  }

  /**
   * Whether this state comes after {@code earlier}: {@code earlier} is not final, nothing filled
   * is taken back, the quantity did not grow, and something changed. A duplicate or a stale event
   * (one older than a reconciled state) does not.
   *
   * @param earlier the state known so far, or null for an order not seen yet
   * @return true when a bot should act on this one
   */
  public boolean advances(SpotOrderUpdate earlier) {
    return OrderLedger.advances(this, earlier);
  }
}
