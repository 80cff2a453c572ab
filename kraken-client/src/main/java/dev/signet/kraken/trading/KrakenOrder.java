package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as OpenOrders, ClosedOrders and QueryOrders report it, every field the docs list.
 * Times are unix seconds with a fraction, as Kraken sends them.
 *
 * <pre>{@code
 * Map<String, KrakenOrder> open = kraken.accountData().openOrders();
 * open.forEach((txid, o) -> System.out.println(txid + " " + o.status() + " " + o.volumeExecuted()));
 * }</pre>
 *
 * <p>Required (every example in Kraken's spec has them): {@code status}, {@code opentm},
 * {@code starttm}, {@code expiretm}, {@code descr}, {@code vol}, {@code vol_exec}, {@code cost},
 * {@code fee}, {@code price}, {@code stopprice}, {@code limitprice}, {@code misc} and
 * {@code oflags}; a missing or null one fails the decode naming it. The rest may be null.
 *
 * @param refid referral order id, or null/"None"
 * @param userref the user reference, or null (the spec marks it nullable)
 * @param clientOrderId the client order id ({@code cl_ord_id}), or null
 * @param status the order's state (unknown values are kept)
 * @param reason why it was closed or cancelled, or null
 * @param openTime when it was placed (unix seconds)
 * @param closeTime when it closed (unix seconds), or null while open
 * @param startTime scheduled start (unix seconds, 0 for none)
 * @param expireTime expiry (unix seconds, 0 for none)
 * @param descr the order's description
 * @param volume ordered volume
 * @param volumeExecuted filled volume
 * @param cost total cost (quote currency)
 * @param fee total fee (quote currency)
 * @param price average fill price
 * @param stopPrice stop price (quote currency)
 * @param limitPrice triggered limit price (quote currency)
 * @param trigger price signal ({@code last} or {@code index}), or null
 * @param misc comma list of miscellaneous info (may be empty)
 * @param oflags comma list of order flags
 * @param trades trade ids (only when asked for; empty otherwise; unmodifiable)
 */
public record KrakenOrder(
    String refid,
    Long userref,
    @JsonProperty("cl_ord_id") String clientOrderId,
    OrderStatus status,
    String reason,
    @JsonProperty("opentm") BigDecimal openTime,
    @JsonProperty("closetm") BigDecimal closeTime,
    @JsonProperty("starttm") BigDecimal startTime,
    @JsonProperty("expiretm") BigDecimal expireTime,
    Descr descr,
    @JsonProperty("vol") BigDecimal volume,
    @JsonProperty("vol_exec") BigDecimal volumeExecuted,
    BigDecimal cost,
    BigDecimal fee,
    BigDecimal price,
    @JsonProperty("stopprice") BigDecimal stopPrice,
    @JsonProperty("limitprice") BigDecimal limitPrice,
    String trigger,
    String misc,
    String oflags,
    List<String> trades) {

  /**
   * Checks the required fields (by their wire names); copies the trade ids (absent gives empty).
   *
   * @param refid referral order id, or null/"None"
   * @param userref the user reference, or null (the spec marks it nullable)
   * @param clientOrderId the client order id ({@code cl_ord_id}), or null
   * @param status the order's state (unknown values are kept)
   * @param reason why it was closed or cancelled, or null
   * @param openTime when it was placed (unix seconds)
   * @param closeTime when it closed (unix seconds), or null while open
   * @param startTime scheduled start (unix seconds, 0 for none)
   * @param expireTime expiry (unix seconds, 0 for none)
   * @param descr the order's description
   * @param volume ordered volume
   * @param volumeExecuted filled volume
   * @param cost total cost (quote currency)
   * @param fee total fee (quote currency)
   * @param price average fill price
   * @param stopPrice stop price (quote currency)
   * @param limitPrice triggered limit price (quote currency)
   * @param trigger price signal ({@code last} or {@code index}), or null
   * @param misc comma list of miscellaneous info (may be empty)
   * @param oflags comma list of order flags
   * @param trades trade ids (only when asked for; empty otherwise; unmodifiable)
   */
  public KrakenOrder {
    Required.field(status, "status");
    Required.field(openTime, "opentm");
    Required.field(startTime, "starttm");
    Required.field(expireTime, "expiretm");
    Required.field(descr, "descr");
    Required.field(volume, "vol");
    Required.field(volumeExecuted, "vol_exec");
    Required.field(cost, "cost");
    Required.field(fee, "fee");
    Required.field(price, "price");
    Required.field(stopPrice, "stopprice");
    Required.field(limitPrice, "limitprice");
    Required.field(misc, "misc");
    Required.field(oflags, "oflags");
    trades = Required.listOrEmpty(trades, "trades");
  }

  /**
   * True while the order is {@code pending} or {@code open}.
   *
   * @return true while the order is pending or open
   */
  public boolean isOpen() {
    return status.isOpen();
  }

  /**
   * The order description inside {@link KrakenOrder}. All fields but {@code close} are required.
   *
   * <p>Example: {@code order.descr().price()}.
   *
   * @param pair the pair altname
   * @param type the side (unknown values are kept)
   * @param ordertype the order type, e.g. {@link OrderType#LIMIT} (unknown values are kept)
   * @param price primary price
   * @param price2 secondary price
   * @param leverage leverage, {@code none} for spot
   * @param order a readable description
   * @param close the conditional close description, empty or null when none
   */
  public record Descr(
      String pair, Side type, OrderType ordertype, BigDecimal price, BigDecimal price2, String leverage, String order,
      String close) {
    /**
     * Checks the required fields.
     *
     * @param pair the pair altname
     * @param type the side (unknown values are kept)
     * @param ordertype the order type, e.g. {@link OrderType#LIMIT} (unknown values are kept)
     * @param price primary price
     * @param price2 secondary price
     * @param leverage leverage, {@code none} for spot
     * @param order a readable description
     * @param close the conditional close description, empty or null when none
     */
    public Descr {
      Required.field(pair, "pair");
      Required.field(type, "type");
      Required.field(ordertype, "ordertype");
      Required.field(price, "price");
      Required.field(price2, "price2");
      Required.field(leverage, "leverage");
      Required.field(order, "order");
    }
  }
}
