package dev.signet.binance.futures.account;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One pair the futures convert accepts, with its amount limits: {@code GET /fapi/v1/convert/exchangeInfo}.
 *
 * <pre>{@code
 * ConvertPair p = client.futures().convert().pairs("BTC", "USDT").get(0);
 * BigDecimal min = p.fromAssetMinAmount();
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param fromAsset the asset spent, e.g. {@code BTC}
 * @param toAsset the asset received, e.g. {@code USDT}
 * @param fromAssetMinAmount the smallest amount of {@code fromAsset}
 * @param fromAssetMaxAmount the largest amount of {@code fromAsset}
 * @param toAssetMinAmount the smallest amount of {@code toAsset}
 * @param toAssetMaxAmount the largest amount of {@code toAsset}
 */
public record ConvertPair(
    String fromAsset,
    String toAsset,
    BigDecimal fromAssetMinAmount,
    BigDecimal fromAssetMaxAmount,
    BigDecimal toAssetMinAmount,
    BigDecimal toAssetMaxAmount) {
  /**
   * Checks the required fields are present.
   *
   * @param fromAsset the asset spent, e.g. {@code BTC}
   * @param toAsset the asset received, e.g. {@code USDT}
   * @param fromAssetMinAmount the smallest amount of {@code fromAsset}
   * @param fromAssetMaxAmount the largest amount of {@code fromAsset}
   * @param toAssetMinAmount the smallest amount of {@code toAsset}
   * @param toAssetMaxAmount the largest amount of {@code toAsset}
   */
  public ConvertPair {
    Required.field(fromAsset, "fromAsset");
    Required.field(toAsset, "toAsset");
    Required.field(fromAssetMinAmount, "fromAssetMinAmount");
    Required.field(fromAssetMaxAmount, "fromAssetMaxAmount");
    Required.field(toAssetMinAmount, "toAssetMinAmount");
    Required.field(toAssetMaxAmount, "toAssetMaxAmount");
  }
}
