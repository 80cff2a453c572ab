package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import dev.signet.core.WireValue;

/**
 * Spot order types.
 *
 * <p>Example: {@code NewOrder.builder("BTCUSDT", OrderSide.SELL, OrderType.STOP_LOSS_LIMIT)}.
 */
public enum OrderType implements WireValue {
  LIMIT,
  MARKET,
  STOP_LOSS,
  STOP_LOSS_LIMIT,
  TAKE_PROFIT,
  TAKE_PROFIT_LIMIT,
  LIMIT_MAKER,
  /** A value Binance sent that this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  @Override
  public String wireValue() {
    return SpotEnums.sendable(this, name());
  }
}
