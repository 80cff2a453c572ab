package dev.signet.binance.spot;

import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * The answer to an order placed with {@code newOrderRespType=FULL} ({@code POST /api/v3/order},
 * {@code POST /api/v3/sor/order}): the order's state and its fills. Unlike
 * {@link OrderResult#fills()}, {@link #fills()} is required: an answer without {@code fills} is
 * malformed, an order that did not trade has an empty list.
 *
 * <pre>{@code
 * OrderFull f = client.spot().trading().newOrderFull(NewOrder.market("BTCUSDT", OrderSide.BUY, qty).build());
 * BigDecimal firstPrice = f.fills().get(0).price();
 * }</pre>
 *
 * @param order the order's state, as a RESULT answer has it
 * @param fills the fills, in the order Binance lists them
 */
public record OrderFull(OrderResult order, List<Fill> fills) {
  /**
   * Checks both parts are present; copies the fills.
   *
   * @param order the order's state, as a RESULT answer has it
   * @param fills the fills, in the order Binance lists them
   */
  public OrderFull {
    Required.field(order, "order");
    fills = Required.list(fills, "fills");
  }
}
