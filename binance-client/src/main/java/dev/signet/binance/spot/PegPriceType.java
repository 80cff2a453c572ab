package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The price a pegged order follows ({@code pegPriceType}), as listed in Binance Spot rest-api.md "New order" (2026-07-21).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (order.pegPriceType() == PegPriceType.PRIMARY_PEG) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code PRIMARY_PEG}
 */
public record PegPriceType(String value) implements WireValue {
  /** {@code PRIMARY_PEG}: the best price on the order's own side of the book. */
  public static final PegPriceType PRIMARY_PEG = new PegPriceType("PRIMARY_PEG");
  /** {@code MARKET_PEG}: the best price on the opposite side. */
  public static final PegPriceType MARKET_PEG = new PegPriceType("MARKET_PEG");

  private static final KnownValues<PegPriceType> KNOWN = KnownValues.of(PegPriceType.class, PegPriceType::new, PRIMARY_PEG, MARKET_PEG);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code PRIMARY_PEG}
   */
  public PegPriceType {
    value = KnownValues.text(value, PegPriceType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code PRIMARY_PEG}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PegPriceType of(String value) {
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
  public static List<PegPriceType> constants() {
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
