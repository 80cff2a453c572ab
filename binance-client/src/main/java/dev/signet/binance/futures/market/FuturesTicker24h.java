package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * 24-hour rolling statistics of a symbol: {@code GET /fapi/v1/ticker/24hr}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal last = client.futures().market().tickers().ticker24h("BTCUSDT").lastPrice();}
 *
 * @param symbol the symbol
 * @param priceChange the price change
 * @param priceChangePercent the price change, in percent
 * @param weightedAvgPrice the volume-weighted average price
 * @param lastPrice the last price
 * @param lastQty the last quantity
 * @param openPrice the open price
 * @param highPrice the high price
 * @param lowPrice the low price
 * @param volume the volume, in the base asset
 * @param quoteVolume the volume, in the quote asset
 * @param openTime the window's start
 * @param closeTime the window's end
 * @param firstId the first trade id
 * @param lastId the last trade id
 * @param count the number of trades
 */
public record FuturesTicker24h(
    String symbol,
    BigDecimal priceChange,
    BigDecimal priceChangePercent,
    BigDecimal weightedAvgPrice,
    BigDecimal lastPrice,
    BigDecimal lastQty,
    BigDecimal openPrice,
    BigDecimal highPrice,
    BigDecimal lowPrice,
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
   * @param priceChange the price change
   * @param priceChangePercent the price change, in percent
   * @param weightedAvgPrice the volume-weighted average price
   * @param lastPrice the last price
   * @param lastQty the last quantity
   * @param openPrice the open price
   * @param highPrice the high price
   * @param lowPrice the low price
   * @param volume the volume, in the base asset
   * @param quoteVolume the volume, in the quote asset
   * @param openTime the window's start
   * @param closeTime the window's end
   * @param firstId the first trade id
   * @param lastId the last trade id
   * @param count the number of trades
   */
  public FuturesTicker24h {
    Required.field(symbol, "symbol");
    Required.field(priceChange, "priceChange");
    Required.field(priceChangePercent, "priceChangePercent");
    Required.field(weightedAvgPrice, "weightedAvgPrice");
    Required.field(lastPrice, "lastPrice");
    Required.field(lastQty, "lastQty");
    Required.field(openPrice, "openPrice");
    Required.field(highPrice, "highPrice");
    Required.field(lowPrice, "lowPrice");
    Required.field(volume, "volume");
    Required.field(quoteVolume, "quoteVolume");
    Required.field(openTime, "openTime");
    Required.field(closeTime, "closeTime");
  }
}
