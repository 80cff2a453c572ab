package dev.signet.core.book;

import java.util.List;
import java.util.Optional;

/**
 * The read side of a {@link LocalOrderBook}: what a bot reads while a stream keeps the book, with
 * no way to change it. Thread-safe.
 *
 * <pre>{@code
 * OrderBookView book = depthBook.view();
 * BigDecimal bid = book.bestBid().map(Level::price).orElse(BigDecimal.ZERO);
 * List<Level> asks = book.asks(10);
 * }</pre>
 */
public interface OrderBookView {
  /**
   * The highest bid.
   *
   * @return the best bid, or empty when there are no bids
   */
  Optional<Level> bestBid();

  /**
   * The lowest ask.
   *
   * @return the best ask, or empty when there are no asks
   */
  Optional<Level> bestAsk();

  /**
   * The best {@code depth} bids, highest first.
   *
   * @param depth the most levels to return, at least 1
   * @return the bids (unmodifiable), fewer when the side is shorter
   */
  List<Level> bids(int depth);

  /**
   * The best {@code depth} asks, lowest first.
   *
   * @param depth the most levels to return, at least 1
   * @return the asks (unmodifiable), fewer when the side is shorter
   */
  List<Level> asks(int depth);

  /**
   * Both sides' best {@code depth} levels and the update id, read together.
   *
   * @param depth the most levels per side, at least 1
   * @return a consistent copy
   */
  BookSnapshot snapshot(int depth);

  /**
   * The id of the last snapshot or update applied.
   *
   * @return the update id, or -1 when the book has none (not yet synchronised, or resynchronising)
   */
  long updateId();
}
