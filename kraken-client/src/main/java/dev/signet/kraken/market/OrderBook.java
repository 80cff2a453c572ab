package dev.signet.kraken.market;

import java.util.List;

/**
 * The answer of {@code GET /0/public/Depth}: one pair's aggregated book, best level first.
 *
 * <pre>{@code
 * OrderBook book = kraken.market().depth("XBTUSD", 25);
 * BigDecimal mid = book.asks().get(0).price().add(book.bids().get(0).price()).divide(BigDecimal.TWO);
 * }</pre>
 *
 * @param pair Kraken's pair id the answer is keyed by, e.g. {@code XXBTZUSD}
 * @param asks the asks, lowest first; unmodifiable
 * @param bids the bids, highest first; unmodifiable
 */
public record OrderBook(String pair, List<BookLevel> asks, List<BookLevel> bids) {
  /**
   * Copies the levels.
   *
   * @param pair Kraken's pair id
   * @param asks the asks, lowest first
   * @param bids the bids, highest first
   */
  public OrderBook {
    asks = List.copyOf(asks);
    bids = List.copyOf(bids);
  }
}
