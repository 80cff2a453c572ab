package dev.signet.kraken.trading;

import dev.signet.core.WireValue;

/**
 * Order flags ({@code oflags}, sent comma-separated).
 *
 * <p>Example: {@code AddOrder.limit(...).flags(OrderFlag.POST_ONLY)}.
 */
public enum OrderFlag implements WireValue {
  /** {@code post}: post-only (limit orders). */
  POST_ONLY("post"),
  /** {@code fcib}: fee in base currency. */
  FEE_IN_BASE("fcib"),
  /** {@code fciq}: fee in quote currency. */
  FEE_IN_QUOTE("fciq"),
  /** {@code nompp}: no market price protection. */
  NO_MARKET_PRICE_PROTECTION("nompp"),
  /** {@code viqc}: volume in quote currency (buy market orders). */
  VOLUME_IN_QUOTE("viqc");

  private final String wire;

  OrderFlag(String wire) {
    this.wire = wire;
  }

  @Override
  public String wireValue() {
    return wire;
  }
}
