package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a spot order ({@code status}), as listed in Binance Spot enums.md.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (order.status().isOpen()) { ... }
 * if (order.status() == OrderStatus.FILLED) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code NEW}
 */
public record OrderStatus(String value) implements WireValue {
  /** {@code NEW}: accepted by the engine. */
  public static final OrderStatus NEW = new OrderStatus("NEW");
  /** {@code PENDING_NEW}: pending until the working order of its order list is fully filled. */
  public static final OrderStatus PENDING_NEW = new OrderStatus("PENDING_NEW");
  /** {@code PARTIALLY_FILLED}: part of the order has filled. */
  public static final OrderStatus PARTIALLY_FILLED = new OrderStatus("PARTIALLY_FILLED");
  /** {@code FILLED}: completely filled. */
  public static final OrderStatus FILLED = new OrderStatus("FILLED");
  /** {@code CANCELED}: cancelled by the user. */
  public static final OrderStatus CANCELED = new OrderStatus("CANCELED");
  /** {@code PENDING_CANCEL}: currently unused. */
  public static final OrderStatus PENDING_CANCEL = new OrderStatus("PENDING_CANCEL");
  /** {@code REJECTED}: not accepted by the engine. */
  public static final OrderStatus REJECTED = new OrderStatus("REJECTED");
  /** {@code EXPIRED}: cancelled by the order type's rules or by the exchange. */
  public static final OrderStatus EXPIRED = new OrderStatus("EXPIRED");
  /** {@code EXPIRED_IN_MATCH}: expired by the exchange for self-trade prevention. */
  public static final OrderStatus EXPIRED_IN_MATCH = new OrderStatus("EXPIRED_IN_MATCH");

  private static final KnownValues<OrderStatus> KNOWN =
      KnownValues.of(OrderStatus.class, OrderStatus::new, NEW, PENDING_NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code NEW}
   */
  public OrderStatus {
    value = KnownValues.text(value, OrderStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code NEW}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OrderStatus of(String value) {
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
  public static List<OrderStatus> constants() {
    return KNOWN.constants();
  }

  /**
   * True while the order can still trade: {@code NEW}, {@code PARTIALLY_FILLED} or {@code PENDING_NEW}.
   *
   * @return {@code true} while the order can still trade: {@code NEW}, {@code PARTIALLY_FILLED} or {@code PENDING_NEW}
   */
  public boolean isOpen() {
    return NEW.equals(this) || PARTIALLY_FILLED.equals(this) || PENDING_NEW.equals(this);
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
