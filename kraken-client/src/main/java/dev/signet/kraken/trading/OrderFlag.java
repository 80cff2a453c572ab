package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * An order flag ({@code oflags}, sent comma-separated), as listed in Kraken's Spot REST API spec.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * AddOrder.limit("XBTUSD", Side.BUY, volume, price).flags(OrderFlag.POST_ONLY);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code post}
 */
public record OrderFlag(String value) implements WireValue {
  /** {@code post}: post-only (limit orders). */
  public static final OrderFlag POST_ONLY = new OrderFlag("post");
  /** {@code fcib}: prefer fee in base currency. */
  public static final OrderFlag FEE_IN_BASE = new OrderFlag("fcib");
  /** {@code fciq}: prefer fee in quote currency. */
  public static final OrderFlag FEE_IN_QUOTE = new OrderFlag("fciq");
  /** {@code nompp}: no market price protection. */
  public static final OrderFlag NO_MARKET_PRICE_PROTECTION = new OrderFlag("nompp");
  /** {@code viqc}: volume in quote currency (buy market orders). */
  public static final OrderFlag VOLUME_IN_QUOTE = new OrderFlag("viqc");

  private static final KnownValues<OrderFlag> KNOWN =
      KnownValues.of(OrderFlag.class, OrderFlag::new, POST_ONLY, FEE_IN_BASE, FEE_IN_QUOTE, NO_MARKET_PRICE_PROTECTION, VOLUME_IN_QUOTE);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code post}
   */
  public OrderFlag {
    value = KnownValues.text(value, OrderFlag.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OrderFlag of(String value) {
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
  public static List<OrderFlag> constants() {
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
