package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * Why an order expired ({@code expiryReason}), as listed in Binance Spot enums.md (2026-07-21).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (order.expiryReason() == ExpiryReason.INSUFFICIENT_LIQUIDITY) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code NONE}
 */
public record ExpiryReason(String value) implements WireValue {
  /** {@code NONE}: no reason. */
  public static final ExpiryReason NONE = new ExpiryReason("NONE");
  /** {@code REJECTED}: rejected. */
  public static final ExpiryReason REJECTED = new ExpiryReason("REJECTED");
  /** {@code EXCHANGE_CANCELED}: cancelled by the exchange. */
  public static final ExpiryReason EXCHANGE_CANCELED = new ExpiryReason("EXCHANGE_CANCELED");
  /** {@code OCO_TRIGGER}: the other order of its OCO triggered. */
  public static final ExpiryReason OCO_TRIGGER = new ExpiryReason("OCO_TRIGGER");
  /** {@code OTO_PHASE_ONE_EXPIRED}: the working order of its OTO expired. */
  public static final ExpiryReason OTO_PHASE_ONE_EXPIRED = new ExpiryReason("OTO_PHASE_ONE_EXPIRED");
  /** {@code UNFILLED_IOC_QUANTITY_EXPIRED}: the unfilled part of an IOC order. */
  public static final ExpiryReason UNFILLED_IOC_QUANTITY_EXPIRED = new ExpiryReason("UNFILLED_IOC_QUANTITY_EXPIRED");
  /** {@code UNFILLED_FOK_ORDER_EXPIRED}: a FOK order that could not fill. */
  public static final ExpiryReason UNFILLED_FOK_ORDER_EXPIRED = new ExpiryReason("UNFILLED_FOK_ORDER_EXPIRED");
  /** {@code INSUFFICIENT_LIQUIDITY}: not enough liquidity. */
  public static final ExpiryReason INSUFFICIENT_LIQUIDITY = new ExpiryReason("INSUFFICIENT_LIQUIDITY");
  /** {@code EXECUTION_RULE_PRICE_RANGE_EXCEEDED}: outside the symbol's PRICE_RANGE execution rule. */
  public static final ExpiryReason EXECUTION_RULE_PRICE_RANGE_EXCEEDED = new ExpiryReason("EXECUTION_RULE_PRICE_RANGE_EXCEEDED");

  private static final KnownValues<ExpiryReason> KNOWN = KnownValues.of(ExpiryReason.class, ExpiryReason::new, NONE, REJECTED, EXCHANGE_CANCELED, OCO_TRIGGER, OTO_PHASE_ONE_EXPIRED, UNFILLED_IOC_QUANTITY_EXPIRED, UNFILLED_FOK_ORDER_EXPIRED, INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code NONE}
   */
  public ExpiryReason {
    value = KnownValues.text(value, ExpiryReason.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code NONE}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ExpiryReason of(String value) {
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
  public static List<ExpiryReason> constants() {
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
