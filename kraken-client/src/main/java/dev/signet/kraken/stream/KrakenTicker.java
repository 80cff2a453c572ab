package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One element of Kraken's WebSocket v2 {@code ticker} channel: level 1 data, the best bid and ask
 * and the last 24 hours, sent on every trade (or, subscribed so, on every change of the best prices):
 * {@code {"symbol":"ALGO/USD","bid":0.10025,"bid_qty":740.0,"ask":0.10036,...,"change_pct":-0.17}}.
 *
 * <pre>{@code
 * Subscription<KrakenTicker> ticker = streams.ticker("BTC/USD");
 * }</pre>
 *
 * @param symbol the pair ({@code symbol}), e.g. {@code BTC/USD}
 * @param bid the best bid price ({@code bid})
 * @param bidQty the quantity at the best bid ({@code bid_qty})
 * @param ask the best ask price ({@code ask})
 * @param askQty the quantity at the best ask ({@code ask_qty})
 * @param last the last traded price ({@code last})
 * @param volume the 24-hour volume in the base currency ({@code volume})
 * @param vwap the 24-hour volume weighted average price ({@code vwap})
 * @param low the 24-hour lowest trade price ({@code low})
 * @param high the 24-hour highest trade price ({@code high})
 * @param change the 24-hour price change in the quote currency ({@code change})
 * @param changePct the 24-hour price change in percentage points ({@code change_pct})
 * @param timestamp when the ticker was produced ({@code timestamp}), or null where it is not sent
 */
public record KrakenTicker(
    @JsonProperty("symbol") String symbol,
    @JsonProperty("bid") BigDecimal bid,
    @JsonProperty("bid_qty") BigDecimal bidQty,
    @JsonProperty("ask") BigDecimal ask,
    @JsonProperty("ask_qty") BigDecimal askQty,
    @JsonProperty("last") BigDecimal last,
    @JsonProperty("volume") BigDecimal volume,
    @JsonProperty("vwap") BigDecimal vwap,
    @JsonProperty("low") BigDecimal low,
    @JsonProperty("high") BigDecimal high,
    @JsonProperty("change") BigDecimal change,
    @JsonProperty("change_pct") BigDecimal changePct,
    @JsonProperty("timestamp") Instant timestamp) {
  /**
   * Checks the fields the docs always send.
   *
   * @param symbol {@code symbol}
   * @param bid {@code bid}
   * @param bidQty {@code bid_qty}
   * @param ask {@code ask}
   * @param askQty {@code ask_qty}
   * @param last {@code last}
   * @param volume {@code volume}
   * @param vwap {@code vwap}
   * @param low {@code low}
   * @param high {@code high}
   * @param change {@code change}
   * @param changePct {@code change_pct}
   * @param timestamp {@code timestamp}, or null
   */
  public KrakenTicker {
    Required.field(symbol, "symbol");
    Required.field(bid, "bid");
    Required.field(bidQty, "bid_qty");
    Required.field(ask, "ask");
    Required.field(askQty, "ask_qty");
    Required.field(last, "last");
    Required.field(volume, "volume");
  }
}
