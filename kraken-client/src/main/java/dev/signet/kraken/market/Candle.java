package dev.signet.kraken.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One OHLC row, sent as {@code [int time, open, high, low, close, vwap, volume, int count]}.
 *
 * <pre>{@code
 * Candle last = kraken.market().ohlc("XBTUSD", OhlcInterval.MINUTE_1).candles().get(0);
 * }</pre>
 *
 * @param time the candle's start
 * @param open the first trade's price
 * @param high the highest price
 * @param low the lowest price
 * @param close the last trade's price
 * @param vwap the volume-weighted average price
 * @param volume the volume traded
 * @param count the number of trades
 */
public record Candle(Instant time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
    BigDecimal vwap, BigDecimal volume, long count) {}
