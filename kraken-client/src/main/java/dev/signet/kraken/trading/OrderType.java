package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A Kraken order type ({@code ordertype}), as listed in Kraken's Spot REST API spec.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * AddOrder.builder("XBTUSD", Side.SELL, OrderType.STOP_LOSS, volume).price(trigger);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code market}
 */
public record OrderType(String value) implements WireValue {
  /** {@code market}. */
  public static final OrderType MARKET = new OrderType("market");
  /** {@code limit}. */
  public static final OrderType LIMIT = new OrderType("limit");
  /** {@code iceberg}. */
  public static final OrderType ICEBERG = new OrderType("iceberg");
  /** {@code stop-loss}. */
  public static final OrderType STOP_LOSS = new OrderType("stop-loss");
  /** {@code take-profit}. */
  public static final OrderType TAKE_PROFIT = new OrderType("take-profit");
  /** {@code stop-loss-limit}. */
  public static final OrderType STOP_LOSS_LIMIT = new OrderType("stop-loss-limit");
  /** {@code take-profit-limit}. */
  public static final OrderType TAKE_PROFIT_LIMIT = new OrderType("take-profit-limit");
  /** {@code trailing-stop}. */
  public static final OrderType TRAILING_STOP = new OrderType("trailing-stop");
  /** {@code trailing-stop-limit}. */
  public static final OrderType TRAILING_STOP_LIMIT = new OrderType("trailing-stop-limit");
  /** {@code settle-position}. */
  public static final OrderType SETTLE_POSITION = new OrderType("settle-position");

  private static final KnownValues<OrderType> KNOWN =
      KnownValues.of(OrderType.class, OrderType::new, MARKET, LIMIT, ICEBERG, STOP_LOSS, TAKE_PROFIT, STOP_LOSS_LIMIT, TAKE_PROFIT_LIMIT, TRAILING_STOP, TRAILING_STOP_LIMIT, SETTLE_POSITION);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code market}
   */
  public OrderType {
    value = KnownValues.text(value, OrderType.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OrderType of(String value) {
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
  public static List<OrderType> constants() {
    return KNOWN.constants();
  }

  /** True for the documented types whose {@code price} is required (all but market and settle-position). */
  boolean needsPrice() {
    return isKnown() && !MARKET.equals(this) && !SETTLE_POSITION.equals(this);
  }

  /** True for the {@code *-limit} types, which also need {@code price2}. */
  boolean needsPrice2() {
    return STOP_LOSS_LIMIT.equals(this) || TAKE_PROFIT_LIMIT.equals(this) || TRAILING_STOP_LIMIT.equals(this);
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
