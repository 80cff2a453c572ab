package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The mark price and funding rate of a USD-M {@code <symbol>@markPrice} (every 3 s) or
 * {@code <symbol>@markPrice@1s} stream:
 * {@code {"e":"markPriceUpdate","E":1562305380000,"s":"BTCUSDT","p":"11794.15000000","i":"11784.62659091","P":"11784.25641265","r":"0.00038167","T":1562306400000}}.
 *
 * <pre>{@code
 * Subscription<MarkPriceEvent> mark = futuresStreams.markPrice("BTCUSDT", true);
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param markPrice the mark price ({@code p})
 * @param indexPrice the index price ({@code i})
 * @param estimatedSettlePrice the estimated settle price ({@code P}), meaningful in the last hour before settlement
 * @param fundingRate the funding rate ({@code r})
 * @param nextFundingTime the next funding time ({@code T})
 */
public record MarkPriceEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty("p") BigDecimal markPrice,
    @JsonProperty("i") BigDecimal indexPrice,
    @JsonProperty("P") BigDecimal estimatedSettlePrice,
    @JsonProperty("r") BigDecimal fundingRate,
    @JsonProperty("T") Instant nextFundingTime) {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param markPrice {@code p}
   * @param indexPrice {@code i}
   * @param estimatedSettlePrice {@code P}
   * @param fundingRate {@code r}
   * @param nextFundingTime {@code T}
   */
  public MarkPriceEvent {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(markPrice, "p");
    Required.field(indexPrice, "i");
    Required.field(estimatedSettlePrice, "P");
    Required.field(fundingRate, "r");
    Required.field(nextFundingTime, "T");
  }
}
