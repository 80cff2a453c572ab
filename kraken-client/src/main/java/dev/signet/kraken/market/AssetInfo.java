package dev.signet.kraken.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One asset of {@code GET /0/public/Assets}, keyed by Kraken's asset id ({@code XXBT}, {@code ZUSD},
 * {@code SOL}) in the answer's map.
 *
 * <pre>{@code
 * AssetInfo xbt = kraken.market().assets().get("XXBT");   // altname "XBT", decimals 10
 * }</pre>
 *
 * @param aclass the asset class, e.g. {@code currency} or {@code tokenized_asset}
 * @param altname the alternate name, e.g. {@code XBT} for {@code XXBT}
 * @param decimals the decimals Kraken keeps records in
 * @param displayDecimals the decimals shown to users ({@code display_decimals})
 * @param collateralValue the value as margin collateral ({@code collateral_value}), or null when absent
 * @param status {@code enabled}, {@code deposit_only}, {@code withdrawal_only} or
 *     {@code funding_temporarily_disabled}, or null when absent
 */
public record AssetInfo(
    String aclass,
    String altname,
    int decimals,
    @JsonProperty("display_decimals") int displayDecimals,
    @JsonProperty("collateral_value") BigDecimal collateralValue,
    String status) {
  /**
   * Checks the required fields.
   *
   * @param aclass the asset class
   * @param altname the alternate name
   * @param decimals the decimals Kraken keeps records in
   * @param displayDecimals the decimals shown to users
   * @param collateralValue the value as margin collateral, or null
   * @param status the funding status, or null
   */
  public AssetInfo {
    Required.field(aclass, "aclass");
    Required.field(altname, "altname");
  }
}
