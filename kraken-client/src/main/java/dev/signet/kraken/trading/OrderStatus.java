package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a Kraken order ({@code status}), as listed in Kraken's Spot REST API spec.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (order.status() == OrderStatus.CANCELED) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code pending}
 */
public record OrderStatus(String value) implements WireValue {
  /** {@code pending}: pending book entry. */
  public static final OrderStatus PENDING = new OrderStatus("pending");
  /** {@code open}. */
  public static final OrderStatus OPEN = new OrderStatus("open");
  /** {@code closed}. */
  public static final OrderStatus CLOSED = new OrderStatus("closed");
  /** {@code canceled}. */
  public static final OrderStatus CANCELED = new OrderStatus("canceled");
  /** {@code expired}. */
  public static final OrderStatus EXPIRED = new OrderStatus("expired");

  private static final KnownValues<OrderStatus> KNOWN =
      KnownValues.of(OrderStatus.class, OrderStatus::new, PENDING, OPEN, CLOSED, CANCELED, EXPIRED);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code pending}
   */
  public OrderStatus {
    value = KnownValues.text(value, OrderStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OrderStatus of(String value) {
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
  public static List<OrderStatus> constants() {
    return KNOWN.constants();
  }

  /**
   * True while the order is {@code pending} or {@code open}.
   *
   * @return true for {@code pending} and {@code open}, false for closed, cancelled or expired
   */
  public boolean isOpen() {
    return PENDING.equals(this) || OPEN.equals(this);
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
