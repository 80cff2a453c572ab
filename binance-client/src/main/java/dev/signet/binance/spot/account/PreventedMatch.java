package dev.signet.binance.spot.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order expired by self-trade prevention, as {@code GET /api/v3/myPreventedMatches} reports it
 * (every documented field).
 *
 * <pre>{@code
 * List<PreventedMatch> m = client.spot().accountData().myPreventedMatches(PreventedMatchQuery.byOrder("BTCUSDT", 5));
 * BigDecimal lost = m.get(0).makerPreventedQuantity();
 * }</pre>
 *
 * <p>Every field is required (the docs always send them): a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the taker's symbol
 * @param preventedMatchId the prevented match id
 * @param takerOrderId the taker order's id
 * @param makerSymbol the maker's symbol
 * @param makerOrderId the maker order's id
 * @param tradeGroupId the trade group id
 * @param selfTradePreventionMode the mode that expired the order (unknown values are kept)
 * @param price the price the orders would have matched at
 * @param makerPreventedQuantity the maker quantity that expired
 * @param transactTime when the match was prevented
 */
public record PreventedMatch(
    String symbol,
    @JsonProperty(required = true) long preventedMatchId,
    @JsonProperty(required = true) long takerOrderId,
    String makerSymbol,
    @JsonProperty(required = true) long makerOrderId,
    @JsonProperty(required = true) long tradeGroupId,
    SelfTradePreventionMode selfTradePreventionMode,
    BigDecimal price,
    BigDecimal makerPreventedQuantity,
    Instant transactTime) {
  /**
   * Checks every field is present.
   *
   * @param symbol the taker's symbol
   * @param preventedMatchId the prevented match id
   * @param takerOrderId the taker order's id
   * @param makerSymbol the maker's symbol
   * @param makerOrderId the maker order's id
   * @param tradeGroupId the trade group id
   * @param selfTradePreventionMode the mode that expired the order (unknown values are kept)
   * @param price the price the orders would have matched at
   * @param makerPreventedQuantity the maker quantity that expired
   * @param transactTime when the match was prevented
   */
  public PreventedMatch {
    Required.field(symbol, "symbol");
    Required.field(makerSymbol, "makerSymbol");
    Required.field(selfTradePreventionMode, "selfTradePreventionMode");
    Required.field(price, "price");
    Required.field(makerPreventedQuantity, "makerPreventedQuantity");
    Required.field(transactTime, "transactTime");
  }
}
