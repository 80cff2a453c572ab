package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One block trade, as {@code GET /api/v3/historicalBlockTrades} lists it.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code List<BlockTrade> blocks = client.spot().market().historicalBlockTrades("BAZUSD", 500L, 100);}
 *
 * @param id the block trade id
 * @param price the price
 * @param qty the quantity, in the base asset
 * @param quoteQty price times quantity, in the quote asset
 * @param time when it traded (epoch millis on the wire)
 * @param buyerMaker whether the buyer was the maker ({@code isBuyerMaker} on the wire)
 */
public record BlockTrade(
    @JsonProperty(required = true) long id,
    BigDecimal price,
    BigDecimal qty,
    BigDecimal quoteQty,
    Instant time,
    @JsonProperty(value = "isBuyerMaker", required = true) boolean buyerMaker) {
  /**
   * Checks every required field is present.
   *
   * @param id the block trade id
   * @param price the price
   * @param qty the quantity, in the base asset
   * @param quoteQty price times quantity, in the quote asset
   * @param time when it traded (epoch millis on the wire)
   * @param buyerMaker whether the buyer was the maker ({@code isBuyerMaker} on the wire)
   */
  public BlockTrade {
    Required.field(price, "price");
    Required.field(qty, "qty");
    Required.field(quoteQty, "quoteQty");
    Required.field(time, "time");
  }
}
