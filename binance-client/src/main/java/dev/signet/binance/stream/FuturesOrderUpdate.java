package dev.signet.binance.stream;

import dev.signet.binance.futures.trade.FuturesOrder;
import dev.signet.binance.futures.userdata.OrderTradeUpdate;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One USD-M order's state as a bot should act on it, from {@link FuturesOrderReconciler}: either an
 * {@code ORDER_TRADE_UPDATE} of the user data stream ({@code reconciled() == false}) or, where the
 * stream could not prove it delivered every event (a gap, a new listen key), the order as
 * {@code GET /fapi/v1/order} or {@code GET /fapi/v1/openOrders} answered it
 * ({@code reconciled() == true}: several fills may be folded into one update; the difference in
 * {@link #executedQty()} is what filled meanwhile). Immutable.
 *
 * <pre>{@code
 * for (FuturesOrderUpdate u : reconciler.accept(user.events().take())) {
 *   if (u.status().equals(OrderStatus.FILLED)) {
 *     bot.onFilled(u.orderId(), u.executedQty(), u.reconciled());
 *   }
 * }
 * }</pre>
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param orderId Binance's order id
 * @param clientOrderId the order's client order id
 * @param side BUY or SELL
 * @param status the order's status after this update
 * @param origQty the order's quantity (a modification may change it)
 * @param executedQty the quantity filled so far, cumulative
 * @param averagePrice the average fill price so far ({@code 0} before a fill), or null when the answer had none
 * @param reconciled true when read over REST after a gap, false when from a stream event
 */
public record FuturesOrderUpdate(String symbol, long orderId, String clientOrderId, OrderSide side, OrderStatus status,
    BigDecimal origQty, BigDecimal executedQty, BigDecimal averagePrice, boolean reconciled)
    implements OrderLedger.State {
  /**
   * Checks every field but the average price is present.
   *
   * @param symbol the symbol
   * @param orderId the order id
   * @param clientOrderId the client order id
   * @param side the side
   * @param status the status
   * @param origQty the quantity
   * @param executedQty the quantity filled
   * @param averagePrice the average fill price, or null
   * @param reconciled whether read over REST
   */
  public FuturesOrderUpdate {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(clientOrderId, "clientOrderId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(origQty, "origQty");
    Objects.requireNonNull(executedQty, "executedQty");
  }

  /**
   * The state an {@code ORDER_TRADE_UPDATE} reports.
   *
   * @param u the event
   * @return the update, not reconciled
   */
  public static FuturesOrderUpdate of(OrderTradeUpdate u) {
    OrderTradeUpdate.Order o = u.order();
    return new FuturesOrderUpdate(o.symbol(), o.orderId(), o.clientOrderId(), o.side(), o.status(),
        o.originalQuantity(), o.filledQuantity(), o.averagePrice(), false);
  }

  /**
   * The state a REST order query reports.
   *
   * @param o the order
   * @return the update, reconciled
   */
  public static FuturesOrderUpdate of(FuturesOrder o) {
    return new FuturesOrderUpdate(o.symbol(), o.orderId(), o.clientOrderId(), o.side(), o.status(), o.origQty(),
        o.executedQty(), o.avgPrice(), true);
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
   * is taken back, the quantity did not grow, and something changed (the rule
   * {@link SpotOrderUpdate#advances} follows too). A duplicate or a stale event does not.
   *
   * @param earlier the state known so far, or null for an order not seen yet
   * @return true when a bot should act on this one
   */
  public boolean advances(FuturesOrderUpdate earlier) {
    return OrderLedger.advances(this, earlier);
  }
}
