package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A rolling-window ticker over 1 hour, 4 hours or 1 day ({@code <symbol>@ticker_<window>}, or one
 * element of {@code !ticker_<window>@arr}, Spot), pushed every second. Unlike the 24-hour
 * {@link TickerEvent} it carries no last quantity, first-trade-before price or best bid and ask; its
 * open time starts on a minute, so the window can be up to 59,999 ms wider than asked.
 *
 * <pre>{@code
 * Subscription<WindowTickerEvent> hour = streams.windowTicker("BNBBTC", WindowSize.hours(1));
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param priceChange the change over the window ({@code p})
 * @param priceChangePercent the change in percent ({@code P})
 * @param openPrice the price at the window's start ({@code o})
 * @param highPrice the window's high ({@code h})
 * @param lowPrice the window's low ({@code l})
 * @param lastPrice the last price ({@code c})
 * @param weightedAveragePrice the volume-weighted average ({@code w})
 * @param baseVolume the base asset traded ({@code v})
 * @param quoteVolume the quote asset traded ({@code q})
 * @param openTime the window's start ({@code O})
 * @param closeTime the window's end, the time of the update ({@code C})
 * @param firstTradeId the first trade id in the window ({@code F})
 * @param lastTradeId the last trade id ({@code L})
 * @param tradeCount the number of trades ({@code n})
 */
public record WindowTickerEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty("p") BigDecimal priceChange,
    @JsonProperty("P") BigDecimal priceChangePercent,
    @JsonProperty("o") BigDecimal openPrice,
    @JsonProperty("h") BigDecimal highPrice,
    @JsonProperty("l") BigDecimal lowPrice,
    @JsonProperty("c") BigDecimal lastPrice,
    @JsonProperty("w") BigDecimal weightedAveragePrice,
    @JsonProperty("v") BigDecimal baseVolume,
    @JsonProperty("q") BigDecimal quoteVolume,
    @JsonProperty("O") Instant openTime,
    @JsonProperty("C") Instant closeTime,
    @JsonProperty(value = "F", required = true) long firstTradeId,
    @JsonProperty(value = "L", required = true) long lastTradeId,
    @JsonProperty(value = "n", required = true) long tradeCount) {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param priceChange {@code p}
   * @param priceChangePercent {@code P}
   * @param openPrice {@code o}
   * @param highPrice {@code h}
   * @param lowPrice {@code l}
   * @param lastPrice {@code c}
   * @param weightedAveragePrice {@code w}
   * @param baseVolume {@code v}
   * @param quoteVolume {@code q}
   * @param openTime {@code O}
   * @param closeTime {@code C}
   * @param firstTradeId {@code F}
   * @param lastTradeId {@code L}
   * @param tradeCount {@code n}
   */
  public WindowTickerEvent {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(priceChange, "p");
    Required.field(priceChangePercent, "P");
    Required.field(openPrice, "o");
    Required.field(highPrice, "h");
    Required.field(lowPrice, "l");
    Required.field(lastPrice, "c");
    Required.field(weightedAveragePrice, "w");
    Required.field(baseVolume, "v");
    Required.field(quoteVolume, "q");
    Required.field(openTime, "O");
    Required.field(closeTime, "C");
  }
}
