package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.book.Level;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One price level of a WebSocket v2 {@code book} frame: {@code {"price":45283.5,"qty":0.10000000}}.
 * The price and quantity keep every digit sent (Kraken sends them at full precision, as JSON
 * numbers or, in some examples, strings); a quantity of zero in an update removes the level.
 *
 * <pre>{@code
 * BookEntry e = new BookEntry(new BigDecimal("45283.5"), new BigDecimal("0.10000000"));
 * Level level = e.level();
 * }</pre>
 *
 * @param price the level's price
 * @param qty the quantity at that price, zero to remove the level
 */
public record BookEntry(@JsonProperty("price") BigDecimal price, @JsonProperty("qty") BigDecimal qty) {
  /**
   * Checks that both fields are present and the quantity is not negative.
   *
   * @param price the level's price
   * @param qty the quantity at that price
   */
  public BookEntry {
    Required.field(price, "price");
    Required.field(qty, "qty");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("price must be positive, got " + price.toPlainString());
    }
    if (qty.signum() < 0) {
      throw new IllegalArgumentException("qty must not be negative, got " + qty.toPlainString());
    }
  }

  /**
   * This entry as a level of the local book.
   *
   * @return the level, with the price and quantity as sent
   */
  public Level level() {
    return new Level(price, qty);
  }
}
