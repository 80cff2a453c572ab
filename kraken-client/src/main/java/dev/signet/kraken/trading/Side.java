package dev.signet.kraken.trading;

import dev.signet.core.WireValue;

/**
 * Order side, sent as Kraken's {@code type} field.
 *
 * <p>Example: {@code AddOrder.limit("XBTUSD", Side.BUY, volume, price)}.
 */
public enum Side implements WireValue {
  /** {@code buy} */
  BUY("buy"),
  /** {@code sell} */
  SELL("sell");

  private final String wire;

  Side(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }
}
