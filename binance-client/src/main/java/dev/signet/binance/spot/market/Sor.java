package dev.signet.binance.spot.market;

import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * A smart-order-routing group of {@code exchangeInfo} ({@code sors}): symbols SOR routes between.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code List<String> routed = info.sors().get(0).symbols();   // [BTCUSDT, BTCUSDC]}
 *
 * @param baseAsset the base asset the symbols share
 * @param symbols the symbols (unmodifiable)
 */
public record Sor(String baseAsset, List<String> symbols) {
  /**
   * Checks every required field is present.
   *
   * @param baseAsset the base asset the symbols share
   * @param symbols the symbols (unmodifiable)
   */
  public Sor {
    Required.field(baseAsset, "baseAsset");
    symbols = Required.list(symbols, "symbols");
  }
}
