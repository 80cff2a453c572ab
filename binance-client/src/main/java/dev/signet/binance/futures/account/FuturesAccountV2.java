package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The USD-M Futures account as {@code GET /fapi/v2/account} reports it, every field the docs list.
 * Prefer {@link FuturesAccount} ({@code /fapi/v3/account}); v2 adds the fee tier, fee burn,
 * permissions and modes, and every symbol's position with its leverage.
 *
 * <pre>{@code
 * FuturesAccountV2 a = client.futures().accountData().accountV2();
 * if (Boolean.FALSE.equals(a.canTrade())) { stop(); }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it; the others are null when Binance leaves them out.
 *
 * @param feeTier the account's commission tier
 * @param feeBurn whether fees are paid in BNB
 * @param canTrade whether the account can trade, or null when left out (the docs' example hides it in a comment)
 * @param canDeposit whether assets can be transferred in
 * @param canWithdraw whether assets can be transferred out
 * @param updateTime reserved; the docs say to ignore it (epoch millis on the wire)
 * @param multiAssetsMargin {@code true} in Multi-Assets mode
 * @param tradeGroupId the trade group id, {@code -1} when none
 * @param totalInitialMargin the initial margin required with the current mark price
 * @param totalMaintMargin the maintenance margin required
 * @param totalWalletBalance the wallet balance
 * @param totalUnrealizedProfit the unrealized profit
 * @param totalMarginBalance the margin balance
 * @param totalPositionInitialMargin the initial margin required for positions with the current mark price
 * @param totalOpenOrderInitialMargin the initial margin required for open orders with the current mark price
 * @param totalCrossWalletBalance the crossed wallet balance
 * @param totalCrossUnPnl the unrealized profit of crossed positions
 * @param availableBalance the balance available for new orders
 * @param maxWithdrawAmount the most that can be transferred out
 * @param assets the assets, unmodifiable
 * @param positions the positions of every symbol, unmodifiable
 */
public record FuturesAccountV2(
    @JsonProperty(required = true) int feeTier,
    @JsonProperty(required = true) boolean feeBurn,
    Boolean canTrade,
    @JsonProperty(required = true) boolean canDeposit,
    @JsonProperty(required = true) boolean canWithdraw,
    Instant updateTime,
    @JsonProperty(required = true) boolean multiAssetsMargin,
    @JsonProperty(required = true) long tradeGroupId,
    BigDecimal totalInitialMargin,
    BigDecimal totalMaintMargin,
    BigDecimal totalWalletBalance,
    BigDecimal totalUnrealizedProfit,
    BigDecimal totalMarginBalance,
    BigDecimal totalPositionInitialMargin,
    BigDecimal totalOpenOrderInitialMargin,
    BigDecimal totalCrossWalletBalance,
    BigDecimal totalCrossUnPnl,
    BigDecimal availableBalance,
    BigDecimal maxWithdrawAmount,
    List<AccountAssetV2> assets,
    List<AccountPositionV2> positions) {
  /**
   * Checks the required fields are present; copies the lists.
   *
   * @param feeTier the account's commission tier
   * @param feeBurn whether fees are paid in BNB
   * @param canTrade whether the account can trade, or null when left out (the docs' example hides it in a comment)
   * @param canDeposit whether assets can be transferred in
   * @param canWithdraw whether assets can be transferred out
   * @param updateTime reserved; the docs say to ignore it (epoch millis on the wire)
   * @param multiAssetsMargin {@code true} in Multi-Assets mode
   * @param tradeGroupId the trade group id, {@code -1} when none
   * @param totalInitialMargin the initial margin required with the current mark price
   * @param totalMaintMargin the maintenance margin required
   * @param totalWalletBalance the wallet balance
   * @param totalUnrealizedProfit the unrealized profit
   * @param totalMarginBalance the margin balance
   * @param totalPositionInitialMargin the initial margin required for positions with the current mark price
   * @param totalOpenOrderInitialMargin the initial margin required for open orders with the current mark price
   * @param totalCrossWalletBalance the crossed wallet balance
   * @param totalCrossUnPnl the unrealized profit of crossed positions
   * @param availableBalance the balance available for new orders
   * @param maxWithdrawAmount the most that can be transferred out
   * @param assets the assets, unmodifiable
   * @param positions the positions of every symbol, unmodifiable
   */
  public FuturesAccountV2 {
    Required.field(updateTime, "updateTime");
    Required.field(totalInitialMargin, "totalInitialMargin");
    Required.field(totalMaintMargin, "totalMaintMargin");
    Required.field(totalWalletBalance, "totalWalletBalance");
    Required.field(totalUnrealizedProfit, "totalUnrealizedProfit");
    Required.field(totalMarginBalance, "totalMarginBalance");
    Required.field(totalPositionInitialMargin, "totalPositionInitialMargin");
    Required.field(totalOpenOrderInitialMargin, "totalOpenOrderInitialMargin");
    Required.field(totalCrossWalletBalance, "totalCrossWalletBalance");
    Required.field(totalCrossUnPnl, "totalCrossUnPnl");
    Required.field(availableBalance, "availableBalance");
    Required.field(maxWithdrawAmount, "maxWithdrawAmount");
    assets = Required.list(assets, "assets");
    positions = Required.list(positions, "positions");
  }
}
