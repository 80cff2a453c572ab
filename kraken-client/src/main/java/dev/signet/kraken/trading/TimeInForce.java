package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * How long an order stays on the book ({@code timeinforce}), as listed in Kraken's Spot REST API spec.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * AddOrder.limit("XBTUSD", Side.BUY, volume, price).timeInForce(TimeInForce.IOC);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code GTC}
 */
public record TimeInForce(String value) implements WireValue {
  /** {@code GTC}: good till cancelled (Kraken's default). */
  public static final TimeInForce GTC = new TimeInForce("GTC");
  /** {@code IOC}: immediate or cancel. */
  public static final TimeInForce IOC = new TimeInForce("IOC");
  /** {@code GTD}: good till date; needs {@code expiretm}. */
  public static final TimeInForce GTD = new TimeInForce("GTD");

  private static final KnownValues<TimeInForce> KNOWN =
      KnownValues.of(TimeInForce.class, TimeInForce::new, GTC, IOC, GTD);

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
   * @param value the wire value, e.g. as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TimeInForce of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return true for a documented value, false for one Kraken added since
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, unmodifiable
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
