package dev.signet.kraken.market;

import java.util.List;

/**
 * The answer of {@code GET /0/public/Spread}: about the last 200 best bid/ask changes, oldest
 * first, and the cursor.
 *
 * <pre>{@code
 * Spreads page = kraken.market().spread("XBTUSD");
 * Spreads next = kraken.market().spread("XBTUSD", page.last());
 * }</pre>
 *
 * @param pair Kraken's pair id the answer is keyed by, e.g. {@code XXBTZUSD}
 * @param spreads the entries, oldest first; unmodifiable
 * @param last the {@code since} of the next call (unix seconds)
 */
public record Spreads(String pair, List<SpreadQuote> spreads, long last) {
  /**
   * Copies the entries.
   *
   * @param pair Kraken's pair id
   * @param spreads the entries, oldest first
   * @param last the {@code since} of the next call
   */
  public Spreads {
    spreads = List.copyOf(spreads);
  }
}
