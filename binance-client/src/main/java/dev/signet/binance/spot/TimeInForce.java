package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * How long a spot order stays on the book ({@code timeInForce}), as listed in Binance Spot enums.md.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewOrder.limit("BTCUSDT", OrderSide.BUY, qty, price).timeInForce(TimeInForce.IOC);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code GTC}
 */
public record TimeInForce(String value) implements WireValue {
  /** {@code GTC}: good till cancelled. */
  public static final TimeInForce GTC = new TimeInForce("GTC");
  /** {@code IOC}: immediate or cancel. */
  public static final TimeInForce IOC = new TimeInForce("IOC");
  /** {@code FOK}: fill or kill. */
  public static final TimeInForce FOK = new TimeInForce("FOK");

  private static final KnownValues<TimeInForce> KNOWN =
      KnownValues.of(TimeInForce.class, TimeInForce::new, GTC, IOC, FOK);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code GTC}
   */
  public TimeInForce {
    value = KnownValues.text(value, TimeInForce.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code GTC}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TimeInForce of(String value) {
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
  public static List<TimeInForce> constants() {
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
