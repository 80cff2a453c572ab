package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change of the average price ({@code <symbol>@avgPrice}, Spot), pushed every second:
 * {@code {"e":"avgPrice","E":1693907033000,"s":"BTCUSDT","i":"5m","w":"25776.86000000","T":1693907032213}}.
 *
 * <pre>{@code
 * Subscription<AvgPriceEvent> average = streams.avgPrice("BTCUSDT");
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param interval the averaging interval as Binance spells it ({@code i}, e.g. {@code 5m})
 * @param averagePrice the average price ({@code w})
 * @param lastTradeTime the last trade's time ({@code T})
 */
public record AvgPriceEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty("i") String interval,
    @JsonProperty("w") BigDecimal averagePrice,
    @JsonProperty("T") Instant lastTradeTime) {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param interval {@code i}
   * @param averagePrice {@code w}
   * @param lastTradeTime {@code T}
   */
  public AvgPriceEvent {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(interval, "i");
    Required.field(averagePrice, "w");
    Required.field(lastTradeTime, "T");
  }
}
