package dev.signet.kraken.trading;

import dev.signet.core.WireValue;

/**
 * How long an order stays on the book ({@code timeinforce}).
 *
 * <p>Example: {@code AddOrder.limit(...).timeInForce(TimeInForce.IOC)}.
 */
public enum TimeInForce implements WireValue {
  /** Good till cancelled (Kraken's default). */
  GTC,
  /** Immediate or cancel. */
  IOC,
  /** Good till date; needs {@code expiretm}. */
  GTD;

  @Override
  public String wireValue() {
    return name();
  }
}
