package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.internal.CandleDeserializer;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One kline (candlestick) of {@code GET /api/v3/klines} or {@code /api/v3/uiKlines}. Binance sends a
 * kline as a positional array mixing numbers and strings; the decoder reads elements 0 to 10 by
 * position and ignores the unused twelfth.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <pre>{@code
 * Candle c = client.spot().market().klines("BNBBTC", Interval.ONE_DAY).get(0);
 * BigDecimal range = c.high().subtract(c.low());
 * }</pre>
 *
 * @param openTime when the kline opens (element 0, epoch millis)
 * @param open the open price (1)
 * @param high the high price (2)
 * @param low the low price (3)
 * @param close the close price (4)
 * @param volume the volume, in the base asset (5)
 * @param closeTime when the kline closes (6, epoch millis)
 * @param quoteVolume the volume, in the quote asset (7)
 * @param count the number of trades (8)
 * @param takerBuyBaseVolume the taker buy volume, in the base asset (9)
 * @param takerBuyQuoteVolume the taker buy volume, in the quote asset (10)
 */
@JsonDeserialize(using = CandleDeserializer.class)
public record Candle(
    Instant openTime,
    BigDecimal open,
    BigDecimal high,
    BigDecimal low,
    BigDecimal close,
    BigDecimal volume,
    Instant closeTime,
    BigDecimal quoteVolume,
    @JsonProperty(required = true) long count,
    BigDecimal takerBuyBaseVolume,
    BigDecimal takerBuyQuoteVolume) {
  /**
   * Checks every required field is present.
   *
   * @param openTime when the kline opens (element 0, epoch millis)
   * @param open the open price (1)
   * @param high the high price (2)
   * @param low the low price (3)
   * @param close the close price (4)
   * @param volume the volume, in the base asset (5)
   * @param closeTime when the kline closes (6, epoch millis)
   * @param quoteVolume the volume, in the quote asset (7)
   * @param count the number of trades (8)
   * @param takerBuyBaseVolume the taker buy volume, in the base asset (9)
   * @param takerBuyQuoteVolume the taker buy volume, in the quote asset (10)
   */
  public Candle {
    Required.field(openTime, "openTime");
    Required.field(open, "open");
    Required.field(high, "high");
    Required.field(low, "low");
    Required.field(close, "close");
    Required.field(volume, "volume");
    Required.field(closeTime, "closeTime");
    Required.field(quoteVolume, "quoteVolume");
    Required.field(takerBuyBaseVolume, "takerBuyBaseVolume");
    Required.field(takerBuyQuoteVolume, "takerBuyQuoteVolume");
  }
}
