package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One of the account's USD-M futures fills, as {@code GET /fapi/v1/userTrades} answers it, with the
 * realized profit or loss it booked.
 *
 * <pre>{@code
 * BigDecimal pnl = client.futures().orders().userTrades(FuturesTradeQuery.builder("BTCUSDT").build()).get(0).realizedPnl();
 * }</pre>
 *
 * @param buyer whether the account bought
 * @param commission the commission (negative: paid)
 * @param commissionAsset the commission's asset
 * @param id the trade id
 * @param maker whether the account was the maker
 * @param orderId the order it filled
 * @param price the price
 * @param qty the quantity
 * @param quoteQty the quote amount
 * @param realizedPnl the profit or loss the fill realized
 * @param side the side
 * @param positionSide the position side
 * @param symbol the contract
 * @param time when it filled
 */
public record FuturesTrade(
    @JsonProperty(required = true) boolean buyer,
    BigDecimal commission,
    String commissionAsset,
    @JsonProperty(required = true) long id,
    @JsonProperty(required = true) boolean maker,
    @JsonProperty(required = true) long orderId,
    BigDecimal price,
    BigDecimal qty,
    BigDecimal quoteQty,
    BigDecimal realizedPnl,
    OrderSide side,
    PositionSide positionSide,
    String symbol,
    Instant time) {
  /**
   * Checks the fields every answer sends: {@code commission}, {@code commissionAsset}, {@code price}, {@code qty}, {@code quoteQty}, {@code realizedPnl}, {@code side}, {@code positionSide}, {@code symbol}, {@code time}.
   *
   * @param buyer whether the account bought
   * @param commission the commission (negative: paid)
   * @param commissionAsset the commission's asset
   * @param id the trade id
   * @param maker whether the account was the maker
   * @param orderId the order it filled
   * @param price the price
   * @param qty the quantity
   * @param quoteQty the quote amount
   * @param realizedPnl the profit or loss the fill realized
   * @param side the side
   * @param positionSide the position side
   * @param symbol the contract
   * @param time when it filled
   */
  public FuturesTrade {
    Required.field(commission, "commission");
    Required.field(commissionAsset, "commissionAsset");
    Required.field(price, "price");
    Required.field(qty, "qty");
    Required.field(quoteQty, "quoteQty");
    Required.field(realizedPnl, "realizedPnl");
    Required.field(side, "side");
    Required.field(positionSide, "positionSide");
    Required.field(symbol, "symbol");
    Required.field(time, "time");
  }
}
