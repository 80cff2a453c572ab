package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One asset of the USD-M Futures balance: {@code GET /fapi/v3/balance}, every field the docs list.
 *
 * <pre>{@code
 * for (FuturesBalance b : client.futures().accountData().balances()) {
 *   System.out.println(b.asset() + " " + b.availableBalance());
 * }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param accountAlias the account's unique code
 * @param asset the asset, e.g. {@code USDT}
 * @param balance the wallet balance
 * @param crossWalletBalance the crossed wallet balance
 * @param crossUnPnl the unrealized profit of crossed positions
 * @param availableBalance the balance available for new orders
 * @param maxWithdrawAmount the most that can be transferred out
 * @param marginAvailable whether the asset can be used as margin in Multi-Assets mode
 * @param updateTime when it last changed (epoch millis on the wire)
 */
public record FuturesBalance(
    String accountAlias,
    String asset,
    BigDecimal balance,
    BigDecimal crossWalletBalance,
    BigDecimal crossUnPnl,
    BigDecimal availableBalance,
    BigDecimal maxWithdrawAmount,
    @JsonProperty(required = true) boolean marginAvailable,
    Instant updateTime) {
  /**
   * Checks the required fields are present.
   *
   * @param accountAlias the account's unique code
   * @param asset the asset, e.g. {@code USDT}
   * @param balance the wallet balance
   * @param crossWalletBalance the crossed wallet balance
   * @param crossUnPnl the unrealized profit of crossed positions
   * @param availableBalance the balance available for new orders
   * @param maxWithdrawAmount the most that can be transferred out
   * @param marginAvailable whether the asset can be used as margin in Multi-Assets mode
   * @param updateTime when it last changed (epoch millis on the wire)
   */
  public FuturesBalance {
    Required.field(accountAlias, "accountAlias");
    Required.field(asset, "asset");
    Required.field(balance, "balance");
    Required.field(crossWalletBalance, "crossWalletBalance");
    Required.field(crossUnPnl, "crossUnPnl");
    Required.field(availableBalance, "availableBalance");
    Required.field(maxWithdrawAmount, "maxWithdrawAmount");
    Required.field(updateTime, "updateTime");
  }
}
