package dev.signet.binance.futures;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A USD-M futures position side ({@code positionSide}), as listed in the USD-M Futures "Common
 * Definition" enums: {@code BOTH} in one-way mode, {@code LONG} or {@code SHORT} in hedge mode.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (position.positionSide() == PositionSide.BOTH) { ... } // one-way mode
 * }</pre>
 *
 * @param value the wire value, e.g. {@code BOTH}
 */
public record PositionSide(String value) implements WireValue {
  /** {@code BOTH}: the one position of a symbol in one-way mode. */
  public static final PositionSide BOTH = new PositionSide("BOTH");
  /** {@code LONG}: the long position in hedge mode. */
  public static final PositionSide LONG = new PositionSide("LONG");
  /** {@code SHORT}: the short position in hedge mode. */
  public static final PositionSide SHORT = new PositionSide("SHORT");

  private static final KnownValues<PositionSide> KNOWN =
      KnownValues.of(PositionSide.class, PositionSide::new, BOTH, LONG, SHORT);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code BOTH}
   */
  public PositionSide {
    value = KnownValues.text(value, PositionSide.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code BOTH}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PositionSide of(String value) {
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
  public static List<PositionSide> constants() {
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
