package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * The top levels of a Spot {@code <symbol>@depth<levels>} stream (5, 10 or 20 levels, every
 * second or 100 ms), each a complete picture rather than a diff:
 * {@code {"lastUpdateId":160,"bids":[["0.0024","10"]],"asks":[["0.0026","100"]]}}.
 *
 * <pre>{@code
 * Subscription<PartialDepth> top = streams.partialDepth("BNBBTC", 5);
 * }</pre>
 *
 * @param lastUpdateId the book's update id ({@code lastUpdateId})
 * @param bids the best bids, best first
 * @param asks the best asks, best first
 */
public record PartialDepth(
    @JsonProperty(value = "lastUpdateId", required = true) long lastUpdateId,
    @JsonProperty("bids") List<PriceLevel> bids,
    @JsonProperty("asks") List<PriceLevel> asks) {
  /**
   * Checks the fields the docs always send.
   *
   * @param lastUpdateId {@code lastUpdateId}
   * @param bids {@code bids}
   * @param asks {@code asks}
   */
  public PartialDepth {
    bids = Required.list(bids, "bids");
    asks = Required.list(asks, "asks");
  }
}
