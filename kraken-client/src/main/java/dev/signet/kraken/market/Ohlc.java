package dev.signet.kraken.market;

import java.util.List;

/**
 * The answer of {@code GET /0/public/OHLC}: at most 720 candles, oldest first (the last one is
 * still open), and the cursor for the next call.
 *
 * <pre>{@code
 * Ohlc page = kraken.market().ohlc("XBTUSD", OhlcInterval.MINUTE_5);
 * Ohlc next = kraken.market().ohlc("XBTUSD", OhlcInterval.MINUTE_5, page.last());
 * }</pre>
 *
 * @param pair Kraken's pair id the answer is keyed by, e.g. {@code XXBTZUSD}, whatever name was sent
 * @param candles the candles, oldest first; unmodifiable
 * @param last the {@code since} of the next call (unix seconds)
 */
public record Ohlc(String pair, List<Candle> candles, long last) {
  /**
   * Copies the candles.
   *
   * @param pair Kraken's pair id
   * @param candles the candles, oldest first
   * @param last the {@code since} of the next call
   */
  public Ohlc {
    candles = List.copyOf(candles);
  }
}
