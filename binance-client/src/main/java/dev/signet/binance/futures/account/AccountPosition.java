package dev.signet.binance.futures.account;

import dev.signet.binance.futures.PositionSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One position of {@link FuturesAccount#positions()} ({@code GET /fapi/v3/account}): in
 * one-way mode only {@code BOTH} positions, in hedge mode {@code LONG} and {@code SHORT} ones.
 *
 * <pre>{@code
 * for (AccountPosition p : client.futures().accountData().account().positions()) {
 *   if (p.positionSide() == PositionSide.BOTH) { System.out.println(p.symbol() + " " + p.positionAmt()); }
 * }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param positionSide the position side
 * @param positionAmt the position amount, negative when short
 * @param unrealizedProfit the unrealized profit
 * @param isolatedMargin the isolated margin
 * @param notional the notional value
 * @param isolatedWallet the isolated wallet balance
 * @param initialMargin the initial margin required with the current mark price
 * @param maintMargin the maintenance margin required
 * @param updateTime when it last changed (epoch millis on the wire; the epoch when never)
 */
public record AccountPosition(
    String symbol,
    PositionSide positionSide,
    BigDecimal positionAmt,
    BigDecimal unrealizedProfit,
    BigDecimal isolatedMargin,
    BigDecimal notional,
    BigDecimal isolatedWallet,
    BigDecimal initialMargin,
    BigDecimal maintMargin,
    Instant updateTime) {
  /**
   * Checks the required fields are present.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param positionSide the position side
   * @param positionAmt the position amount, negative when short
   * @param unrealizedProfit the unrealized profit
   * @param isolatedMargin the isolated margin
   * @param notional the notional value
   * @param isolatedWallet the isolated wallet balance
   * @param initialMargin the initial margin required with the current mark price
   * @param maintMargin the maintenance margin required
   * @param updateTime when it last changed (epoch millis on the wire; the epoch when never)
   */
  public AccountPosition {
    Required.field(symbol, "symbol");
    Required.field(positionSide, "positionSide");
    Required.field(positionAmt, "positionAmt");
    Required.field(unrealizedProfit, "unrealizedProfit");
    Required.field(isolatedMargin, "isolatedMargin");
    Required.field(notional, "notional");
    Required.field(isolatedWallet, "isolatedWallet");
    Required.field(initialMargin, "initialMargin");
    Required.field(maintMargin, "maintMargin");
    Required.field(updateTime, "updateTime");
  }
}
