package dev.signet.binance.futures.trade;

import dev.signet.binance.internal.FuturesOrderChecks;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A USD-M futures {@code PUT /fapi/v1/order} request: a working LIMIT order's new quantity and
 * price (or price match). The order loses its place in the queue; Binance cancels it when the new
 * quantity is not above what is filled. Parameters go out in the docs' order: the order's id, then
 * {@code symbol}, {@code side}, {@code quantity}, {@code price} or {@code priceMatch}.
 *
 * <pre>{@code
 * ModifyFuturesOrder m = ModifyFuturesOrder.of(OrderRef.byId("BTCUSDT", 20072994037L), OrderSide.BUY,
 *     new BigDecimal("1"), new BigDecimal("30005"));
 * FuturesOrder o = client.futures().trading().modifyOrder(m);
 * }</pre>
 *
 * @param ref which order
 * @param side its side (Binance requires it and refuses a change)
 * @param quantity the new quantity
 * @param price the new price, or null with {@code priceMatch}
 * @param priceMatch the new price match, or null with {@code price}
 */
public record ModifyFuturesOrder(OrderRef ref, OrderSide side, BigDecimal quantity, BigDecimal price,
    PriceMatch priceMatch) {
  /**
   * Checks the fields: a positive quantity, and exactly one of price and price match.
   *
   * @param ref which order
   * @param side its side
   * @param quantity the new quantity
   * @param price the new price, or null
   * @param priceMatch the new price match, or null
   */
  public ModifyFuturesOrder {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(side, "side");
    Checks.positive(quantity, "quantity");
    if ((price == null) == (priceMatch == null)) {
      throw new IllegalArgumentException("give exactly one of price and priceMatch.");
    }
    if (price != null) {
      Checks.positive(price, "price");
    } else {
      FuturesOrderChecks.priceMatch(priceMatch);
    }
  }

  /**
   * A new quantity and price.
   *
   * @param ref which order
   * @param side its side
   * @param quantity the new quantity
   * @param price the new price
   * @return the request
   */
  public static ModifyFuturesOrder of(OrderRef ref, OrderSide side, BigDecimal quantity, BigDecimal price) {
    return new ModifyFuturesOrder(ref, side, quantity, price, null);
  }

  /**
   * A new quantity, priced by the book.
   *
   * @param ref which order
   * @param side its side
   * @param quantity the new quantity
   * @param priceMatch the book price, e.g. {@link PriceMatch#QUEUE}
   * @return the request
   */
  public static ModifyFuturesOrder matching(OrderRef ref, OrderSide side, BigDecimal quantity, PriceMatch priceMatch) {
    return new ModifyFuturesOrder(ref, side, quantity, null, priceMatch);
  }

  /**
   * The parameters in the order they are sent.
   *
   * @return the parameters
   */
  public Params toParams() {
    return Params.empty().addIfPresent("orderId", ref.orderId()).addIfPresent("origClientOrderId", ref.clientOrderId())
        .add("symbol", ref.symbol()).add("side", side).add("quantity", quantity).addIfPresent("price", price)
        .addIfPresent("priceMatch", priceMatch);
  }
}
