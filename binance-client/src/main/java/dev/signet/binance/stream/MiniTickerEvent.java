package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A 24-hour rolling-window mini ticker ({@code <symbol>@miniTicker}, or one element of
 * {@code !miniTicker@arr}), Spot or USD-M, pushed every second:
 * {@code {"e":"24hrMiniTicker","E":1672515782136,"s":"BNBBTC","c":"0.0025","o":"0.0010","h":"0.0025","l":"0.0010","v":"10000","q":"18"}}.
 *
 * <pre>{@code
 * Subscription<MiniTickerEvent> mini = streams.miniTicker("BNBBTC");
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param closePrice the last price ({@code c})
 * @param openPrice the price 24 hours ago ({@code o})
 * @param highPrice the window's high ({@code h})
 * @param lowPrice the window's low ({@code l})
 * @param baseVolume the base asset traded ({@code v})
 * @param quoteVolume the quote asset traded ({@code q})
 */
public record MiniTickerEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty("c") BigDecimal closePrice,
    @JsonProperty("o") BigDecimal openPrice,
    @JsonProperty("h") BigDecimal highPrice,
    @JsonProperty("l") BigDecimal lowPrice,
    @JsonProperty("v") BigDecimal baseVolume,
    @JsonProperty("q") BigDecimal quoteVolume) {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param closePrice {@code c}
   * @param openPrice {@code o}
   * @param highPrice {@code h}
   * @param lowPrice {@code l}
   * @param baseVolume {@code v}
   * @param quoteVolume {@code q}
   */
  public MiniTickerEvent {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(closePrice, "c");
    Required.field(openPrice, "o");
    Required.field(highPrice, "h");
    Required.field(lowPrice, "l");
    Required.field(baseVolume, "v");
    Required.field(quoteVolume, "q");
  }
}
