package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state an order must be in for a cancel-replace to cancel it ({@code cancelRestrictions}),
 * as listed for {@code POST /api/v3/order/cancelReplace} in the Binance Spot REST docs (2026-07-21). A
 * request value: {@link CancelReplace} sends it.
 *
 * <p>An open set, like every exchange value here: the constants are the values the docs list,
 * {@link #of(String)} returns the constant for a documented spelling (so {@code ==} and
 * {@code equals} both hold) and otherwise a value holding the exact text, which
 * {@link #isKnown()} reports and which is sent unchanged (a value Binance adds can be sent
 * before Signet models it).
 *
 * <pre>{@code
 * replace = replace.cancelRestrictions(CancelRestrictions.ONLY_NEW);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code ONLY_NEW}
 */
public record CancelRestrictions(String value) implements WireValue {
  /** {@code ONLY_NEW}: cancel only an order whose status is {@code NEW}. */
  public static final CancelRestrictions ONLY_NEW = new CancelRestrictions("ONLY_NEW");
  /** {@code ONLY_PARTIALLY_FILLED}: cancel only an order whose status is {@code PARTIALLY_FILLED}. */
  public static final CancelRestrictions ONLY_PARTIALLY_FILLED = new CancelRestrictions("ONLY_PARTIALLY_FILLED");

  private static final KnownValues<CancelRestrictions> KNOWN = KnownValues.of(CancelRestrictions.class, CancelRestrictions::new, ONLY_NEW, ONLY_PARTIALLY_FILLED);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code ONLY_NEW}
   */
  public CancelRestrictions {
    value = KnownValues.text(value, CancelRestrictions.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code ONLY_NEW}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CancelRestrictions of(String value) {
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
  public static List<CancelRestrictions> constants() {
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
