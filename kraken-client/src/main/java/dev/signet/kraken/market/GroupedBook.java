package dev.signet.kraken.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of {@code GET /0/public/GroupedBook}: the book with levels grouped by a number of
 * ticks (asks rounded up, bids rounded down), best level first.
 *
 * <pre>{@code
 * GroupedBook book = kraken.market().groupedBook("BTC/USD", 10, 100);
 * BigDecimal bestBid = book.bids().get(0).price();
 * }</pre>
 *
 * @param pair the pair as Kraken names it in the answer
 * @param grouping the ticks per level
 * @param bids the bids, highest first; unmodifiable
 * @param asks the asks, lowest first; unmodifiable
 */
public record GroupedBook(String pair, int grouping, List<Level> bids, List<Level> asks) {
  /**
   * Checks the pair is present and copies the levels (absent gives empty).
   *
   * @param pair the pair as Kraken names it
   * @param grouping the ticks per level
   * @param bids the bids, highest first
   * @param asks the asks, lowest first
   */
  public GroupedBook {
    Required.field(pair, "pair");
    bids = Required.listOrEmpty(bids, "bids");
    asks = Required.listOrEmpty(asks, "asks");
  }

  /**
   * One grouped level: {@code {"price": ..., "qty": ...}}.
   *
   * <p>Example: {@code book.asks().get(0).qty()}.
   *
   * @param price the level's price
   * @param qty the volume grouped into it
   */
  public record Level(BigDecimal price, BigDecimal qty) {
    /**
     * Checks both values are present.
     *
     * @param price the level's price
     * @param qty the volume grouped into it
     */
    public Level {
      Required.field(price, "price");
      Required.field(qty, "qty");
    }
  }
}
