package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A spot order side ({@code side}), as listed in Binance Spot enums.md.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewOrder.limit("BTCUSDT", OrderSide.BUY, qty, price);
 * if (order.side() == OrderSide.SELL) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code BUY}
 */
public record OrderSide(String value) implements WireValue {
  /** {@code BUY}. */
  public static final OrderSide BUY = new OrderSide("BUY");
  /** {@code SELL}. */
  public static final OrderSide SELL = new OrderSide("SELL");

  private static final KnownValues<OrderSide> KNOWN =
      KnownValues.of(OrderSide.class, OrderSide::new, BUY, SELL);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code BUY}
   */
  public OrderSide {
    value = KnownValues.text(value, OrderSide.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code BUY}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OrderSide of(String value) {
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
  public static List<OrderSide> constants() {
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
