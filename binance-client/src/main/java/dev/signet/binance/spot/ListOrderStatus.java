package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The status of the orders of an order list ({@code listOrderStatus}), as listed in Binance Spot enums.md (2026-07-21).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (list.listOrderStatus() == ListOrderStatus.EXECUTING) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code EXECUTING}
 */
public record ListOrderStatus(String value) implements WireValue {
  /** {@code EXECUTING}: the list was placed, or the status of its orders changed. */
  public static final ListOrderStatus EXECUTING = new ListOrderStatus("EXECUTING");
  /** {@code ALL_DONE}: the list has completed and is no longer active. */
  public static final ListOrderStatus ALL_DONE = new ListOrderStatus("ALL_DONE");
  /** {@code REJECT}: the list status answers a failed placement or cancel. */
  public static final ListOrderStatus REJECT = new ListOrderStatus("REJECT");

  private static final KnownValues<ListOrderStatus> KNOWN = KnownValues.of(ListOrderStatus.class, ListOrderStatus::new, EXECUTING, ALL_DONE, REJECT);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code EXECUTING}
   */
  public ListOrderStatus {
    value = KnownValues.text(value, ListOrderStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code EXECUTING}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ListOrderStatus of(String value) {
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
  public static List<ListOrderStatus> constants() {
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
