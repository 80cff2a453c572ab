package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.signet.core.WireValue;

/**
 * Order side. {@link #UNKNOWN} only appears in responses carrying a value this version does not
 * know; it cannot be sent.
 *
 * <p>Example: {@code NewOrder.limit("BTCUSDT", OrderSide.BUY, qty, price)}.
 */
public enum OrderSide implements WireValue {
  BUY,
  SELL,
  /** A value Binance sent that this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  @Override
  public String wireValue() {
    return SpotEnums.sendable(this, name());
  }
}
