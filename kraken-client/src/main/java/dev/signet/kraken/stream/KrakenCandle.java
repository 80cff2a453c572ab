package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One candle of Kraken's WebSocket v2 {@code ohlc} channel, the running one of its interval:
 * {@code {"symbol":"ALGO/USD","open":0.09875,...,"trades":1,"volume":201.86015,"vwap":0.09875,
 * "interval_begin":"2023-10-04T15:25:00.000000000Z","interval":5,"timestamp":"2023-10-04T15:30:00.000000Z"}}.
 *
 * <pre>{@code
 * Subscription<KrakenCandle> candles = streams.ohlc("BTC/USD", 5);
 * }</pre>
 *
 * @param symbol the pair ({@code symbol})
 * @param open the first trade price of the interval ({@code open})
 * @param high the highest trade price ({@code high})
 * @param low the lowest trade price ({@code low})
 * @param close the last trade price ({@code close})
 * @param vwap the volume weighted average price ({@code vwap})
 * @param trades the number of trades ({@code trades})
 * @param volume the traded volume in the base currency ({@code volume})
 * @param intervalBegin when the interval starts ({@code interval_begin})
 * @param interval the interval in minutes ({@code interval})
 * @param timestamp the deprecated {@code timestamp} (the docs' example: the interval's end), or null
 */
public record KrakenCandle(
    @JsonProperty("symbol") String symbol,
    @JsonProperty("open") BigDecimal open,
    @JsonProperty("high") BigDecimal high,
    @JsonProperty("low") BigDecimal low,
    @JsonProperty("close") BigDecimal close,
    @JsonProperty("vwap") BigDecimal vwap,
    @JsonProperty(value = "trades", required = true) long trades,
    @JsonProperty("volume") BigDecimal volume,
    @JsonProperty("interval_begin") Instant intervalBegin,
    @JsonProperty(value = "interval", required = true) int interval,
    @JsonProperty("timestamp") Instant timestamp) {
  /**
   * Checks the fields the docs always send.
   *
   * @param symbol {@code symbol}
   * @param open {@code open}
   * @param high {@code high}
   * @param low {@code low}
   * @param close {@code close}
   * @param vwap {@code vwap}
   * @param trades {@code trades}
   * @param volume {@code volume}
   * @param intervalBegin {@code interval_begin}
   * @param interval {@code interval}
   * @param timestamp {@code timestamp}, or null
   */
  public KrakenCandle {
    Required.field(symbol, "symbol");
    Required.field(open, "open");
    Required.field(high, "high");
    Required.field(low, "low");
    Required.field(close, "close");
    Required.field(volume, "volume");
    Required.field(intervalBegin, "interval_begin");
  }
}
