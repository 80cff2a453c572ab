package dev.signet.binance.spot;

import java.util.List;

/**
 * The answer to {@code DELETE /api/v3/openOrders}: Binance lists the single orders it cancelled and
 * the order lists (whose orders it cancelled together) in one array; here they are apart, each in
 * Binance's order.
 *
 * <pre>{@code
 * CanceledOpenOrders c = client.spot().trading().cancelOpenOrders("BTCUSDT");
 * int n = c.orders().size() + c.orderLists().size();
 * }</pre>
 *
 * @param orders the cancelled orders that were not in a list
 * @param orderLists the cancelled order lists
 */
public record CanceledOpenOrders(List<CanceledOrder> orders, List<OrderList<CanceledOrder>> orderLists) {
  /**
   * Copies the lists.
   *
   * @param orders the cancelled orders that were not in a list
   * @param orderLists the cancelled order lists
   */
  public CanceledOpenOrders {
    orders = List.copyOf(orders);
    orderLists = List.copyOf(orderLists);
  }
}
