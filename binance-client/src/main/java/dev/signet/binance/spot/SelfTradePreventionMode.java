package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A self-trade prevention mode ({@code selfTradePreventionMode}), as listed in Binance Spot enums.md (STP Modes).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewOrder.limit("BTCUSDT", OrderSide.BUY, qty, price).selfTradePreventionMode(SelfTradePreventionMode.EXPIRE_TAKER);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code NONE}
 */
public record SelfTradePreventionMode(String value) implements WireValue {
  /** {@code NONE}. */
  public static final SelfTradePreventionMode NONE = new SelfTradePreventionMode("NONE");
  /** {@code EXPIRE_MAKER}. */
  public static final SelfTradePreventionMode EXPIRE_MAKER = new SelfTradePreventionMode("EXPIRE_MAKER");
  /** {@code EXPIRE_TAKER}. */
  public static final SelfTradePreventionMode EXPIRE_TAKER = new SelfTradePreventionMode("EXPIRE_TAKER");
  /** {@code EXPIRE_BOTH}. */
  public static final SelfTradePreventionMode EXPIRE_BOTH = new SelfTradePreventionMode("EXPIRE_BOTH");
  /** {@code DECREMENT}. */
  public static final SelfTradePreventionMode DECREMENT = new SelfTradePreventionMode("DECREMENT");
  /** {@code TRANSFER}. */
  public static final SelfTradePreventionMode TRANSFER = new SelfTradePreventionMode("TRANSFER");

  private static final KnownValues<SelfTradePreventionMode> KNOWN =
      KnownValues.of(SelfTradePreventionMode.class, SelfTradePreventionMode::new, NONE, EXPIRE_MAKER, EXPIRE_TAKER, EXPIRE_BOTH, DECREMENT, TRANSFER);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code NONE}
   */
  public SelfTradePreventionMode {
    value = KnownValues.text(value, SelfTradePreventionMode.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code NONE}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SelfTradePreventionMode of(String value) {
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
  public static List<SelfTradePreventionMode> constants() {
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
