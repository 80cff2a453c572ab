package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The kind of a USD-M Futures contract ({@code contractType}), as listed in the USD-M Futures docs' enum definitions.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <p>Example: {@code ContractType.of("PERPETUAL") == ContractType.PERPETUAL}
 *
 * @param value the wire value
 */
public record ContractType(String value) implements WireValue {
  /** {@code PERPETUAL}: a perpetual contract. */
  public static final ContractType PERPETUAL = new ContractType("PERPETUAL");
  /** {@code CURRENT_MONTH}: the contract delivering this month. */
  public static final ContractType CURRENT_MONTH = new ContractType("CURRENT_MONTH");
  /** {@code NEXT_MONTH}: the contract delivering next month. */
  public static final ContractType NEXT_MONTH = new ContractType("NEXT_MONTH");
  /** {@code CURRENT_QUARTER}: the contract delivering this quarter. */
  public static final ContractType CURRENT_QUARTER = new ContractType("CURRENT_QUARTER");
  /** {@code NEXT_QUARTER}: the contract delivering next quarter. */
  public static final ContractType NEXT_QUARTER = new ContractType("NEXT_QUARTER");
  /** {@code PERPETUAL_DELIVERING}: a perpetual contract being delivered (settled). */
  public static final ContractType PERPETUAL_DELIVERING = new ContractType("PERPETUAL_DELIVERING");

  private static final KnownValues<ContractType> KNOWN = KnownValues.of(ContractType.class, ContractType::new, PERPETUAL, CURRENT_MONTH, NEXT_MONTH, CURRENT_QUARTER, NEXT_QUARTER, PERPETUAL_DELIVERING);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value
   */
  public ContractType {
    value = KnownValues.text(value, ContractType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ContractType of(String value) {
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
  public static List<ContractType> constants() {
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
