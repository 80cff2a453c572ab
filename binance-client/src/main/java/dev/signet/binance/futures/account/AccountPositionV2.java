package dev.signet.binance.futures.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.PositionSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One position of {@link FuturesAccountV2#positions()} ({@code GET /fapi/v2/account}).
 *
 * <pre>{@code
 * for (AccountPositionV2 p : client.futures().accountData().accountV2().positions()) {
 *   System.out.println(p.symbol() + " " + p.leverage() + "x " + (p.isolated() ? "isolated" : "cross"));
 * }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param initialMargin the initial margin required with the current mark price
 * @param maintMargin the maintenance margin required
 * @param unrealizedProfit the unrealized profit
 * @param positionInitialMargin the initial margin required for the position with the current mark price
 * @param openOrderInitialMargin the initial margin required for open orders with the current mark price
 * @param leverage the initial leverage (a string on the wire)
 * @param isolated whether the position is isolated
 * @param entryPrice the entry price
 * @param maxNotional the largest notional value allowed at this leverage
 * @param bidNotional the docs say to ignore it
 * @param askNotional the docs say to ignore it
 * @param positionSide the position side
 * @param positionAmt the position amount, negative when short
 * @param updateTime when it last changed (epoch millis on the wire; the epoch when never)
 */
public record AccountPositionV2(
    String symbol,
    BigDecimal initialMargin,
    BigDecimal maintMargin,
    BigDecimal unrealizedProfit,
    BigDecimal positionInitialMargin,
    BigDecimal openOrderInitialMargin,
    @JsonProperty(required = true) int leverage,
    @JsonProperty(value = "isolated", required = true) boolean isolated,
    BigDecimal entryPrice,
    BigDecimal maxNotional,
    BigDecimal bidNotional,
    BigDecimal askNotional,
    PositionSide positionSide,
    BigDecimal positionAmt,
    Instant updateTime) {
  /**
   * Checks the required fields are present.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param initialMargin the initial margin required with the current mark price
   * @param maintMargin the maintenance margin required
   * @param unrealizedProfit the unrealized profit
   * @param positionInitialMargin the initial margin required for the position with the current mark price
   * @param openOrderInitialMargin the initial margin required for open orders with the current mark price
   * @param leverage the initial leverage (a string on the wire)
   * @param isolated whether the position is isolated
   * @param entryPrice the entry price
   * @param maxNotional the largest notional value allowed at this leverage
   * @param bidNotional the docs say to ignore it
   * @param askNotional the docs say to ignore it
   * @param positionSide the position side
   * @param positionAmt the position amount, negative when short
   * @param updateTime when it last changed (epoch millis on the wire; the epoch when never)
   */
  public AccountPositionV2 {
    Required.field(symbol, "symbol");
    Required.field(initialMargin, "initialMargin");
    Required.field(maintMargin, "maintMargin");
    Required.field(unrealizedProfit, "unrealizedProfit");
    Required.field(positionInitialMargin, "positionInitialMargin");
    Required.field(openOrderInitialMargin, "openOrderInitialMargin");
    Required.field(entryPrice, "entryPrice");
    Required.field(maxNotional, "maxNotional");
    Required.field(bidNotional, "bidNotional");
    Required.field(askNotional, "askNotional");
    Required.field(positionSide, "positionSide");
    Required.field(positionAmt, "positionAmt");
    Required.field(updateTime, "updateTime");
  }
}
