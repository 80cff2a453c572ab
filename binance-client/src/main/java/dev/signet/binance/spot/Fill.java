package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One fill of a new order ({@code FULL} response).
 *
 * <p>Example: {@code result.fills().get(0).price()}.
 *
 * <p>Every field is required: a missing or null one fails the decode naming it.
 *
 * @param price fill price
 * @param qty filled quantity
 * @param commission commission charged
 * @param commissionAsset asset the commission was charged in
 * @param tradeId the trade id
 */
public record Fill(
    BigDecimal price,
    BigDecimal qty,
    BigDecimal commission,
    String commissionAsset,
    @JsonProperty(required = true) long tradeId) {
  /**
   * Checks every field is present.
   *
   * @param price fill price
   * @param qty filled quantity
   * @param commission commission charged
   * @param commissionAsset asset the commission was charged in
   * @param tradeId the trade id
   */
  public Fill {
    Required.field(price, "price");
    Required.field(qty, "qty");
    Required.field(commission, "commission");
    Required.field(commissionAsset, "commissionAsset");
  }
}
