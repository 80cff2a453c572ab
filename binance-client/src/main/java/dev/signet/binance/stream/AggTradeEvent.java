package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.internal.AggTradeEventDeserializer;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One aggregate trade of a {@code <symbol>@aggTrade} stream (Spot and USD-M): the fills of one
 * taker order at one price,
 * {@code {"e":"aggTrade","E":1672515782136,"s":"BNBBTC","a":12345,"p":"0.001","q":"100","f":100,"l":105,"T":1672515782136,"m":true}}.
 *
 * <pre>{@code
 * Subscription<AggTradeEvent> agg = streams.aggTrades("BTCUSDT");
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param aggregateTradeId the aggregate trade id ({@code a}), rising by one
 * @param price the price ({@code p})
 * @param quantity the quantity ({@code q})
 * @param firstTradeId the first trade id aggregated ({@code f})
 * @param lastTradeId the last trade id aggregated ({@code l})
 * @param tradeTime when it traded ({@code T})
 * @param buyerMaker whether the buyer was the maker ({@code m})
 */
@JsonDeserialize(using = AggTradeEventDeserializer.class)
public record AggTradeEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty(value = "a", required = true) long aggregateTradeId,
    @JsonProperty("p") BigDecimal price,
    @JsonProperty("q") BigDecimal quantity,
    @JsonProperty(value = "f", required = true) long firstTradeId,
    @JsonProperty(value = "l", required = true) long lastTradeId,
    @JsonProperty("T") Instant tradeTime,
    @JsonProperty(value = "m", required = true) boolean buyerMaker) {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param aggregateTradeId {@code a}
   * @param price {@code p}
   * @param quantity {@code q}
   * @param firstTradeId {@code f}
   * @param lastTradeId {@code l}
   * @param tradeTime {@code T}
   * @param buyerMaker {@code m}
   */
  public AggTradeEvent {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(price, "p");
    Required.field(quantity, "q");
    Required.field(tradeTime, "T");
    if (lastTradeId < firstTradeId) {
      throw new IllegalArgumentException("l (" + lastTradeId + ") is below f (" + firstTradeId + ")");
    }
  }
}
