package dev.signet.kraken.trading;

import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.internal.OrderFields;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A Kraken {@code AmendOrder} request: changes an open order in place (same txid and client order
 * id; Kraken keeps its queue priority where it can, e.g. when only the quantity goes down). The
 * order is named by {@code txid} or by {@code cl_ord_id}; at least one of the quantity, display
 * quantity, limit price or trigger price must change. The pair is not sent (AmendOrder takes
 * none): it is given so the pre-flight can check the new price and quantity against the pair's
 * rules, as for AddOrder. Parameters are sent in the docs' order: {@code txid} or
 * {@code cl_ord_id}, {@code order_qty}, {@code display_qty}, {@code limit_price},
 * {@code trigger_price}, {@code post_only}, {@code deadline}, then extras. Immutable once built.
 *
 * <pre>{@code
 * AmendOrder amend = AmendOrder.clientOrderId("XBTUSD", "grid-1")
 *     .orderQty(new BigDecimal("1.25"))
 *     .limitPrice(new BigDecimal("37400"))
 *     .postOnly(true)
 *     .build();
 * }</pre>
 */
public final class AmendOrder {
  private final Params params;
  private final String pair;
  private final String orderRef;

  private AmendOrder(Builder b) {
    this.pair = b.pair;
    this.orderRef = b.idParam.equals("txid") ? "txid=" + b.id : b.id;
    this.params = b.f.encode(Params.of(b.idParam, b.id), OrderFields.AMEND_ORDER);
  }

  /**
   * Amends the order with Kraken id {@code txid}.
   *
   * @param pair the order's pair, for the pre-flight only (not sent), e.g. {@code XBTUSD}
   * @param txid the order's transaction id, e.g. {@code OFGKYQ-FHPCQ-HUQFEK}
   * @return a builder for the changes
   * @throws IllegalArgumentException when the pair or txid is blank
   */
  public static Builder txid(String pair, String txid) {
    return new Builder(pair, "txid", Checks.notBlank(txid, "txid", "an order txid such as OFGKYQ-FHPCQ-HUQFEK"));
  }

  /**
   * Amends the order placed with client order id {@code clientOrderId}.
   *
   * @param pair the order's pair, for the pre-flight only (not sent), e.g. {@code XBTUSD}
   * @param clientOrderId the {@code cl_ord_id} the order was placed with
   * @return a builder for the changes
   * @throws IllegalArgumentException when the pair or client order id is blank
   */
  public static Builder clientOrderId(String pair, String clientOrderId) {
    return new Builder(pair, "cl_ord_id", Checks.notBlank(clientOrderId, "cl_ord_id", "the id the order was placed with"));
  }

  /**
   * The request parameters in the order they are sent (a copy).
   *
   * @return a new, modifiable copy of the parameters
   */
  public Params toParams() {
    return Params.copyOf(params);
  }

  /**
   * The pair given for the pre-flight (not sent).
   *
   * @return the pair, as given
   */
  public String pair() {
    return pair;
  }

  /**
   * How the order is named in an unknown-outcome report: its {@code cl_ord_id}, or {@code txid=<txid>}.
   *
   * @return the order's reference
   */
  public String orderRef() {
    return orderRef;
  }

  @Override
  public String toString() {
    return "AmendOrder" + params;
  }

  /** Builds an {@link AmendOrder}; each setter checks its value at once, {@link #build()} that something changes. */
  public static final class Builder {
    private final String pair;
    private final String idParam;
    private final String id;
    private final OrderFields f = new OrderFields();

    private Builder(String pair, String idParam, String id) {
      this.pair = Checks.notBlank(pair, "pair", "the order's pair such as XBTUSD (used by the pre-flight, not sent)");
      this.idParam = idParam;
      this.id = id;
    }

    /**
     * The new order quantity in the base asset; below what has filled, Kraken cancels the rest.
     *
     * @param orderQty the new quantity, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code orderQty} is null or not positive
     */
    public Builder orderQty(BigDecimal orderQty) {
      f.decimal("order_qty", orderQty);
      return this;
    }

    /**
     * The new visible quantity of an iceberg order (at least 1/15 of the remaining quantity).
     *
     * @param displayQty the new visible quantity, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code displayQty} is null or not positive
     */
    public Builder displayQty(BigDecimal displayQty) {
      f.decimal("display_qty", displayQty);
      return this;
    }

    /**
     * The new limit price (order types with a limit price).
     *
     * @param limitPrice the new limit price in the quote asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code limitPrice} is null or not positive
     */
    public Builder limitPrice(BigDecimal limitPrice) {
      f.decimal("limit_price", limitPrice);
      return this;
    }

    /**
     * The new trigger price (stop-loss and take-profit types).
     *
     * @param triggerPrice the new trigger price in the quote asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code triggerPrice} is null or not positive
     */
    public Builder triggerPrice(BigDecimal triggerPrice) {
      f.decimal("trigger_price", triggerPrice);
      return this;
    }

    /**
     * Refuses the new limit price if the order could not rest passively in the book.
     *
     * @param postOnly true to send {@code post_only=true}; needs {@link #limitPrice}
     * @return this builder
     */
    public Builder postOnly(boolean postOnly) {
      f.flag("post_only", postOnly);
      return this;
    }

    /**
     * The engine refuses the amend after this time (Kraken allows now + 500 ms to now + 60 s).
     *
     * @param deadline the instant, sent as ISO-8601 ({@link Instant#toString()})
     * @return this builder
     */
    public Builder deadline(Instant deadline) {
      f.deadline(deadline);
      return this;
    }

    /**
     * A parameter Kraken added that this class does not model yet; sent after the modelled ones.
     *
     * @param key the Kraken parameter name
     * @param value the value, sent as given
     * @return this builder
     */
    public Builder putExtraParam(String key, String value) {
      f.extra(key, value);
      return this;
    }

    /**
     * The amend.
     *
     * @return the immutable amend
     * @throws IllegalArgumentException when nothing changes, or {@code post_only} is set without a new limit price
     */
    public AmendOrder build() {
      if (OrderFields.AMENDS.stream().noneMatch(f::has)) {
        throw new IllegalArgumentException("AmendOrder changes nothing; set orderQty, displayQty, limitPrice or"
            + " triggerPrice.");
      }
      if (f.has("post_only") && !f.has("limit_price")) {
        throw new IllegalArgumentException("post_only applies to a limit_price change; call limitPrice(...) too,"
            + " or leave postOnly out.");
      }
      return new AmendOrder(this);
    }
  }
}
