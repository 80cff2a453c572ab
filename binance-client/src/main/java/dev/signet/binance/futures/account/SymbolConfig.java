package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.MarginType;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The account's configuration of one symbol: {@code GET /fapi/v1/symbolConfig}, every field the docs list.
 *
 * <pre>{@code
 * SymbolConfig btc = client.futures().accountData().symbolConfig("BTCUSDT");
 * int leverage = btc.leverage();
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param marginType {@link MarginType#CROSSED} or {@link MarginType#ISOLATED}
 * @param isAutoAddMargin whether margin is added automatically (a string, {@code "false"}, on the wire)
 * @param leverage the initial leverage
 * @param maxNotionalValue the largest notional value allowed at this leverage
 */
public record SymbolConfig(
    String symbol,
    MarginType marginType,
    @JsonProperty(value = "isAutoAddMargin", required = true) boolean isAutoAddMargin,
    @JsonProperty(required = true) int leverage,
    BigDecimal maxNotionalValue) {
  /**
   * Checks the required fields are present.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param marginType {@link MarginType#CROSSED} or {@link MarginType#ISOLATED}
   * @param isAutoAddMargin whether margin is added automatically (a string, {@code "false"}, on the wire)
   * @param leverage the initial leverage
   * @param maxNotionalValue the largest notional value allowed at this leverage
   */
  public SymbolConfig {
    Required.field(symbol, "symbol");
    Required.field(marginType, "marginType");
    Required.field(maxNotionalValue, "maxNotionalValue");
  }
}
