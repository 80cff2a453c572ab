package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The kind of an order list ({@code contingencyType}), as listed in Binance Spot enums.md (2026-07-21).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (list.contingencyType() == ContingencyType.OCO) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code OCO}
 */
public record ContingencyType(String value) implements WireValue {
  /** {@code OCO}: one cancels the other. */
  public static final ContingencyType OCO = new ContingencyType("OCO");
  /** {@code OTO}: one triggers the other. */
  public static final ContingencyType OTO = new ContingencyType("OTO");

  private static final KnownValues<ContingencyType> KNOWN = KnownValues.of(ContingencyType.class, ContingencyType::new, OCO, OTO);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code OCO}
   */
  public ContingencyType {
    value = KnownValues.text(value, ContingencyType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code OCO}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ContingencyType of(String value) {
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
  public static List<ContingencyType> constants() {
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
