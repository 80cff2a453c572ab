package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One position: {@code GET /fapi/v2/positionRisk}, every field the docs list. Prefer
 * {@link PositionRisk} ({@code /fapi/v3/positionRisk}); v2 lists every symbol and carries the
 * leverage and margin type, which v3 moved to {@code symbolConfig}.
 *
 * <pre>{@code
 * for (PositionRiskV2 p : client.futures().positions().positionRiskV2("BTCUSDT")) {
 *   System.out.println(p.positionSide() + " " + p.leverage() + "x " + p.marginType());
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
 * @param leverage the initial leverage (a string on the wire)
 * @param maxNotionalValue the largest notional value allowed at this leverage
 * @param marginType {@link MarginType#ISOLATED_REPORTED} ({@code isolated}) or {@link MarginType#CROSS_REPORTED} ({@code cross})
 * @param isolatedMargin the isolated margin
 * @param isAutoAddMargin whether margin is added automatically (a string on the wire)
 * @param notional the notional value
 * @param isolatedWallet the isolated wallet balance
 * @param updateTime when it last changed (epoch millis on the wire; the epoch when never)
 */
public record PositionRiskV2(
    String symbol,
    PositionSide positionSide,
    BigDecimal positionAmt,
    BigDecimal entryPrice,
    BigDecimal breakEvenPrice,
    BigDecimal markPrice,
    BigDecimal unRealizedProfit,
    BigDecimal liquidationPrice,
    @JsonProperty(required = true) int leverage,
    BigDecimal maxNotionalValue,
    MarginType marginType,
    BigDecimal isolatedMargin,
    @JsonProperty(value = "isAutoAddMargin", required = true) boolean isAutoAddMargin,
    BigDecimal notional,
    BigDecimal isolatedWallet,
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
   * @param leverage the initial leverage (a string on the wire)
   * @param maxNotionalValue the largest notional value allowed at this leverage
   * @param marginType {@link MarginType#ISOLATED_REPORTED} ({@code isolated}) or {@link MarginType#CROSS_REPORTED} ({@code cross})
   * @param isolatedMargin the isolated margin
   * @param isAutoAddMargin whether margin is added automatically (a string on the wire)
   * @param notional the notional value
   * @param isolatedWallet the isolated wallet balance
   * @param updateTime when it last changed (epoch millis on the wire; the epoch when never)
   */
  public PositionRiskV2 {
    Required.field(symbol, "symbol");
    Required.field(positionSide, "positionSide");
    Required.field(positionAmt, "positionAmt");
    Required.field(entryPrice, "entryPrice");
    Required.field(breakEvenPrice, "breakEvenPrice");
    Required.field(markPrice, "markPrice");
    Required.field(unRealizedProfit, "unRealizedProfit");
    Required.field(liquidationPrice, "liquidationPrice");
    Required.field(maxNotionalValue, "maxNotionalValue");
    Required.field(marginType, "marginType");
    Required.field(isolatedMargin, "isolatedMargin");
    Required.field(notional, "notional");
    Required.field(isolatedWallet, "isolatedWallet");
    Required.field(updateTime, "updateTime");
  }
}
