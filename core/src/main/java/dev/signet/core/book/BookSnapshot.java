package dev.signet.core.book;

import java.util.List;
import java.util.Optional;

/**
 * A consistent copy of a {@link LocalOrderBook}'s top levels, taken under one lock: the bids from
 * the highest price down, the asks from the lowest up, and the update id they correspond to.
 *
 * <pre>{@code
 * BookSnapshot top = book.snapshot(5);
 * BigDecimal spread = top.spread().orElseThrow();
 * }</pre>
 *
 * @param updateId the exchange's id of the last update applied (its sequence), or -1 when it has none
 * @param bids the best bids, best first (unmodifiable)
 * @param asks the best asks, best first (unmodifiable)
 */
public record BookSnapshot(long updateId, List<Level> bids, List<Level> asks) {
  /**
   * Copies the lists.
   *
   * @param updateId the exchange's id of the last update applied (its sequence), or -1 when it has none
   * @param bids the best bids, best first
   * @param asks the best asks, best first
   */
  public BookSnapshot {
    bids = List.copyOf(bids);
    asks = List.copyOf(asks);
  }

  /**
   * The best ask's price minus the best bid's, when both sides have a level.
   *
   * @return the spread, or empty when a side is empty
   */
  public Optional<java.math.BigDecimal> spread() {
    if (bids.isEmpty() || asks.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(asks.get(0).price().subtract(bids.get(0).price()));
  }
}
