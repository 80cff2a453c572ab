package dev.signet.kraken.market;

import java.util.List;

/**
 * The answer of {@code GET /0/public/Trades}: up to 1000 trades, oldest first, and the cursor.
 *
 * <pre>{@code
 * RecentTrades page = kraken.market().trades("XBTUSD");
 * RecentTrades next = kraken.market().trades("XBTUSD", page.last(), 1000);
 * }</pre>
 *
 * @param pair Kraken's pair id the answer is keyed by, e.g. {@code XXBTZUSD}
 * @param trades the trades, oldest first; unmodifiable
 * @param last the {@code since} of the next call, as sent (a nanosecond id)
 */
public record RecentTrades(String pair, List<PublicTrade> trades, String last) {
  /**
   * Copies the trades.
   *
   * @param pair Kraken's pair id
   * @param trades the trades, oldest first
   * @param last the {@code since} of the next call
   */
  public RecentTrades {
    trades = List.copyOf(trades);
  }
}
