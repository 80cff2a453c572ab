package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.PositionSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One position: {@code GET /fapi/v3/positionRisk}, every field the docs list. Only symbols with
 * a position or open orders are listed; in one-way mode {@code BOTH} positions, in hedge mode
 * {@code LONG} and {@code SHORT} ones. Leverage and margin type moved to {@code symbolConfig} in v3.
 *
 * <pre>{@code
 * for (PositionRisk p : client.futures().positions().positionRisk("BTCUSDT")) {
 *   System.out.println(p.positionSide() + " " + p.positionAmt() + " @ " + p.entryPrice());
 * }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param positionSide the position side
 * @param positionAmt the position amount, negative when short
 * @param entryPrice the entry price
 * @param breakEvenPrice the break-even price
 * @param markPrice the current mark price
 * @param unRealizedProfit the unrealized profit
 * @param liquidationPrice the liquidation price ({@code 0} when none)
 * @param isolatedMargin the isolated margin
 * @param notional the notional value
 * @param marginAsset the margin asset, e.g. {@code USDT}
 * @param isolatedWallet the isolated wallet balance (of an isolated position)
 * @param initialMargin the initial margin required with the current mark price
 * @param maintMargin the maintenance margin required
 * @param positionInitialMargin the initial margin required for the position with the current mark price
 * @param openOrderInitialMargin the initial margin required for open orders with the current mark price
 * @param adl the auto-deleverage ranking
 * @param bidNotional the docs say to ignore it
 * @param askNotional the docs say to ignore it
 * @param updateTime when it last changed (epoch millis on the wire)
 */
public record PositionRisk(
    String symbol,
    PositionSide positionSide,
    BigDecimal positionAmt,
    BigDecimal entryPrice,
    BigDecimal breakEvenPrice,
    BigDecimal markPrice,
    BigDecimal unRealizedProfit,
    BigDecimal liquidationPrice,
    BigDecimal isolatedMargin,
    BigDecimal notional,
    String marginAsset,
    BigDecimal isolatedWallet,
    BigDecimal initialMargin,
    BigDecimal maintMargin,
    BigDecimal positionInitialMargin,
    BigDecimal openOrderInitialMargin,
    @JsonProperty(required = true) int adl,
    BigDecimal bidNotional,
    BigDecimal askNotional,
    Instant updateTime) {
  /**
   * Checks the required fields are present.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param positionSide the position side
   * @param positionAmt the position amount, negative when short
   * @param entryPrice the entry price
   * @param breakEvenPrice the break-even price
   * @param markPrice the current mark price
   * @param unRealizedProfit the unrealized profit
   * @param liquidationPrice the liquidation price ({@code 0} when none)
   * @param isolatedMargin the isolated margin
   * @param notional the notional value
   * @param marginAsset the margin asset, e.g. {@code USDT}
   * @param isolatedWallet the isolated wallet balance (of an isolated position)
   * @param initialMargin the initial margin required with the current mark price
   * @param maintMargin the maintenance margin required
   * @param positionInitialMargin the initial margin required for the position with the current mark price
   * @param openOrderInitialMargin the initial margin required for open orders with the current mark price
   * @param adl the auto-deleverage ranking
   * @param bidNotional the docs say to ignore it
   * @param askNotional the docs say to ignore it
   * @param updateTime when it last changed (epoch millis on the wire)
   */
  public PositionRisk {
    Required.field(symbol, "symbol");
    Required.field(positionSide, "positionSide");
    Required.field(positionAmt, "positionAmt");
    Required.field(entryPrice, "entryPrice");
    Required.field(breakEvenPrice, "breakEvenPrice");
    Required.field(markPrice, "markPrice");
    Required.field(unRealizedProfit, "unRealizedProfit");
    Required.field(liquidationPrice, "liquidationPrice");
    Required.field(isolatedMargin, "isolatedMargin");
    Required.field(notional, "notional");
    Required.field(marginAsset, "marginAsset");
    Required.field(isolatedWallet, "isolatedWallet");
    Required.field(initialMargin, "initialMargin");
    Required.field(maintMargin, "maintMargin");
    Required.field(positionInitialMargin, "positionInitialMargin");
    Required.field(openOrderInitialMargin, "openOrderInitialMargin");
    Required.field(bidNotional, "bidNotional");
    Required.field(askNotional, "askNotional");
    Required.field(updateTime, "updateTime");
  }
}
