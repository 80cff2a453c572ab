package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/**
 * The state of a spot order, as Binance reports it.
 *
 * <p>Example: {@code if (order.status() == OrderStatus.FILLED) { ... }}
 */
public enum OrderStatus {
  NEW,
  PENDING_NEW,
  PARTIALLY_FILLED,
  FILLED,
  CANCELED,
  PENDING_CANCEL,
  REJECTED,
  EXPIRED,
  EXPIRED_IN_MATCH,
  /** A value Binance sent that this version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /** True while the order can still trade. */
  public boolean isOpen() {
    return this == NEW || this == PARTIALLY_FILLED || this == PENDING_NEW;
  }
}
