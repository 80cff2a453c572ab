package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One aggregate trade of {@code GET /api/v3/aggTrades}: the fills of one taker order at one price, with
 * Binance's one-letter wire names mapped to words.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code AggTrade a = client.spot().market().aggTrades(AggTradesQuery.builder("BTCUSDT").limit(1).build()).get(0);}
 *
 * @param aggregateTradeId the aggregate trade id ({@code a})
 * @param price the price ({@code p})
 * @param qty the summed quantity ({@code q})
 * @param firstTradeId the first trade id ({@code f})
 * @param lastTradeId the last trade id ({@code l})
 * @param time when it traded ({@code T}, epoch millis)
 * @param buyerMaker whether the buyer was the maker ({@code m})
 * @param bestMatch whether it traded at the best price ({@code M})
 */
public record AggTrade(
    @JsonProperty(value = "a", required = true) long aggregateTradeId,
    @JsonProperty("p") BigDecimal price,
    @JsonProperty("q") BigDecimal qty,
    @JsonProperty(value = "f", required = true) long firstTradeId,
    @JsonProperty(value = "l", required = true) long lastTradeId,
    @JsonProperty("T") Instant time,
    @JsonProperty(value = "m", required = true) boolean buyerMaker,
    @JsonProperty(value = "M", required = true) boolean bestMatch) {
  /**
   * Checks every required field is present.
   *
   * @param aggregateTradeId the aggregate trade id ({@code a})
   * @param price the price ({@code p})
   * @param qty the summed quantity ({@code q})
   * @param firstTradeId the first trade id ({@code f})
   * @param lastTradeId the last trade id ({@code l})
   * @param time when it traded ({@code T}, epoch millis)
   * @param buyerMaker whether the buyer was the maker ({@code m})
   * @param bestMatch whether it traded at the best price ({@code M})
   */
  public AggTrade {
    Required.field(price, "p");
    Required.field(qty, "q");
    Required.field(time, "T");
  }
}
