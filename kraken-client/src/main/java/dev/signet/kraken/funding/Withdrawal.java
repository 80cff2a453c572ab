package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.FundingValues;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A recent withdrawal, as {@code WithdrawStatus} lists it. {@code time} is unix seconds.
 *
 * <pre>{@code
 * for (Withdrawal w : kraken.funding().withdrawStatus(FundingStatusQuery.forAsset("XBT")).items()) {
 *   if (w.status() == FundingStatus.PENDING) kraken.funding().withdrawCancel("XBT", w.refid());
 * }
 * }</pre>
 *
 * @param method the withdrawal method's name
 * @param network the network, or null when not sent
 * @param assetClass the asset class ({@code aclass}), or null when not sent
 * @param asset the asset id, e.g. {@code XXBT}
 * @param refid Kraken's reference id, as {@code Withdraw} returned it
 * @param txid the method's transaction id, or null
 * @param info the method's transaction information (e.g. the address), or null
 * @param amount the amount withdrawn
 * @param fee the fee paid, or null when not sent
 * @param time when the withdrawal was requested
 * @param status the withdrawal's state (undocumented values are kept)
 * @param statusProperty {@code status-prop}, e.g. {@code canceled}, or null
 * @param key the withdrawal key's name, or null when not sent
 */
public record Withdrawal(
    String method,
    String network,
    @JsonProperty("aclass") AssetClass assetClass,
    String asset,
    String refid,
    String txid,
    String info,
    BigDecimal amount,
    BigDecimal fee,
    @JsonDeserialize(using = FundingValues.Seconds.class) Instant time,
    FundingStatus status,
    @JsonProperty("status-prop") FundingStatusProperty statusProperty,
    String key) {
  /**
   * Checks the fields every example has.
   *
   * @param method the withdrawal method's name
   * @param network the network, or null
   * @param assetClass the asset class, or null
   * @param asset the asset id
   * @param refid Kraken's reference id
   * @param txid the method's transaction id, or null
   * @param info the method's transaction information, or null
   * @param amount the amount withdrawn
   * @param fee the fee paid, or null
   * @param time when the withdrawal was requested
   * @param status the withdrawal's state
   * @param statusProperty {@code status-prop}, or null
   * @param key the withdrawal key's name, or null
   */
  public Withdrawal {
    Required.field(method, "method");
    Required.field(asset, "asset");
    Required.field(refid, "refid");
    Required.field(amount, "amount");
    Required.field(time, "time");
    Required.field(status, "status");
  }
}
