package dev.signet.binance.futures.account;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The account's commission rates on one symbol: {@code GET /fapi/v1/commissionRate}.
 *
 * <pre>{@code
 * CommissionRate r = client.futures().accountData().commissionRate("BTCUSDT");
 * BigDecimal takerFee = notional.multiply(r.takerCommissionRate());
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it; the others are null when Binance leaves them out.
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param makerCommissionRate the maker rate, e.g. {@code 0.0002} for 0.02%
 * @param takerCommissionRate the taker rate, e.g. {@code 0.0004} for 0.04%
 * @param rpiCommissionRate the RPI (retail price improvement) order rate, or null when Binance leaves it out (it came on 2025-11-26)
 */
public record CommissionRate(
    String symbol,
    BigDecimal makerCommissionRate,
    BigDecimal takerCommissionRate,
    BigDecimal rpiCommissionRate) {
  /**
   * Checks the required fields are present.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param makerCommissionRate the maker rate, e.g. {@code 0.0002} for 0.02%
   * @param takerCommissionRate the taker rate, e.g. {@code 0.0004} for 0.04%
   * @param rpiCommissionRate the RPI (retail price improvement) order rate, or null when Binance leaves it out (it came on 2025-11-26)
   */
  public CommissionRate {
    Required.field(symbol, "symbol");
    Required.field(makerCommissionRate, "makerCommissionRate");
    Required.field(takerCommissionRate, "takerCommissionRate");
  }
}
