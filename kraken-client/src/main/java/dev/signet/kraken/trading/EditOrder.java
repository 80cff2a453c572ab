package dev.signet.kraken.trading;

import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.internal.OrderFields;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A Kraken {@code EditOrder} request, the legacy edit: Kraken cancels the order and places a new
 * one with a new txid (the queue position, the fills and the old userref stay with the old order;
 * {@link AmendOrder} keeps them). The order is named by txid or by its unique userref; at least one
 * of volume, display volume, price, price2, flags or the new userref must be given. The new price
 * and volume go through the pair's pre-flight, as for AddOrder. Parameters are sent in the docs'
 * order: {@code txid}, {@code userref}, {@code volume}, {@code displayvol}, {@code pair},
 * {@code price}, {@code price2}, {@code oflags}, {@code deadline}, {@code cancel_response},
 * {@code validate}, then extras. Immutable once built.
 *
 * <pre>{@code
 * EditOrder edit = EditOrder.txid("XBTUSD", "OHYO67-6LP66-HMQ437")
 *     .volume(new BigDecimal("1.25"))
 *     .price(new BigDecimal("27500"))
 *     .build();
 * }</pre>
 */
public final class EditOrder {
  private final Params params;
  private final String pair;
  private final String orderRef;

  private EditOrder(Builder b) {
    this.pair = b.pair;
    this.orderRef = (b.byUserref ? "userref=" : "txid=") + b.id;
    this.params = b.f.encode(Params.of("txid", b.id), OrderFields.EDIT_ORDER);
  }

  /**
   * Edits the order with Kraken id {@code txid}.
   *
   * @param pair the order's pair id or altname, e.g. {@code XBTUSD} (sent; Kraken requires it)
   * @param txid the order's transaction id, e.g. {@code OHYO67-6LP66-HMQ437}
   * @return a builder for the changes
   * @throws IllegalArgumentException when the pair or txid is blank
   */
  public static Builder txid(String pair, String txid) {
    return new Builder(pair, Checks.notBlank(txid, "txid", "an order txid such as OHYO67-6LP66-HMQ437"), false);
  }

  /**
   * Edits the one open order placed with {@code userref}; Kraken refuses the edit when several have it.
   *
   * @param pair the order's pair id or altname, e.g. {@code XBTUSD}
   * @param userref the userref the order was placed with
   * @return a builder for the changes
   * @throws IllegalArgumentException when the pair is blank
   */
  public static Builder userref(String pair, int userref) {
    return new Builder(pair, Integer.toString(userref), true);
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
   * The pair, as given.
   *
   * @return the pair
   */
  public String pair() {
    return pair;
  }

  /**
   * How the order is named in an unknown-outcome report: {@code txid=<txid>} or {@code userref=<userref>}.
   *
   * @return the order's reference
   */
  public String orderRef() {
    return orderRef;
  }

  @Override
  public String toString() {
    return "EditOrder" + params;
  }

  /** Builds an {@link EditOrder}; each setter checks its value at once, {@link #build()} that something changes. */
  public static final class Builder {
    private final String pair;
    private final String id;
    private final boolean byUserref;
    private final OrderFields f = new OrderFields();

    private Builder(String pair, String id, boolean byUserref) {
      this.pair = Checks.notBlank(pair, "pair", "a pair id or altname such as XBTUSD");
      f.text("pair", pair);
      this.id = id;
      this.byUserref = byUserref;
    }

    /**
     * The new order's userref ({@code userref}); the old order's is not carried over.
     *
     * @param userref the new order's user reference
     * @return this builder
     */
    public Builder newUserref(int userref) {
      f.text("userref", Integer.toString(userref));
      return this;
    }

    /**
     * The new volume in the base asset; Kraken refuses one below what has already filled.
     *
     * @param volume the new volume, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code volume} is null or not positive
     */
    public Builder volume(BigDecimal volume) {
      f.decimal("volume", volume);
      return this;
    }

    /**
     * The new visible volume of an iceberg order (at least 1/15 of the volume).
     *
     * @param displayVolume the new visible volume, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code displayVolume} is null or not positive
     */
    public Builder displayVolume(BigDecimal displayVolume) {
      f.decimal("displayvol", displayVolume);
      return this;
    }

    /**
     * The new price: the limit price, or the trigger price of a stop or take-profit type.
     *
     * @param price the new price in the quote asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code price} is null or not positive
     */
    public Builder price(BigDecimal price) {
      f.decimal("price", price);
      return this;
    }

    /**
     * The new secondary (limit) price of a {@code *-limit} type.
     *
     * @param price2 the new secondary price in the quote asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code price2} is null or not positive
     */
    public Builder price2(BigDecimal price2) {
      f.decimal("price2", price2);
      return this;
    }

    /**
     * The new order's flags, sent comma-separated in the order first given.
     *
     * @param flags the flags, none null
     * @return this builder
     * @throws NullPointerException when a flag is null
     */
    public Builder flags(OrderFlag... flags) {
      f.flags(flags);
      return this;
    }

    /**
     * The engine refuses the edit after this time (Kraken allows now + 500 ms to now + 60 s).
     *
     * @param deadline the instant, sent as ISO-8601 ({@link Instant#toString()})
     * @return this builder
     */
    public Builder deadline(Instant deadline) {
      f.deadline(deadline);
      return this;
    }

    /**
     * Sends Kraken's {@code cancel_response} flag (see Kraken's EditOrder docs for its effect).
     *
     * @param cancelResponse true to send {@code cancel_response=true}
     * @return this builder
     */
    public Builder cancelResponse(boolean cancelResponse) {
      f.flag("cancel_response", cancelResponse);
      return this;
    }

    /**
     * Validate only: Kraken checks the edit and changes nothing.
     *
     * @param validate true to only validate
     * @return this builder
     */
    public Builder validate(boolean validate) {
      f.flag("validate", validate);
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
     * The edit.
     *
     * @return the immutable edit
     * @throws IllegalArgumentException when nothing changes
     */
    public EditOrder build() {
      if (OrderFields.EDITS.stream().noneMatch(f::has)) {
        throw new IllegalArgumentException("EditOrder changes nothing; set volume, displayVolume, price, price2, flags"
            + " or newUserref.");
      }
      return new EditOrder(this);
    }
  }
}
