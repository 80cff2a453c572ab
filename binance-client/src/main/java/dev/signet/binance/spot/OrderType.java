package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A spot order type ({@code type}), as listed in Binance Spot enums.md.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * NewOrder.builder("BTCUSDT", OrderSide.SELL, OrderType.STOP_LOSS_LIMIT);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code LIMIT}
 */
public record OrderType(String value) implements WireValue {
  /** {@code LIMIT}. */
  public static final OrderType LIMIT = new OrderType("LIMIT");
  /** {@code MARKET}. */
  public static final OrderType MARKET = new OrderType("MARKET");
  /** {@code STOP_LOSS}. */
  public static final OrderType STOP_LOSS = new OrderType("STOP_LOSS");
  /** {@code STOP_LOSS_LIMIT}. */
  public static final OrderType STOP_LOSS_LIMIT = new OrderType("STOP_LOSS_LIMIT");
  /** {@code TAKE_PROFIT}. */
  public static final OrderType TAKE_PROFIT = new OrderType("TAKE_PROFIT");
  /** {@code TAKE_PROFIT_LIMIT}. */
  public static final OrderType TAKE_PROFIT_LIMIT = new OrderType("TAKE_PROFIT_LIMIT");
  /** {@code LIMIT_MAKER}. */
  public static final OrderType LIMIT_MAKER = new OrderType("LIMIT_MAKER");

  private static final KnownValues<OrderType> KNOWN =
      KnownValues.of(OrderType.class, OrderType::new, LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT, LIMIT_MAKER);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code LIMIT}
   */
  public OrderType {
    value = KnownValues.text(value, OrderType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code LIMIT}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OrderType of(String value) {
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
  public static List<OrderType> constants() {
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
