package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.internal.TradeEventDeserializer;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One trade of a {@code <symbol>@trade} stream (Spot):
 * {@code {"e":"trade","E":1672515782136,"s":"BNBBTC","t":12345,"p":"0.001","q":"100","T":1672515782136,"m":true,"M":true}}.
 *
 * <pre>{@code
 * Subscription<TradeEvent> trades = streams.trades("BNBBTC");
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param tradeId the trade id ({@code t}), rising by one per trade
 * @param price the price ({@code p})
 * @param quantity the quantity ({@code q})
 * @param buyerOrderId the buyer's order id ({@code b}), or null where Binance no longer sends it
 * @param sellerOrderId the seller's order id ({@code a}), or null likewise
 * @param tradeTime when the trade happened ({@code T})
 * @param buyerMaker whether the buyer was the maker ({@code m}): true is a sell by a taker
 */
@JsonDeserialize(using = TradeEventDeserializer.class)
public record TradeEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty(value = "t", required = true) long tradeId,
    @JsonProperty("p") BigDecimal price,
    @JsonProperty("q") BigDecimal quantity,
    @JsonProperty("b") Long buyerOrderId,
    @JsonProperty("a") Long sellerOrderId,
    @JsonProperty("T") Instant tradeTime,
    @JsonProperty(value = "m", required = true) boolean buyerMaker) {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param tradeId {@code t}
   * @param price {@code p}
   * @param quantity {@code q}
   * @param buyerOrderId {@code b}, or null
   * @param sellerOrderId {@code a}, or null
   * @param tradeTime {@code T}
   * @param buyerMaker {@code m}
   */
  public TradeEvent {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(price, "p");
    Required.field(quantity, "q");
    Required.field(tradeTime, "T");
  }
}
