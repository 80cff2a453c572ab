package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A composite index symbol and its base assets: {@code GET /fapi/v1/indexInfo}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code List<CompositeIndex.Component> parts = client.futures().market().data().indexInfo("DEFIUSDT").get(0).baseAssetList();}
 *
 * @param symbol the index symbol
 * @param time when it was computed
 * @param component what the components are, e.g. {@code baseAsset}
 * @param baseAssetList the components (unmodifiable)
 */
public record CompositeIndex(
    String symbol,
    Instant time,
    String component,
    List<Component> baseAssetList) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the index symbol
   * @param time when it was computed
   * @param component what the components are, e.g. {@code baseAsset}
   * @param baseAssetList the components (unmodifiable)
   */
  public CompositeIndex {
    Required.field(symbol, "symbol");
    Required.field(time, "time");
    Required.field(component, "component");
    baseAssetList = Required.list(baseAssetList, "baseAssetList");
  }
  /**
   * One base asset of a composite index.
   *
   * <p>Example: {@code c.weightInPercentage()   // 0.02783900}
   *
   * @param baseAsset the base asset
   * @param quoteAsset the quote asset
   * @param weightInQuantity its weight, in quantity
   * @param weightInPercentage its weight, as a fraction
   */
  public record Component(
      String baseAsset,
      String quoteAsset,
      BigDecimal weightInQuantity,
      BigDecimal weightInPercentage) {
    /**
     * Checks every required field is present.
     *
     * @param baseAsset the base asset
     * @param quoteAsset the quote asset
     * @param weightInQuantity its weight, in quantity
     * @param weightInPercentage its weight, as a fraction
     */
    public Component {
      Required.field(baseAsset, "baseAsset");
      Required.field(quoteAsset, "quoteAsset");
      Required.field(weightInQuantity, "weightInQuantity");
      Required.field(weightInPercentage, "weightInPercentage");
    }
  }
}
