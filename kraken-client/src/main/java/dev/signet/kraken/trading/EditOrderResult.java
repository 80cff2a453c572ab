package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The answer to {@code POST /0/private/EditOrder}: Kraken cancelled the original order and placed
 * a new one with a new txid (none when only validated).
 *
 * <pre>{@code
 * EditOrderResult edited = kraken.trading().editOrder(EditOrder.txid("XBTUSD", txid).price(new BigDecimal("19500")).build());
 * String replacement = edited.txid();   // track this one from now on
 * }</pre>
 *
 * <p>Required (Kraken's example has them): {@code status}, {@code originaltxid}, {@code volume},
 * {@code price}, {@code price2}, {@code orders_cancelled} and {@code descr}; a missing or null one
 * fails the decode naming it.
 *
 * @param descr Kraken's description of the new order
 * @param txid the new order's txid, or null when only validated
 * @param originalTxid the cancelled order's txid ({@code originaltxid})
 * @param volume the new order's volume
 * @param price the new order's price ({@code 0} when it has none)
 * @param price2 the new order's secondary price ({@code 0} when it has none)
 * @param ordersCancelled how many orders were cancelled ({@code orders_cancelled})
 * @param newUserref the new order's userref ({@code newuserref}), or null
 * @param status {@code ok}, or Kraken's {@code err}
 */
public record EditOrderResult(
    OrderDescription descr,
    String txid,
    @JsonProperty("originaltxid") String originalTxid,
    BigDecimal volume,
    BigDecimal price,
    BigDecimal price2,
    @JsonProperty(value = "orders_cancelled", required = true) int ordersCancelled,
    @JsonProperty("newuserref") Long newUserref,
    String status) {
  /**
   * Checks the required fields by their wire names.
   *
   * @param descr Kraken's description of the new order
   * @param txid the new order's txid, or null when only validated
   * @param originalTxid the cancelled order's txid
   * @param volume the new order's volume
   * @param price the new order's price
   * @param price2 the new order's secondary price
   * @param ordersCancelled how many orders were cancelled
   * @param newUserref the new order's userref, or null
   * @param status {@code ok}, or Kraken's {@code err}
   */
  public EditOrderResult {
    Required.field(descr, "descr");
    Required.field(originalTxid, "originaltxid");
    Required.field(volume, "volume");
    Required.field(price, "price");
    Required.field(price2, "price2");
    Required.field(status, "status");
  }
}
