package dev.signet.core.book;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One price level of a {@link LocalOrderBook}: the price and the quantity resting there, both as
 * the exchange sent them (no rounding, scale kept).
 *
 * <p>Example: {@code Level best = book.bestBid().orElseThrow(); BigDecimal size = best.quantity();}
 *
 * @param price the price of the level
 * @param quantity the quantity at that price, in the base asset; zero in an update removes the level
 */
public record Level(BigDecimal price, BigDecimal quantity) {
  /**
   * Checks the level: both values present, the price positive, the quantity not negative.
   *
   * @param price the price of the level
   * @param quantity the quantity at that price, in the base asset; zero in an update removes the level
   * @throws IllegalArgumentException when the price is not positive or the quantity is negative
   */
  public Level {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(quantity, "quantity");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("price must be positive, got " + price.toPlainString());
    }
    if (quantity.signum() < 0) {
      throw new IllegalArgumentException("quantity must not be negative, got " + quantity.toPlainString()
          + " (zero removes the level)");
    }
  }

  /**
   * The level from two decimal strings, e.g. {@code Level.of("45283.5", "0.10000000")}.
   *
   * @param price the price, a plain decimal
   * @param quantity the quantity, a plain decimal
   * @return the level
   * @throws NumberFormatException when either is not a decimal
   */
  public static Level of(String price, String quantity) {
    return new Level(new BigDecimal(price), new BigDecimal(quantity));
  }
}
