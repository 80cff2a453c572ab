package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The answer to {@code POST /fapi/v1/leverage}: the symbol's initial leverage now and the largest
 * position notional it allows.
 *
 * <pre>{@code
 * LeverageChange l = client.futures().trading().changeLeverage("BTCUSDT", 21);   // l.maxNotionalValue() 1000000
 * }</pre>
 *
 * @param leverage the initial leverage
 * @param maxNotionalValue the largest notional at this leverage
 * @param symbol the contract
 */
public record LeverageChange(@JsonProperty(required = true) int leverage, BigDecimal maxNotionalValue, String symbol) {
  /**
   * Checks the fields every answer sends.
   *
   * @param leverage the initial leverage
   * @param maxNotionalValue the largest notional at this leverage
   * @param symbol the contract
   */
  public LeverageChange {
    Required.field(maxNotionalValue, "maxNotionalValue");
    Required.field(symbol, "symbol");
  }
}
