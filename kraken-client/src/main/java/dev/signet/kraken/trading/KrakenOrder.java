package dev.signet.kraken.trading;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order as OpenOrders, ClosedOrders and QueryOrders report it, every field the docs list.
 * Times are unix seconds with a fraction, as Kraken sends them.
 *
 * <pre>{@code
 * Map<String, KrakenOrder> open = kraken.openOrders();
 * open.forEach((txid, o) -> System.out.println(txid + " " + o.status() + " " + o.volumeExecuted()));
 * }</pre>
 *
 * @param refid referral order id, or null/"None"
 * @param userref the user reference
 * @param clientOrderId the client order id ({@code cl_ord_id}), or null
 * @param status {@code pending}, {@code open}, {@code closed}, {@code canceled} or {@code expired} (kept as sent)
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
 * @param misc comma list of miscellaneous info
 * @param oflags comma list of order flags
 * @param trades trade ids (only when asked for)
 */
public record KrakenOrder(
    String refid,
    long userref,
    @JsonProperty("cl_ord_id") String clientOrderId,
    String status,
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

  /** Copies the trade ids; a missing list becomes empty. */
  public KrakenOrder {
    trades = trades == null ? List.of() : List.copyOf(trades);
  }

  /** True while the order is {@code pending} or {@code open}. */
  public boolean isOpen() {
    return "open".equals(status) || "pending".equals(status);
  }

  /**
   * The order description inside {@link KrakenOrder}.
   *
   * <p>Example: {@code order.descr().price()}.
   *
   * @param pair the pair altname
   * @param type {@code buy} or {@code sell}
   * @param ordertype the order type, e.g. {@code limit}
   * @param price primary price
   * @param price2 secondary price
   * @param leverage leverage, {@code none} for spot
   * @param order a readable description
   * @param close the conditional close description, empty when none
   */
  public record Descr(
      String pair, String type, String ordertype, BigDecimal price, BigDecimal price2, String leverage, String order,
      String close) {}
}
