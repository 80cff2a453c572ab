package dev.signet.binance.futures.account;

import dev.signet.core.internal.json.Required;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The auto-deleverage quantiles of one symbol's positions: {@code GET /fapi/v1/adlQuantile}.
 * Keys are {@code LONG}, {@code SHORT} or {@code BOTH}, as the positions' sides; for cross-margined
 * hedge-mode positions Binance sends {@code HEDGE} as a marker in place of {@code BOTH}. Values run
 * 0 to 4, from the least to the most likely to be auto-deleveraged; Binance updates them every 30 s.
 *
 * <pre>{@code
 * AdlQuantile btc = client.futures().positions().adlQuantile("BTCUSDT").get(0);
 * int risk = btc.adlQuantile().getOrDefault("BOTH", 0);
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param adlQuantile the quantile per position, unmodifiable, in the order sent
 */
public record AdlQuantile(
    String symbol,
    Map<String, Integer> adlQuantile) {
  /**
   * Checks the required fields are present; copies the map.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param adlQuantile the quantile per position, unmodifiable, in the order sent
   */
  public AdlQuantile {
    Required.field(symbol, "symbol");
    adlQuantile = Collections.unmodifiableMap(new LinkedHashMap<>(Required.values(adlQuantile, "adlQuantile")));
  }
}
