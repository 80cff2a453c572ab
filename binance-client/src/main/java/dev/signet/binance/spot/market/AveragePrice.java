package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The current average price of a symbol: {@code GET /api/v3/avgPrice}.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal avg = client.spot().market().avgPrice("BTCUSDT").price();}
 *
 * @param mins the averaging interval, in minutes
 * @param price the average price
 * @param closeTime the time of the last trade (epoch millis on the wire)
 */
public record AveragePrice(@JsonProperty(required = true) int mins, BigDecimal price, Instant closeTime) {
  /**
   * Checks every required field is present.
   *
   * @param mins the averaging interval, in minutes
   * @param price the average price
   * @param closeTime the time of the last trade (epoch millis on the wire)
   */
  public AveragePrice {
    Required.field(price, "price");
    Required.field(closeTime, "closeTime");
  }
}
