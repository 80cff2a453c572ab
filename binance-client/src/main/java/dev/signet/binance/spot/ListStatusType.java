package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The status of an order list ({@code listStatusType}), as listed in Binance Spot enums.md (2026-07-21).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * boolean done = list.listStatusType() == ListStatusType.ALL_DONE;
 * }</pre>
 *
 * @param value the wire value, e.g. {@code RESPONSE}
 */
public record ListStatusType(String value) implements WireValue {
  /** {@code RESPONSE}: the list status answers a failed action (placement or cancel). */
  public static final ListStatusType RESPONSE = new ListStatusType("RESPONSE");
  /** {@code EXEC_STARTED}: the list was placed, or its status changed. */
  public static final ListStatusType EXEC_STARTED = new ListStatusType("EXEC_STARTED");
  /** {@code UPDATED}: the clientOrderId of an order in the list changed. */
  public static final ListStatusType UPDATED = new ListStatusType("UPDATED");
  /** {@code ALL_DONE}: the list has finished executing and is no longer active. */
  public static final ListStatusType ALL_DONE = new ListStatusType("ALL_DONE");

  private static final KnownValues<ListStatusType> KNOWN = KnownValues.of(ListStatusType.class, ListStatusType::new, RESPONSE, EXEC_STARTED, UPDATED, ALL_DONE);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code RESPONSE}
   */
  public ListStatusType {
    value = KnownValues.text(value, ListStatusType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code RESPONSE}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ListStatusType of(String value) {
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
  public static List<ListStatusType> constants() {
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
