package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * How a pegged order's offset is counted ({@code pegOffsetType}), as listed in Binance Spot rest-api.md "New order" (2026-07-21).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * Integer levels = order.pegOffsetType() == PegOffsetType.PRICE_LEVEL ? order.pegOffsetValue() : null;
 * }</pre>
 *
 * @param value the wire value, e.g. {@code PRICE_LEVEL}
 */
public record PegOffsetType(String value) implements WireValue {
  /** {@code PRICE_LEVEL}: in price levels of the book. */
  public static final PegOffsetType PRICE_LEVEL = new PegOffsetType("PRICE_LEVEL");

  private static final KnownValues<PegOffsetType> KNOWN = KnownValues.of(PegOffsetType.class, PegOffsetType::new, PRICE_LEVEL);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code PRICE_LEVEL}
   */
  public PegOffsetType {
    value = KnownValues.text(value, PegOffsetType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code PRICE_LEVEL}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PegOffsetType of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} if the value is one of the documented constants, {@code false} for a value kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, in the order the docs list them
   */
  public static List<PegOffsetType> constants() {
    return KNOWN.constants();
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
