package dev.signet.binance.spot.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The latest price of a symbol: {@code GET /api/v3/ticker/price}.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal last = client.spot().market().priceTicker("LTCBTC").price();}
 *
 * @param symbol the symbol
 * @param price the latest price
 */
public record PriceTicker(String symbol, BigDecimal price) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param price the latest price
   */
  public PriceTicker {
    Required.field(symbol, "symbol");
    Required.field(price, "price");
  }
}
