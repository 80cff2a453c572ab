package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One recent trade of {@code GET /fapi/v1/trades} or {@code /fapi/v1/historicalTrades} (market trades
 * only: no insurance-fund or ADL trades).
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code FuturesTrade t = client.futures().market().trades("BTCUSDT", 1).get(0);}
 *
 * @param id the trade id
 * @param price the price
 * @param qty the quantity, in the base asset
 * @param quoteQty the quantity, in the quote asset
 * @param time when it traded
 * @param buyerMaker whether the buyer was the maker ({@code isBuyerMaker})
 * @param rpiTrade whether it filled a Retail Price Improvement order ({@code isRPITrade}; false when absent)
 */
public record FuturesTrade(
    @JsonProperty(required = true) long id,
    BigDecimal price,
    BigDecimal qty,
    BigDecimal quoteQty,
    Instant time,
    @JsonProperty(value = "isBuyerMaker", required = true) boolean buyerMaker,
    @JsonProperty("isRPITrade") boolean rpiTrade) {
  /**
   * Checks every required field is present.
   *
   * @param id the trade id
   * @param price the price
   * @param qty the quantity, in the base asset
   * @param quoteQty the quantity, in the quote asset
   * @param time when it traded
   * @param buyerMaker whether the buyer was the maker ({@code isBuyerMaker})
   * @param rpiTrade whether it filled a Retail Price Improvement order ({@code isRPITrade}; false when absent)
   */
  public FuturesTrade {
    Required.field(price, "price");
    Required.field(qty, "qty");
    Required.field(quoteQty, "quoteQty");
    Required.field(time, "time");
  }
}
