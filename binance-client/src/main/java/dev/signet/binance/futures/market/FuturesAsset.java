package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One margin asset of the futures {@code exchangeInfo}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code boolean margin = info.assets().get(0).marginAvailable();}
 *
 * @param asset the asset
 * @param marginAvailable whether it can be margin in Multi-Assets mode
 * @param autoAssetExchange the auto-exchange threshold in Multi-Assets mode, or null when Binance sends none
 */
public record FuturesAsset(
    String asset,
    @JsonProperty(required = true) boolean marginAvailable,
    BigDecimal autoAssetExchange) {
  /**
   * Checks every required field is present.
   *
   * @param asset the asset
   * @param marginAvailable whether it can be margin in Multi-Assets mode
   * @param autoAssetExchange the auto-exchange threshold in Multi-Assets mode, or null when Binance sends none
   */
  public FuturesAsset {
    Required.field(asset, "asset");
  }
}
