package dev.signet.binance.wallet;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * A symbol's spot trade fee: an element of {@code GET /sapi/v1/asset/tradeFee}.
 *
 * <pre>{@code
 * TradeFee fee = client.wallet().tradeFee("BTCUSDT").get(0);
 * BigDecimal taker = fee.takerCommission();   // e.g. 0.001
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param symbol the symbol
 * @param makerCommission the maker fee as a fraction
 * @param takerCommission the taker fee as a fraction
 */
public record TradeFee(
    String symbol,
    BigDecimal makerCommission,
    BigDecimal takerCommission) {
  /**
   * Checks the required fields are present.
   *
   * @param symbol the symbol
   * @param makerCommission the maker fee as a fraction
   * @param takerCommission the taker fee as a fraction
   */
  public TradeFee {
    Required.field(symbol, "symbol");
    Required.field(makerCommission, "makerCommission");
    Required.field(takerCommission, "takerCommission");
  }
}
