package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A 24-hour rolling-window ticker ({@code <symbol>@ticker}, or one element of {@code !ticker@arr}),
 * pushed every second. Spot sends every field; USD-M sends no first-trade-before price and no best
 * bid or ask ({@code x}, {@code b}, {@code B}, {@code a}, {@code A} are then null).
 *
 * <pre>{@code
 * Subscription<TickerEvent> ticker = streams.ticker("BNBBTC");
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param priceChange the change over the window ({@code p})
 * @param priceChangePercent the change in percent ({@code P})
 * @param weightedAveragePrice the volume-weighted average ({@code w})
 * @param firstTradeBeforePrice the price of the last trade before the window ({@code x}, Spot), or null
 * @param lastPrice the last price ({@code c})
 * @param lastQuantity the last trade's quantity ({@code Q})
 * @param bidPrice the best bid ({@code b}, Spot), or null
 * @param bidQuantity its quantity ({@code B}, Spot), or null
 * @param askPrice the best ask ({@code a}, Spot), or null
 * @param askQuantity its quantity ({@code A}, Spot), or null
 * @param openPrice the price 24 hours ago ({@code o})
 * @param highPrice the window's high ({@code h})
 * @param lowPrice the window's low ({@code l})
 * @param baseVolume the base asset traded ({@code v})
 * @param quoteVolume the quote asset traded ({@code q})
 * @param openTime the window's start ({@code O})
 * @param closeTime the window's end ({@code C})
 * @param firstTradeId the first trade id in the window ({@code F})
 * @param lastTradeId the last trade id ({@code L})
 * @param tradeCount the number of trades ({@code n})
 */
public record TickerEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty("p") BigDecimal priceChange,
    @JsonProperty("P") BigDecimal priceChangePercent,
    @JsonProperty("w") BigDecimal weightedAveragePrice,
    @JsonProperty("x") BigDecimal firstTradeBeforePrice,
    @JsonProperty("c") BigDecimal lastPrice,
    @JsonProperty("Q") BigDecimal lastQuantity,
    @JsonProperty("b") BigDecimal bidPrice,
    @JsonProperty("B") BigDecimal bidQuantity,
    @JsonProperty("a") BigDecimal askPrice,
    @JsonProperty("A") BigDecimal askQuantity,
    @JsonProperty("o") BigDecimal openPrice,
    @JsonProperty("h") BigDecimal highPrice,
    @JsonProperty("l") BigDecimal lowPrice,
    @JsonProperty("v") BigDecimal baseVolume,
    @JsonProperty("q") BigDecimal quoteVolume,
    @JsonProperty("O") Instant openTime,
    @JsonProperty("C") Instant closeTime,
    @JsonProperty(value = "F", required = true) long firstTradeId,
    @JsonProperty(value = "L", required = true) long lastTradeId,
    @JsonProperty(value = "n", required = true) long tradeCount) {
  /**
   * Checks the fields both products always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param priceChange {@code p}
   * @param priceChangePercent {@code P}
   * @param weightedAveragePrice {@code w}
   * @param firstTradeBeforePrice {@code x}, or null
   * @param lastPrice {@code c}
   * @param lastQuantity {@code Q}
   * @param bidPrice {@code b}, or null
   * @param bidQuantity {@code B}, or null
   * @param askPrice {@code a}, or null
   * @param askQuantity {@code A}, or null
   * @param openPrice {@code o}
   * @param highPrice {@code h}
   * @param lowPrice {@code l}
   * @param baseVolume {@code v}
   * @param quoteVolume {@code q}
   * @param openTime {@code O}
   * @param closeTime {@code C}
   * @param firstTradeId {@code F}
   * @param lastTradeId {@code L}
   * @param tradeCount {@code n}
   */
  public TickerEvent {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(priceChange, "p");
    Required.field(priceChangePercent, "P");
    Required.field(weightedAveragePrice, "w");
    Required.field(lastPrice, "c");
    Required.field(lastQuantity, "Q");
    Required.field(openPrice, "o");
    Required.field(highPrice, "h");
    Required.field(lowPrice, "l");
    Required.field(baseVolume, "v");
    Required.field(quoteVolume, "q");
    Required.field(openTime, "O");
    Required.field(closeTime, "C");
  }
}
