package dev.signet.binance.futures.account;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * The USD-M Futures account: {@code GET /fapi/v3/account}, every field the docs list. The
 * totals are in USDT (in USD in Multi-Assets mode); {@link #positions()} holds only symbols with a
 * position or open orders.
 *
 * <pre>{@code
 * FuturesAccount a = client.futures().accountData().account();
 * BigDecimal free = a.availableBalance();
 * for (AccountPosition p : a.positions()) { System.out.println(p.symbol() + " " + p.positionAmt()); }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param totalInitialMargin the initial margin required with the current mark price (isolated positions aside)
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
 * @param assets the margin assets (USDT, USDC, BTC, ...), unmodifiable
 * @param positions the positions of the symbols with a position or open orders, unmodifiable
 */
public record FuturesAccount(
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
    List<AccountAsset> assets,
    List<AccountPosition> positions) {
  /**
   * Checks the required fields are present; copies the lists.
   *
   * @param totalInitialMargin the initial margin required with the current mark price (isolated positions aside)
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
   * @param assets the margin assets (USDT, USDC, BTC, ...), unmodifiable
   * @param positions the positions of the symbols with a position or open orders, unmodifiable
   */
  public FuturesAccount {
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
