package dev.signet.binance.spot.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One of the account's own trades, as {@code GET /api/v3/myTrades} reports it (every documented field).
 *
 * <pre>{@code
 * for (AccountTrade t : client.spot().accountData().myTrades(TradeQuery.builder("BNBBTC").limit(100).build())) {
 *   BigDecimal fee = t.commission();
 * }
 * }</pre>
 *
 * <p>Every field is required (the docs always send them): a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol
 * @param id the trade id (what {@code fromId} pages by)
 * @param orderId the id of the account's order that traded
 * @param orderListId the order list id, -1 when the order is not in a list
 * @param price the trade price
 * @param qty the traded base quantity
 * @param quoteQty the traded quote quantity
 * @param commission the commission paid
 * @param commissionAsset the asset the commission was paid in
 * @param time when the trade happened
 * @param buyer whether the account was the buyer ({@code isBuyer} on the wire)
 * @param maker whether the account was the maker ({@code isMaker} on the wire)
 * @param bestMatch whether the trade was at the best price ({@code isBestMatch} on the wire)
 */
public record AccountTrade(
    String symbol,
    @JsonProperty(required = true) long id,
    @JsonProperty(required = true) long orderId,
    @JsonProperty(required = true) long orderListId,
    BigDecimal price,
    BigDecimal qty,
    BigDecimal quoteQty,
    BigDecimal commission,
    String commissionAsset,
    Instant time,
    @JsonProperty(value = "isBuyer", required = true) boolean buyer,
    @JsonProperty(value = "isMaker", required = true) boolean maker,
    @JsonProperty(value = "isBestMatch", required = true) boolean bestMatch) {
  /**
   * Checks every field is present.
   *
   * @param symbol the symbol
   * @param id the trade id (what {@code fromId} pages by)
   * @param orderId the id of the account's order that traded
   * @param orderListId the order list id, -1 when the order is not in a list
   * @param price the trade price
   * @param qty the traded base quantity
   * @param quoteQty the traded quote quantity
   * @param commission the commission paid
   * @param commissionAsset the asset the commission was paid in
   * @param time when the trade happened
   * @param buyer whether the account was the buyer ({@code isBuyer} on the wire)
   * @param maker whether the account was the maker ({@code isMaker} on the wire)
   * @param bestMatch whether the trade was at the best price ({@code isBestMatch} on the wire)
   */
  public AccountTrade {
    Required.field(symbol, "symbol");
    Required.field(price, "price");
    Required.field(qty, "qty");
    Required.field(quoteQty, "quoteQty");
    Required.field(commission, "commission");
    Required.field(commissionAsset, "commissionAsset");
    Required.field(time, "time");
  }
}
