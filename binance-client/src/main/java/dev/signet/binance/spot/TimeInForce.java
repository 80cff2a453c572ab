package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.signet.core.WireValue;

/**
 * How long an order stays on the book.
 *
 * <p>Example: {@code NewOrder.limit(...).timeInForce(TimeInForce.IOC)}.
 */
public enum TimeInForce implements WireValue {
  /** Good till cancelled. */
  GTC,
  /** Immediate or cancel. */
  IOC,
  /** Fill or kill. */
  FOK,
  /** A value Binance sent that this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  @Override
  public String wireValue() {
    return SpotEnums.sendable(this, name());
  }
}
