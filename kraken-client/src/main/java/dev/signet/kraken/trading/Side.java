package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * An order side, Kraken's {@code type} field ({@code buy} or {@code sell} in Kraken's Spot REST API spec).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * AddOrder.limit("XBTUSD", Side.BUY, volume, price);
 * if (order.descr().type() == Side.SELL) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code buy}
 */
public record Side(String value) implements WireValue {
  /** {@code buy}. */
  public static final Side BUY = new Side("buy");
  /** {@code sell}. */
  public static final Side SELL = new Side("sell");

  private static final KnownValues<Side> KNOWN =
      KnownValues.of(Side.class, Side::new, BUY, SELL);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code buy}
   */
  public Side {
    value = KnownValues.text(value, Side.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Side of(String value) {
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
  public static List<Side> constants() {
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
