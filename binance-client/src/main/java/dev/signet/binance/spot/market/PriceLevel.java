package dev.signet.binance.spot.market;

import dev.signet.binance.internal.PriceLevelDeserializer;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One level of an order book: price and quantity, sent by Binance as the array
 * {@code ["4.00000000", "431.00000000"]}.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code PriceLevel best = client.spot().market().depth("BNBBTC").bids().get(0);}
 *
 * @param price the price of the level
 * @param qty the quantity at that price, in the base asset
 */
@JsonDeserialize(using = PriceLevelDeserializer.class)
public record PriceLevel(BigDecimal price, BigDecimal qty) {
  /**
   * Checks every required field is present.
   *
   * @param price the price of the level
   * @param qty the quantity at that price, in the base asset
   */
  public PriceLevel {
    Required.field(price, "price");
    Required.field(qty, "qty");
  }
}
