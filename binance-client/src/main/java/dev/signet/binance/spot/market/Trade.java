package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One trade, as {@code GET /api/v3/trades} and {@code GET /api/v3/historicalTrades} list it.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code for (Trade t : client.spot().market().trades("BTCUSDT", 100)) { System.out.println(t.price() + " x " + t.qty()); }}
 *
 * @param id the trade id
 * @param price the price
 * @param qty the quantity, in the base asset
 * @param quoteQty price times quantity, in the quote asset
 * @param time when it traded (epoch millis on the wire)
 * @param buyerMaker whether the buyer was the maker ({@code isBuyerMaker} on the wire)
 * @param bestMatch whether it traded at the best price ({@code isBestMatch} on the wire)
 */
public record Trade(
    @JsonProperty(required = true) long id,
    BigDecimal price,
    BigDecimal qty,
    BigDecimal quoteQty,
    Instant time,
    @JsonProperty(value = "isBuyerMaker", required = true) boolean buyerMaker,
    @JsonProperty(value = "isBestMatch", required = true) boolean bestMatch) {
  /**
   * Checks every required field is present.
   *
   * @param id the trade id
   * @param price the price
   * @param qty the quantity, in the base asset
   * @param quoteQty price times quantity, in the quote asset
   * @param time when it traded (epoch millis on the wire)
   * @param buyerMaker whether the buyer was the maker ({@code isBuyerMaker} on the wire)
   * @param bestMatch whether it traded at the best price ({@code isBestMatch} on the wire)
   */
  public Trade {
    Required.field(price, "price");
    Required.field(qty, "qty");
    Required.field(quoteQty, "quoteQty");
    Required.field(time, "time");
  }
}
