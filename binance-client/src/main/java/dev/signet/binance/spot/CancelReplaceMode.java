package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * What a cancel-replace does when the cancel fails ({@code cancelReplaceMode}),
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
 * CancelReplace r = CancelReplace.of(CancelReplaceMode.ALLOW_FAILURE, OrderRef.byId("BTCUSDT", 9), order);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code STOP_ON_FAILURE}
 */
public record CancelReplaceMode(String value) implements WireValue {
  /** {@code STOP_ON_FAILURE}: if the cancel fails, the new order is not attempted. */
  public static final CancelReplaceMode STOP_ON_FAILURE = new CancelReplaceMode("STOP_ON_FAILURE");
  /** {@code ALLOW_FAILURE}: the new order is attempted whatever the cancel did. */
  public static final CancelReplaceMode ALLOW_FAILURE = new CancelReplaceMode("ALLOW_FAILURE");

  private static final KnownValues<CancelReplaceMode> KNOWN = KnownValues.of(CancelReplaceMode.class, CancelReplaceMode::new, STOP_ON_FAILURE, ALLOW_FAILURE);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code STOP_ON_FAILURE}
   */
  public CancelReplaceMode {
    value = KnownValues.text(value, CancelReplaceMode.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code STOP_ON_FAILURE}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CancelReplaceMode of(String value) {
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
  public static List<CancelReplaceMode> constants() {
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
