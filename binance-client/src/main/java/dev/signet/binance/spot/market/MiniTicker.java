package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Price-change statistics without the change fields ({@code type=MINI}) of
 * {@code GET /api/v3/ticker/24hr}.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code MiniTicker m = client.spot().market().miniTicker24h("BNBBTC");}
 *
 * @param symbol the symbol
 * @param openPrice first price of the window
 * @param highPrice highest price of the window
 * @param lowPrice lowest price of the window
 * @param lastPrice last price of the window
 * @param volume traded volume, in the base asset
 * @param quoteVolume traded volume, in the quote asset
 * @param openTime start of the window (epoch millis on the wire)
 * @param closeTime end of the window (epoch millis on the wire)
 * @param firstId id of the first trade in the window (-1 when there was none)
 * @param lastId id of the last trade in the window (-1 when there was none)
 * @param count number of trades in the window
 */
public record MiniTicker(
    String symbol,
    BigDecimal openPrice,
    BigDecimal highPrice,
    BigDecimal lowPrice,
    BigDecimal lastPrice,
    BigDecimal volume,
    BigDecimal quoteVolume,
    Instant openTime,
    Instant closeTime,
    @JsonProperty(required = true) long firstId,
    @JsonProperty(required = true) long lastId,
    @JsonProperty(required = true) long count) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param openPrice first price of the window
   * @param highPrice highest price of the window
   * @param lowPrice lowest price of the window
   * @param lastPrice last price of the window
   * @param volume traded volume, in the base asset
   * @param quoteVolume traded volume, in the quote asset
   * @param openTime start of the window (epoch millis on the wire)
   * @param closeTime end of the window (epoch millis on the wire)
   * @param firstId id of the first trade in the window (-1 when there was none)
   * @param lastId id of the last trade in the window (-1 when there was none)
   * @param count number of trades in the window
   */
  public MiniTicker {
    Required.field(symbol, "symbol");
    Required.field(openPrice, "openPrice");
    Required.field(highPrice, "highPrice");
    Required.field(lowPrice, "lowPrice");
    Required.field(lastPrice, "lastPrice");
    Required.field(volume, "volume");
    Required.field(quoteVolume, "quoteVolume");
    Required.field(openTime, "openTime");
    Required.field(closeTime, "closeTime");
  }
}
