package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One insurance fund of {@code GET /fapi/v1/insuranceBalance}: the symbols it covers and its balances.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal usdt = client.futures().market().data().insuranceBalance("BTCUSDT").assets().get(0).marginBalance();}
 *
 * @param symbols the symbols the fund covers (unmodifiable)
 * @param assets its balances (unmodifiable)
 */
public record InsuranceBalance(
    List<String> symbols,
    List<AssetBalance> assets) {
  /**
   * Checks every required field is present.
   *
   * @param symbols the symbols the fund covers (unmodifiable)
   * @param assets its balances (unmodifiable)
   */
  public InsuranceBalance {
    symbols = Required.list(symbols, "symbols");
    assets = Required.list(assets, "assets");
  }
  /**
   * The insurance fund balance of one margin asset.
   *
   * <p>Example: {@code b.marginBalance()   // 299999998.6497832}
   *
   * @param asset the margin asset
   * @param marginBalance the fund's balance
   * @param updateTime when it was taken
   */
  public record AssetBalance(
      String asset,
      BigDecimal marginBalance,
      Instant updateTime) {
    /**
     * Checks every required field is present.
     *
     * @param asset the margin asset
     * @param marginBalance the fund's balance
     * @param updateTime when it was taken
     */
    public AssetBalance {
      Required.field(asset, "asset");
      Required.field(marginBalance, "marginBalance");
      Required.field(updateTime, "updateTime");
    }
  }
}
