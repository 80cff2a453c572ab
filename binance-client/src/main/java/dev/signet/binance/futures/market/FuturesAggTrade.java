package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One aggregate trade of {@code GET /fapi/v1/aggTrades}: fills at the same price and taker side within
 * 100 ms, mapped from Binance's one-letter names.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code FuturesAggTrade a = client.futures().market().aggTrades(FuturesAggTradesQuery.builder("BTCUSDT").limit(1).build()).get(0);}
 *
 * @param id the aggregate trade id ({@code a})
 * @param price the price ({@code p})
 * @param qty the quantity, RPI fills included ({@code q})
 * @param normalQty the quantity without RPI fills ({@code nq}), or null when not sent
 * @param firstTradeId the first trade id ({@code f})
 * @param lastTradeId the last trade id ({@code l})
 * @param time when it traded ({@code T})
 * @param buyerMaker whether the buyer was the maker ({@code m})
 */
public record FuturesAggTrade(
    @JsonProperty(value = "a", required = true) long id,
    @JsonProperty("p") BigDecimal price,
    @JsonProperty("q") BigDecimal qty,
    @JsonProperty("nq") BigDecimal normalQty,
    @JsonProperty(value = "f", required = true) long firstTradeId,
    @JsonProperty(value = "l", required = true) long lastTradeId,
    @JsonProperty("T") Instant time,
    @JsonProperty(value = "m", required = true) boolean buyerMaker) {
  /**
   * Checks every required field is present.
   *
   * @param id the aggregate trade id ({@code a})
   * @param price the price ({@code p})
   * @param qty the quantity, RPI fills included ({@code q})
   * @param normalQty the quantity without RPI fills ({@code nq}), or null when not sent
   * @param firstTradeId the first trade id ({@code f})
   * @param lastTradeId the last trade id ({@code l})
   * @param time when it traded ({@code T})
   * @param buyerMaker whether the buyer was the maker ({@code m})
   */
  public FuturesAggTrade {
    Required.field(price, "p");
    Required.field(qty, "q");
    Required.field(time, "T");
  }
}
