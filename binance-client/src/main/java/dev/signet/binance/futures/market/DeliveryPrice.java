package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One settlement of a delivery contract: {@code GET /futures/data/delivery-price}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal p = client.futures().market().data().deliveryPrices("BTCUSDT").get(0).deliveryPrice();}
 *
 * @param deliveryTime when it settled
 * @param deliveryPrice the settlement price
 */
public record DeliveryPrice(
    Instant deliveryTime,
    BigDecimal deliveryPrice) {
  /**
   * Checks every required field is present.
   *
   * @param deliveryTime when it settled
   * @param deliveryPrice the settlement price
   */
  public DeliveryPrice {
    Required.field(deliveryTime, "deliveryTime");
    Required.field(deliveryPrice, "deliveryPrice");
  }
}
