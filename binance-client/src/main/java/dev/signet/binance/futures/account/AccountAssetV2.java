package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One asset of {@link FuturesAccountV2#assets()} ({@code GET /fapi/v2/account}).
 *
 * <pre>{@code
 * AccountAssetV2 usdt = client.futures().accountData().accountV2().assets().get(0);
 * boolean margin = usdt.marginAvailable();
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param asset the asset, e.g. {@code USDT}
 * @param walletBalance the wallet balance
 * @param unrealizedProfit the unrealized profit
 * @param marginBalance the margin balance
 * @param maintMargin the maintenance margin required
 * @param initialMargin the initial margin required with the current mark price
 * @param positionInitialMargin the initial margin required for positions with the current mark price
 * @param openOrderInitialMargin the initial margin required for open orders with the current mark price
 * @param crossWalletBalance the crossed wallet balance
 * @param crossUnPnl the unrealized profit of crossed positions
 * @param availableBalance the balance available for new orders
 * @param maxWithdrawAmount the most that can be transferred out
 * @param marginAvailable whether the asset can be used as margin in Multi-Assets mode
 * @param updateTime when it last changed (epoch millis on the wire)
 */
public record AccountAssetV2(
    String asset,
    BigDecimal walletBalance,
    BigDecimal unrealizedProfit,
    BigDecimal marginBalance,
    BigDecimal maintMargin,
    BigDecimal initialMargin,
    BigDecimal positionInitialMargin,
    BigDecimal openOrderInitialMargin,
    BigDecimal crossWalletBalance,
    BigDecimal crossUnPnl,
    BigDecimal availableBalance,
    BigDecimal maxWithdrawAmount,
    @JsonProperty(required = true) boolean marginAvailable,
    Instant updateTime) {
  /**
   * Checks the required fields are present.
   *
   * @param asset the asset, e.g. {@code USDT}
   * @param walletBalance the wallet balance
   * @param unrealizedProfit the unrealized profit
   * @param marginBalance the margin balance
   * @param maintMargin the maintenance margin required
   * @param initialMargin the initial margin required with the current mark price
   * @param positionInitialMargin the initial margin required for positions with the current mark price
   * @param openOrderInitialMargin the initial margin required for open orders with the current mark price
   * @param crossWalletBalance the crossed wallet balance
   * @param crossUnPnl the unrealized profit of crossed positions
   * @param availableBalance the balance available for new orders
   * @param maxWithdrawAmount the most that can be transferred out
   * @param marginAvailable whether the asset can be used as margin in Multi-Assets mode
   * @param updateTime when it last changed (epoch millis on the wire)
   */
  public AccountAssetV2 {
    Required.field(asset, "asset");
    Required.field(walletBalance, "walletBalance");
    Required.field(unrealizedProfit, "unrealizedProfit");
    Required.field(marginBalance, "marginBalance");
    Required.field(maintMargin, "maintMargin");
    Required.field(initialMargin, "initialMargin");
    Required.field(positionInitialMargin, "positionInitialMargin");
    Required.field(openOrderInitialMargin, "openOrderInitialMargin");
    Required.field(crossWalletBalance, "crossWalletBalance");
    Required.field(crossUnPnl, "crossUnPnl");
    Required.field(availableBalance, "availableBalance");
    Required.field(maxWithdrawAmount, "maxWithdrawAmount");
    Required.field(updateTime, "updateTime");
  }
}
