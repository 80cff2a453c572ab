package dev.signet.binance.spot;

import java.util.Optional;

/**
 * What became of an order whose outcome was unknown, as {@link SpotTrading#reconcile} found it.
 *
 * <pre>{@code
 * OrderOutcome outcome = client.spot().trading().reconcile("BTCUSDT", e.clientOrderId());
 * if (!outcome.placed()) { // safe to place it again, with a new client order id
 * }
 * }</pre>
 *
 * @param clientOrderId the client order id looked up
 * @param placed whether Binance has the order
 * @param order the order as Binance has it now, when placed
 */
public record OrderOutcome(String clientOrderId, boolean placed, Optional<Order> order) {
  static OrderOutcome placed(Order order) {
    return new OrderOutcome(order.clientOrderId(), true, Optional.of(order));
  }

  static OrderOutcome notPlaced(String clientOrderId) {
    return new OrderOutcome(clientOrderId, false, Optional.empty());
  }
}
