package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The current candle of a {@code <symbol>@kline_<interval>} stream (Spot and USD-M), pushed every
 * second or two until it closes ({@link Bar#closed()}).
 *
 * <pre>{@code
 * Subscription<KlineEvent> candles = streams.klines("BNBBTC", Interval.ONE_MINUTE);
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param bar the candle ({@code k})
 */
public record KlineEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty("k") Bar bar) {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param bar {@code k}
   */
  public KlineEvent {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(bar, "k");
  }

  /**
   * The candle of a kline event.
   *
   * @param openTime the candle's start ({@code t})
   * @param closeTime the candle's end ({@code T})
   * @param interval the interval ({@code i}, e.g. {@code 1m})
   * @param firstTradeId the first trade id ({@code f})
   * @param lastTradeId the last trade id ({@code L})
   * @param open the open price ({@code o})
   * @param close the close (latest) price ({@code c})
   * @param high the high ({@code h})
   * @param low the low ({@code l})
   * @param volume the base asset volume ({@code v})
   * @param trades the number of trades ({@code n})
   * @param closed whether the candle is closed ({@code x})
   * @param quoteVolume the quote asset volume ({@code q})
   * @param takerBuyVolume the taker buy base volume ({@code V})
   * @param takerBuyQuoteVolume the taker buy quote volume ({@code Q})
   */
  public record Bar(
      @JsonProperty("t") Instant openTime,
      @JsonProperty("T") Instant closeTime,
      @JsonProperty("i") String interval,
      @JsonProperty("f") long firstTradeId,
      @JsonProperty("L") long lastTradeId,
      @JsonProperty("o") BigDecimal open,
      @JsonProperty("c") BigDecimal close,
      @JsonProperty("h") BigDecimal high,
      @JsonProperty("l") BigDecimal low,
      @JsonProperty("v") BigDecimal volume,
      @JsonProperty("n") long trades,
      @JsonProperty(value = "x", required = true) boolean closed,
      @JsonProperty("q") BigDecimal quoteVolume,
      @JsonProperty("V") BigDecimal takerBuyVolume,
      @JsonProperty("Q") BigDecimal takerBuyQuoteVolume) {
    /**
     * Checks the fields the docs always send.
     *
     * @param openTime {@code t}
     * @param closeTime {@code T}
     * @param interval {@code i}
     * @param firstTradeId {@code f}
     * @param lastTradeId {@code L}
     * @param open {@code o}
     * @param close {@code c}
     * @param high {@code h}
     * @param low {@code l}
     * @param volume {@code v}
     * @param trades {@code n}
     * @param closed {@code x}
     * @param quoteVolume {@code q}
     * @param takerBuyVolume {@code V}
     * @param takerBuyQuoteVolume {@code Q}
     */
    public Bar {
      Required.field(openTime, "t");
      Required.field(closeTime, "T");
      Required.field(interval, "i");
      Required.field(open, "o");
      Required.field(close, "c");
      Required.field(high, "h");
      Required.field(low, "l");
      Required.field(volume, "v");
      Required.field(quoteVolume, "q");
      Required.field(takerBuyVolume, "V");
      Required.field(takerBuyQuoteVolume, "Q");
    }
  }
}
