package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * The symbol-level auto-deleveraging risk rating of {@code GET /fapi/v1/symbolAdlRisk}, updated every 30
 * minutes: {@code high}, {@code medium} or {@code low}, kept as sent.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code String risk = client.futures().market().data().adlRisk("BTCUSDT").adlRisk();   // "low"}
 *
 * @param symbol the symbol
 * @param adlRisk the rating, e.g. {@code low}
 * @param updateTime when it was rated
 */
public record AdlRisk(
    String symbol,
    String adlRisk,
    Instant updateTime) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param adlRisk the rating, e.g. {@code low}
   * @param updateTime when it was rated
   */
  public AdlRisk {
    Required.field(symbol, "symbol");
    Required.field(adlRisk, "adlRisk");
    Required.field(updateTime, "updateTime");
  }
}
