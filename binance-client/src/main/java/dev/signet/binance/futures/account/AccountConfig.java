package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * The USD-M Futures account's configuration: {@code GET /fapi/v1/accountConfig}, every field the docs list.
 *
 * <pre>{@code
 * AccountConfig c = client.futures().accountData().accountConfig();
 * if (!c.canTrade()) { stop(); }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param feeTier the account's commission tier
 * @param canTrade whether the account can trade
 * @param canDeposit whether assets can be transferred in
 * @param canWithdraw whether assets can be transferred out
 * @param dualSidePosition {@code true} in hedge mode, {@code false} in one-way mode
 * @param updateTime reserved; the docs say to ignore it (epoch millis on the wire)
 * @param multiAssetsMargin {@code true} in Multi-Assets mode
 * @param tradeGroupId the trade group id, {@code -1} when none
 */
public record AccountConfig(
    @JsonProperty(required = true) int feeTier,
    @JsonProperty(required = true) boolean canTrade,
    @JsonProperty(required = true) boolean canDeposit,
    @JsonProperty(required = true) boolean canWithdraw,
    @JsonProperty(required = true) boolean dualSidePosition,
    Instant updateTime,
    @JsonProperty(required = true) boolean multiAssetsMargin,
    @JsonProperty(required = true) long tradeGroupId) {
  /**
   * Checks the required fields are present.
   *
   * @param feeTier the account's commission tier
   * @param canTrade whether the account can trade
   * @param canDeposit whether assets can be transferred in
   * @param canWithdraw whether assets can be transferred out
   * @param dualSidePosition {@code true} in hedge mode, {@code false} in one-way mode
   * @param updateTime reserved; the docs say to ignore it (epoch millis on the wire)
   * @param multiAssetsMargin {@code true} in Multi-Assets mode
   * @param tradeGroupId the trade group id, {@code -1} when none
   */
  public AccountConfig {
    Required.field(updateTime, "updateTime");
  }
}
