package dev.signet.kraken.trading;

import dev.signet.core.internal.Checks;
import dev.signet.core.Params;
import dev.signet.kraken.internal.AddOrderChecks;
import dev.signet.kraken.internal.OrderFields;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A Kraken {@code AddOrder} request that cannot be built invalid: pair, side, type and a positive
 * volume are required; a limit order needs a positive price; {@code cl_ord_id} and {@code userref}
 * exclude each other; {@code GTD} needs an expiry. Immutable once built.
 *
 * <p>Every order carries a client order id ({@code cl_ord_id}): yours, or a UUID generated when
 * the order is built (unless it has a {@code userref} or {@link Builder#withoutClientOrderId()} is
 * called). It is fixed from then on, so an order whose outcome is unknown can be reconciled by it.
 *
 * <p>Parameters are sent in alphabetical order of their Kraken names (which reproduces the
 * example in Kraken's authentication guide byte for byte), then any extra parameters in the order
 * they were added.
 *
 * <pre>{@code
 * AddOrder order = AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("1.25"), new BigDecimal("37500"))
 *     .clientOrderId("bot-42")
 *     .validate(true)
 *     .build();
 * }</pre>
 */
public final class AddOrder {
  private final Params params;
  private final String clientOrderId;

  private AddOrder(Builder b) {
    this.clientOrderId = AddOrderChecks.idToSend(b.f, b.withoutClientOrderId);
    this.params = b.f.encode(Params.empty().addIfPresent("cl_ord_id", clientOrderId), OrderFields.ADD_ORDER);
  }

  /**
   * A limit order: buy or sell {@code volume} of {@code pair} at {@code price} or better.
   * @param pair the pair id or altname, e.g. {@code XBTUSD}
   * @param side buy or sell
   * @param volume the volume in the base asset, positive
   * @param price the limit price in the quote asset, positive
   * @return a builder for the rest of the order
   * @throws IllegalArgumentException when the pair is blank or the volume or price is not positive
   */
  public static Builder limit(String pair, Side side, BigDecimal volume, BigDecimal price) {
    return new Builder(pair, side, OrderType.LIMIT, volume).price(price);
  }

  /**
   * A market order for {@code volume} of {@code pair}.
   * @param pair the pair id or altname, e.g. {@code XBTUSD}
   * @param side buy or sell
   * @param volume the volume in the base asset, positive
   * @return a builder for the rest of the order
   * @throws IllegalArgumentException when the pair is blank or the volume is not positive
   */
  public static Builder market(String pair, Side side, BigDecimal volume) {
    return new Builder(pair, side, OrderType.MARKET, volume);
  }

  /**
   * Any order type; set the prices the type needs.
   * @param pair the pair id or altname, e.g. {@code XBTUSD}
   * @param side buy or sell
   * @param type the order type; {@link Builder#build()} checks it has the prices it needs
   * @param volume the volume in the base asset, positive
   * @return a builder for the rest of the order
   * @throws IllegalArgumentException when the pair is blank or the volume is not positive
   */
  public static Builder builder(String pair, Side side, OrderType type, BigDecimal volume) {
    return new Builder(pair, side, type, volume);
  }

  /**
   * The request parameters in the order they are sent (a copy).
   * @return a new, modifiable copy of the parameters in sending order
   */
  public Params toParams() {
    return Params.copyOf(params);
  }

  /**
   * The client order id ({@code cl_ord_id}): given or generated; null with a userref or {@code withoutClientOrderId}.
   * @return the client order id, or null when none is sent
   */
  public String clientOrderId() {
    return clientOrderId;
  }

  /**
   * The pair, as given.
   * @return the pair, exactly as given to the factory
   */
  public String pair() {
    return params.get("pair");
  }

  /**
   * True when the order is only validated, not placed.
   * @return true when {@code validate=true} is sent
   */
  public boolean validateOnly() {
    return params.containsKey("validate");
  }

  @Override
  public String toString() {
    return "AddOrder" + params;
  }

  /** Builds an {@link AddOrder}; each setter checks its value at once, {@link #build()} the combination. */
  public static final class Builder {
    private final OrderType type;
    private final OrderFields f = new OrderFields();
    private boolean withoutClientOrderId;

    private Builder(String pair, Side side, OrderType type, BigDecimal volume) {
      f.text("pair", Checks.notBlank(pair, "pair", "a pair id or altname such as XBTUSD"));
      f.wire("type", side, "side");
      f.wire("ordertype", type, "type");
      this.type = type;
      f.decimal("volume", volume);
    }

    /**
     * Limit price ({@code limit}, {@code iceberg}) or trigger price (stop, take-profit, trailing).
     * @param price the price in the quote asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code price} is null or not positive
     */
    public Builder price(BigDecimal price) {
      f.decimal("price", price);
      return this;
    }

    /**
     * Secondary (limit) price of the {@code *-limit} types.
     * @param price2 the secondary price in the quote asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code price2} is null or not positive
     */
    public Builder price2(BigDecimal price2) {
      f.decimal("price2", price2);
      return this;
    }

    /**
     * Visible volume of an iceberg order (at least volume / 15).
     * @param displayVolume the visible volume in the base asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code displayVolume} is null or not positive
     */
    public Builder displayVolume(BigDecimal displayVolume) {
      f.decimal("displayvol", displayVolume);
      return this;
    }

    /**
     * The client order id ({@code cl_ord_id}): a UUID (with or without dashes) or up to 18 ASCII
     * characters; unique among open orders.
     * @param clientOrderId the id: a UUID, or 1 to 18 printable ASCII characters
     * @return this builder
     * @throws IllegalArgumentException when the id is blank, or neither a UUID nor short printable ASCII
     */
    public Builder clientOrderId(String clientOrderId) {
      f.text("cl_ord_id", AddOrderChecks.clientOrderId(clientOrderId));
      return this;
    }

    /**
     * The non-unique user reference ({@code userref}, int32).
     * @param userref the user reference; excludes a client order id
     * @return this builder
     */
    public Builder userref(int userref) {
      f.text("userref", Integer.toString(userref));
      return this;
    }

    /**
     * Leverage, e.g. {@code "2:1"} or {@code "2"}.
     * @param leverage the leverage, e.g. {@code "2:1"}
     * @return this builder
     * @throws IllegalArgumentException when {@code leverage} is null or blank
     */
    public Builder leverage(String leverage) {
      f.text("leverage", AddOrderChecks.leverage(leverage));
      return this;
    }

    /**
     * Only reduce an open margin position.
     * @param reduceOnly true to send {@code reduce_only=true}
     * @return this builder
     */
    public Builder reduceOnly(boolean reduceOnly) {
      f.flag("reduce_only", reduceOnly);
      return this;
    }

    /**
     * Order flags, sent comma-separated in the order first given (a repeated flag is sent once).
     * @param flags the flags to add, none null
     * @return this builder
     * @throws NullPointerException when a flag is null
     */
    public Builder flags(OrderFlag... flags) {
      f.flags(flags);
      return this;
    }

    /**
     * Time in force; {@code GTD} needs {@link #expireTime}.
     * @param timeInForce the time in force, e.g. {@link TimeInForce#IOC}
     * @return this builder
     */
    public Builder timeInForce(TimeInForce timeInForce) {
      f.wire("timeinforce", timeInForce, "timeInForce");
      return this;
    }

    /**
     * Scheduled start: {@code 0}, a unix time, or {@code +<seconds>}.
     * @param starttm {@code 0} (now), an absolute unix time in seconds, or {@code +<seconds>} from now
     * @return this builder
     * @throws IllegalArgumentException when the text is none of those forms
     */
    public Builder startTime(String starttm) {
      f.text("starttm", TimeSpec.check(starttm, "starttm"));
      return this;
    }

    /**
     * Expiry: {@code 0}, a unix time, or {@code +<seconds>}.
     * @param expiretm {@code 0} (none), an absolute unix time in seconds, or {@code +<seconds>} from now
     * @return this builder
     * @throws IllegalArgumentException when the text is none of those forms
     */
    public Builder expireTime(String expiretm) {
      f.text("expiretm", TimeSpec.check(expiretm, "expiretm"));
      return this;
    }

    /**
     * The engine rejects the order after this time (between now + 2 s and now + 60 s).
     * @param deadline the instant after which the engine rejects the order, sent as ISO-8601 ({@link Instant#toString()})
     * @return this builder
     */
    public Builder deadline(Instant deadline) {
      f.deadline(deadline);
      return this;
    }

    /**
     * Validate only: Kraken checks the order and does not place it.
     * @param validate true to only validate the order
     * @return this builder
     */
    public Builder validate(boolean validate) {
      f.flag("validate", validate);
      return this;
    }

    /**
     * Sends no {@code cl_ord_id}. The order can then not be reconciled by Signet after an unknown
     * outcome; use it only to reproduce a request byte for byte.
     * @return this builder
     */
    public Builder withoutClientOrderId() {
      this.withoutClientOrderId = true;
      return this;
    }

    /**
     * A parameter Kraken added that this class does not model yet; sent after the modelled ones.
     * @param key the Kraken parameter name
     * @param value the value, sent as given
     * @return this builder
     */
    public Builder putExtraParam(String key, String value) {
      f.extra(key, value);
      return this;
    }

    /**
     * The order; throws {@link IllegalArgumentException} naming what is missing or inconsistent.
     * @return the immutable order
     * @throws IllegalArgumentException when a needed price is missing, both a client order id and a userref are set, a display volume is given for a non-iceberg order, or {@code GTD} has no expiry
     */
    public AddOrder build() {
      AddOrderChecks.combination(type, type.needsPrice(), type.needsPrice2(), f);
      return new AddOrder(this);
    }
  }
}
