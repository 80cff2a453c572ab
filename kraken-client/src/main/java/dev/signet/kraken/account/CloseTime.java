package dev.signet.kraken.account;

import dev.signet.core.WireValue;

/**
 * Which time ClosedOrders' {@code start}/{@code end} compare with, its {@code closetime} (default {@code both}).
 *
 * <pre>{@code
 * ClosedOrdersQuery.builder().closeTime(CloseTime.CLOSE).build();
 * }</pre>
 */
public enum CloseTime implements WireValue {
  /** {@code open}: the order's open time. */
  OPEN,
  /** {@code close}: the order's close time. */
  CLOSE,
  /** {@code both}: either. */
  BOTH;

  @Override
  public String wireValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
