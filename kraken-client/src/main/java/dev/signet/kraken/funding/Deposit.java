package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.FundingValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A recent deposit, as {@code DepositStatus} lists it. {@code time} is unix seconds.
 *
 * <pre>{@code
 * for (Deposit d : kraken.funding().depositStatus(FundingStatusQuery.forAsset("XBT")).items()) {
 *   System.out.println(d.refid() + " " + d.amount() + " " + d.status());
 * }
 * }</pre>
 *
 * @param method the deposit method's name
 * @param assetClass the asset class ({@code aclass}), or null when not sent
 * @param asset the asset id, e.g. {@code XXBT}
 * @param refid Kraken's reference id
 * @param txid the method's transaction id, or null
 * @param info the method's transaction information (e.g. the address), or null
 * @param amount the amount deposited
 * @param fee the fee paid, or null when not sent (the spec's second example has none)
 * @param time when the deposit was made
 * @param status the deposit's state (undocumented values are kept)
 * @param statusProperty {@code status-prop}: {@code return} or {@code onhold}, or null
 * @param originators the sending transaction ids of a sweeping deposit; empty when not sent; unmodifiable
 */
public record Deposit(
    String method,
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
    List<String> originators) {
  /**
   * Checks the fields every example has; copies the originators (absent gives empty).
   *
   * @param method the deposit method's name
   * @param assetClass the asset class, or null
   * @param asset the asset id
   * @param refid Kraken's reference id
   * @param txid the method's transaction id, or null
   * @param info the method's transaction information, or null
   * @param amount the amount deposited
   * @param fee the fee paid, or null
   * @param time when the deposit was made
   * @param status the deposit's state
   * @param statusProperty {@code status-prop}, or null
   * @param originators the sending transaction ids, or null
   */
  public Deposit {
    Required.field(method, "method");
    Required.field(asset, "asset");
    Required.field(refid, "refid");
    Required.field(amount, "amount");
    Required.field(time, "time");
    Required.field(status, "status");
    originators = Required.listOrEmpty(originators, "originators");
  }
}
