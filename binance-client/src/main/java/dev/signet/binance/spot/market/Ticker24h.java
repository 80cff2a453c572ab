package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * 24-hour rolling statistics of one symbol, {@code GET /api/v3/ticker/24hr} with the default
 * {@code type=FULL}. See {@link MiniTicker} for {@code type=MINI}.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <pre>{@code
 * Ticker24h t = client.spot().market().ticker24h("BNBBTC");
 * BigDecimal spread = t.askPrice().subtract(t.bidPrice());
 * }</pre>
 *
 * @param symbol the symbol
 * @param priceChange absolute price change over the window
 * @param priceChangePercent relative price change, in percent
 * @param weightedAvgPrice volume-weighted average price (quoteVolume / volume)
 * @param prevClosePrice the last price before the window
 * @param lastPrice the last price
 * @param lastQty the quantity of the last trade
 * @param bidPrice the best bid price
 * @param bidQty the best bid quantity
 * @param askPrice the best ask price
 * @param askQty the best ask quantity
 * @param openPrice first price of the window
 * @param highPrice highest price of the window
 * @param lowPrice lowest price of the window
 * @param volume traded volume, in the base asset
 * @param quoteVolume traded volume, in the quote asset
 * @param openTime start of the window (epoch millis on the wire)
 * @param closeTime end of the window (epoch millis on the wire)
 * @param firstId id of the first trade in the window (-1 when there was none)
 * @param lastId id of the last trade in the window (-1 when there was none)
 * @param count number of trades in the window
 */
public record Ticker24h(
    String symbol,
    BigDecimal priceChange,
    BigDecimal priceChangePercent,
    BigDecimal weightedAvgPrice,
    BigDecimal prevClosePrice,
    BigDecimal lastPrice,
    BigDecimal lastQty,
    BigDecimal bidPrice,
    BigDecimal bidQty,
    BigDecimal askPrice,
    BigDecimal askQty,
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
   * @param priceChange absolute price change over the window
   * @param priceChangePercent relative price change, in percent
   * @param weightedAvgPrice volume-weighted average price (quoteVolume / volume)
   * @param prevClosePrice the last price before the window
   * @param lastPrice the last price
   * @param lastQty the quantity of the last trade
   * @param bidPrice the best bid price
   * @param bidQty the best bid quantity
   * @param askPrice the best ask price
   * @param askQty the best ask quantity
   * @param openPrice first price of the window
   * @param highPrice highest price of the window
   * @param lowPrice lowest price of the window
   * @param volume traded volume, in the base asset
   * @param quoteVolume traded volume, in the quote asset
   * @param openTime start of the window (epoch millis on the wire)
   * @param closeTime end of the window (epoch millis on the wire)
   * @param firstId id of the first trade in the window (-1 when there was none)
   * @param lastId id of the last trade in the window (-1 when there was none)
   * @param count number of trades in the window
   */
  public Ticker24h {
    Required.field(symbol, "symbol");
    Required.field(priceChange, "priceChange");
    Required.field(priceChangePercent, "priceChangePercent");
    Required.field(weightedAvgPrice, "weightedAvgPrice");
    Required.field(prevClosePrice, "prevClosePrice");
    Required.field(lastPrice, "lastPrice");
    Required.field(lastQty, "lastQty");
    Required.field(bidPrice, "bidPrice");
    Required.field(bidQty, "bidQty");
    Required.field(askPrice, "askPrice");
    Required.field(askQty, "askQty");
    Required.field(openPrice, "openPrice");
    Required.field(highPrice, "highPrice");
    Required.field(lowPrice, "lowPrice");
    Required.field(volume, "volume");
    Required.field(quoteVolume, "quoteVolume");
    Required.field(openTime, "openTime");
    Required.field(closeTime, "closeTime");
  }
}
