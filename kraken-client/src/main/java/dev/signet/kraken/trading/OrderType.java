package dev.signet.kraken.trading;

import dev.signet.core.WireValue;

/**
 * Kraken order types ({@code ordertype}).
 *
 * <p>Example: {@code AddOrder.builder("XBTUSD", Side.SELL, OrderType.STOP_LOSS, volume).price(trigger)}.
 */
public enum OrderType implements WireValue {
  MARKET("market"),
  LIMIT("limit"),
  ICEBERG("iceberg"),
  STOP_LOSS("stop-loss"),
  TAKE_PROFIT("take-profit"),
  STOP_LOSS_LIMIT("stop-loss-limit"),
  TAKE_PROFIT_LIMIT("take-profit-limit"),
  TRAILING_STOP("trailing-stop"),
  TRAILING_STOP_LIMIT("trailing-stop-limit"),
  SETTLE_POSITION("settle-position");

  private final String wire;

  OrderType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }

  /** True for types whose {@code price} is required. */
  boolean needsPrice() {
    return this != MARKET && this != SETTLE_POSITION;
  }

  /** True for the {@code *-limit} types, which also need {@code price2}. */
  boolean needsPrice2() {
    return this == STOP_LOSS_LIMIT || this == TAKE_PROFIT_LIMIT || this == TRAILING_STOP_LIMIT;
  }
}
