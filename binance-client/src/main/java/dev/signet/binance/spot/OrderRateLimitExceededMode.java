package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * What a cancel-replace does when the unfilled-order count is exceeded ({@code orderRateLimitExceededMode}),
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
 * replace = replace.orderRateLimitExceededMode(OrderRateLimitExceededMode.CANCEL_ONLY);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code DO_NOTHING}
 */
public record OrderRateLimitExceededMode(String value) implements WireValue {
  /** {@code DO_NOTHING}: Binance's default: nothing happens when the unfilled-order count is exceeded. */
  public static final OrderRateLimitExceededMode DO_NOTHING = new OrderRateLimitExceededMode("DO_NOTHING");
  /** {@code CANCEL_ONLY}: the cancel still happens when the unfilled-order count is exceeded. */
  public static final OrderRateLimitExceededMode CANCEL_ONLY = new OrderRateLimitExceededMode("CANCEL_ONLY");

  private static final KnownValues<OrderRateLimitExceededMode> KNOWN = KnownValues.of(OrderRateLimitExceededMode.class, OrderRateLimitExceededMode::new, DO_NOTHING, CANCEL_ONLY);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code DO_NOTHING}
   */
  public OrderRateLimitExceededMode {
    value = KnownValues.text(value, OrderRateLimitExceededMode.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code DO_NOTHING}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OrderRateLimitExceededMode of(String value) {
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
  public static List<OrderRateLimitExceededMode> constants() {
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
