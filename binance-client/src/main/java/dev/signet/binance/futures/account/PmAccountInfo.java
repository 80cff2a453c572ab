package dev.signet.binance.futures.account;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The Classic Portfolio Margin account's transferable amount of one asset:
 * {@code GET /fapi/v1/pmAccountInfo} (for Classic Portfolio Margin accounts only).
 *
 * <pre>{@code
 * PmAccountInfo btc = client.futures().accountData().pmAccountInfo("BTC");
 * BigDecimal out = btc.maxWithdrawAmount();
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param maxWithdrawAmountUSD the most that can be transferred out to the spot wallet, in USD
 * @param asset the asset, e.g. {@code BTC}
 * @param maxWithdrawAmount the most of {@code asset} that can be transferred out to the spot wallet
 */
public record PmAccountInfo(
    BigDecimal maxWithdrawAmountUSD,
    String asset,
    BigDecimal maxWithdrawAmount) {
  /**
   * Checks the required fields are present.
   *
   * @param maxWithdrawAmountUSD the most that can be transferred out to the spot wallet, in USD
   * @param asset the asset, e.g. {@code BTC}
   * @param maxWithdrawAmount the most of {@code asset} that can be transferred out to the spot wallet
   */
  public PmAccountInfo {
    Required.field(maxWithdrawAmountUSD, "maxWithdrawAmountUSD");
    Required.field(asset, "asset");
    Required.field(maxWithdrawAmount, "maxWithdrawAmount");
  }
}
