package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The present open interest of a symbol: {@code GET /fapi/v1/openInterest}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal oi = client.futures().market().openInterest("BTCUSDT").openInterest();}
 *
 * @param openInterest the open interest, in contracts (base asset)
 * @param symbol the symbol
 * @param time when it was measured
 */
public record OpenInterest(
    BigDecimal openInterest,
    String symbol,
    Instant time) {
  /**
   * Checks every required field is present.
   *
   * @param openInterest the open interest, in contracts (base asset)
   * @param symbol the symbol
   * @param time when it was measured
   */
  public OpenInterest {
    Required.field(openInterest, "openInterest");
    Required.field(symbol, "symbol");
    Required.field(time, "time");
  }
}
