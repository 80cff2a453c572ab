package dev.signet.binance.spot;

import dev.signet.core.WireValue;

/**
 * How much a new-order response says ({@code newOrderRespType}).
 *
 * <p>Example: {@code NewOrder.market(...).responseType(ResponseType.FULL)}.
 */
public enum ResponseType implements WireValue {
  /** Ids and time only. */
  ACK,
  /** The order's state. */
  RESULT,
  /** The order's state and its fills. */
  FULL;

  @Override
  public String wireValue() {
    return name();
  }
}
