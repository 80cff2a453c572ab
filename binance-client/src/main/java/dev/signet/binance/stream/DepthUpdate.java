package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.internal.DepthUpdateDeserializer;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One event of a diff. depth stream ({@code <symbol>@depth} or {@code <symbol>@depth@100ms}, Spot
 * and USD-M): the levels that changed between update ids {@code U} and {@code u}, each carrying
 * the level's new absolute quantity (zero: the level is gone). Feed it to a {@link DepthBook}.
 *
 * <p>Spot sends
 * {@code {"e":"depthUpdate","E":1672515782136,"s":"BNBBTC","U":157,"u":160,"b":[["0.0024","10"]],"a":[["0.0026","100"]]}};
 * USD-M adds {@code "T"} (transaction time) and {@code "pu"} (the previous event's {@code u}).
 *
 * <pre>{@code
 * DepthBook.Outcome outcome = depthBook.onUpdate(update);
 * long first = update.firstUpdateId();
 * }</pre>
 *
 * @param eventType always {@code depthUpdate}
 * @param eventTime when the event was produced ({@code E})
 * @param transactionTime the matching engine's time ({@code T}, USD-M only), or null on Spot
 * @param symbol the symbol ({@code s})
 * @param firstUpdateId the first update id in the event ({@code U})
 * @param finalUpdateId the final update id in the event ({@code u})
 * @param previousFinalUpdateId the previous event's final update id ({@code pu}, USD-M only), or null on Spot
 * @param bids changed bids ({@code b}), each the level's new quantity (unmodifiable)
 * @param asks changed asks ({@code a}), each the level's new quantity (unmodifiable)
 */
@JsonDeserialize(using = DepthUpdateDeserializer.class)
public record DepthUpdate(
    @JsonProperty("e") String eventType,
    @JsonProperty(value = "E", required = true) Instant eventTime,
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("s") String symbol,
    @JsonProperty(value = "U", required = true) long firstUpdateId,
    @JsonProperty(value = "u", required = true) long finalUpdateId,
    @JsonProperty("pu") Long previousFinalUpdateId,
    @JsonProperty("b") List<PriceLevel> bids,
    @JsonProperty("a") List<PriceLevel> asks) {
  /**
   * Checks the required fields and that the ids are in order.
   *
   * @param eventType always {@code depthUpdate}
   * @param eventTime when the event was produced ({@code E})
   * @param transactionTime the matching engine's time ({@code T}, USD-M only), or null on Spot
   * @param symbol the symbol ({@code s})
   * @param firstUpdateId the first update id in the event ({@code U})
   * @param finalUpdateId the final update id in the event ({@code u})
   * @param previousFinalUpdateId the previous event's final update id ({@code pu}, USD-M only), or null on Spot
   * @param bids changed bids ({@code b})
   * @param asks changed asks ({@code a})
   */
  public DepthUpdate {
    Required.field(eventType, "e");
    if (!"depthUpdate".equals(eventType)) {
      throw new IllegalArgumentException("e is \"" + eventType + "\", expected \"depthUpdate\"");
    }
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    if (finalUpdateId < firstUpdateId) {
      throw new IllegalArgumentException("u (" + finalUpdateId + ") is below U (" + firstUpdateId + ")");
    }
    bids = Required.list(bids, "b");
    asks = Required.list(asks, "a");
  }
}
