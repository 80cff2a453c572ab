package dev.signet.kraken.trading;

import dev.signet.core.ListFormat;
import dev.signet.core.internal.Checks;
import dev.signet.core.Params;
import dev.signet.kraken.internal.AddOrderChecks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
  private final String pair;
  private final String clientOrderId;
  private final boolean validate;

  private AddOrder(Builder b) {
    this.clientOrderId = b.clientOrderId != null || b.userref != null || b.withoutClientOrderId
        ? b.clientOrderId
        : java.util.UUID.randomUUID().toString();
    this.validate = b.validate;
    this.pair = b.pair;
    Params p = Params.empty()
        .addIfPresent("cl_ord_id", clientOrderId)
        .addIfPresent("deadline", b.deadline == null ? null : b.deadline.toString())
        .addIfPresent("displayvol", b.displayVolume)
        .addIfPresent("expiretm", b.expireTime)
        .addIfPresent("leverage", b.leverage);
    if (!b.flags.isEmpty()) {
      List<String> flags = new ArrayList<>();
      b.flags.forEach(f -> flags.add(f.wireValue()));
      p.addList("oflags", flags, ListFormat.COMMA);
    }
    p.add("ordertype", b.type)
        .add("pair", b.pair)
        .addIfPresent("price", b.price)
        .addIfPresent("price2", b.price2)
        .addIfPresent("reduce_only", b.reduceOnly ? Boolean.TRUE : null)
        .addIfPresent("starttm", b.startTime)
        .addIfPresent("timeinforce", b.timeInForce)
        .add("type", b.side)
        .addIfPresent("userref", b.userref)
        .addIfPresent("validate", b.validate ? Boolean.TRUE : null)
        .add("volume", b.volume)
        .addAll(b.extra);
    this.params = p;
  }

  /**
   * A limit order: buy or sell {@code volume} of {@code pair} at {@code price} or better.
   *
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
   *
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
   *
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
   *
   * @return a new, modifiable copy of the parameters in sending order
   */
  public Params toParams() {
    return Params.copyOf(params);
  }

  /**
   * The client order id ({@code cl_ord_id}): given or generated; null with a userref or {@code withoutClientOrderId}.
   *
   * @return the client order id, or null when none is sent
   */
  public String clientOrderId() {
    return clientOrderId;
  }

  /**
   * The pair, as given.
   *
   * @return the pair, exactly as given to the factory
   */
  public String pair() {
    return pair;
  }

  /**
   * True when the order is only validated, not placed.
   *
   * @return true when {@code validate=true} is sent
   */
  public boolean validateOnly() {
    return validate;
  }

  @Override
  public String toString() {
    return "AddOrder" + params;
  }

  /** Builds an {@link AddOrder}; each setter checks its value at once, {@link #build()} the combination. */
  public static final class Builder {
    private final String pair;
    private final Side side;
    private final OrderType type;
    private final BigDecimal volume;
    private BigDecimal price;
    private BigDecimal price2;
    private BigDecimal displayVolume;
    private String clientOrderId;
    private Long userref;
    private String leverage;
    private boolean reduceOnly;
    private final Set<OrderFlag> flags = new LinkedHashSet<>();
    private TimeInForce timeInForce;
    private String startTime;
    private String expireTime;
    private Instant deadline;
    private boolean validate;
    private boolean withoutClientOrderId;
    private final Params extra = Params.empty();

    private Builder(String pair, Side side, OrderType type, BigDecimal volume) {
      this.pair = Checks.notBlank(pair, "pair", "a pair id or altname such as XBTUSD");
      this.side = Objects.requireNonNull(side, "side");
      this.type = Objects.requireNonNull(type, "type");
      this.volume = Checks.positive(volume, "volume");
    }

    /**
     * Limit price ({@code limit}, {@code iceberg}) or trigger price (stop, take-profit, trailing).
     *
     * @param price the price in the quote asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code price} is null or not positive
     */
    public Builder price(BigDecimal price) {
      this.price = Checks.positive(price, "price");
      return this;
    }

    /**
     * Secondary (limit) price of the {@code *-limit} types.
     *
     * @param price2 the secondary price in the quote asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code price2} is null or not positive
     */
    public Builder price2(BigDecimal price2) {
      this.price2 = Checks.positive(price2, "price2");
      return this;
    }

    /**
     * Visible volume of an iceberg order (at least volume / 15).
     *
     * @param displayVolume the visible volume in the base asset, positive
     * @return this builder
     * @throws IllegalArgumentException when {@code displayVolume} is null or not positive
     */
    public Builder displayVolume(BigDecimal displayVolume) {
      this.displayVolume = Checks.positive(displayVolume, "displayvol");
      return this;
    }

    /**
     * The client order id ({@code cl_ord_id}): a UUID (with or without dashes) or up to 18 ASCII
     * characters; unique among open orders.
     *
     * @param clientOrderId the id: a UUID, or 1 to 18 printable ASCII characters
     * @return this builder
     * @throws IllegalArgumentException when the id is blank, or neither a UUID nor short printable ASCII
     */
    public Builder clientOrderId(String clientOrderId) {
      this.clientOrderId = AddOrderChecks.clientOrderId(clientOrderId);
      return this;
    }

    /**
     * The non-unique user reference ({@code userref}, int32).
     *
     * @param userref the user reference; excludes a client order id
     * @return this builder
     */
    public Builder userref(int userref) {
      this.userref = (long) userref;
      return this;
    }

    /**
     * Leverage, e.g. {@code "2:1"} or {@code "2"}.
     *
     * @param leverage the leverage, e.g. {@code "2:1"}
     * @return this builder
     * @throws IllegalArgumentException when {@code leverage} is null or blank
     */
    public Builder leverage(String leverage) {
      if (leverage == null || leverage.isBlank()) {
        throw new IllegalArgumentException("leverage is empty; pass e.g. \"2:1\", or do not call leverage().");
      }
      this.leverage = leverage;
      return this;
    }

    /**
     * Only reduce an open margin position.
     *
     * @param reduceOnly true to send {@code reduce_only=true}
     * @return this builder
     */
    public Builder reduceOnly(boolean reduceOnly) {
      this.reduceOnly = reduceOnly;
      return this;
    }

    /**
     * Order flags, sent comma-separated in the order first given (a repeated flag is sent once).
     *
     * @param flags the flags to add, none null
     * @return this builder
     * @throws NullPointerException when a flag is null
     */
    public Builder flags(OrderFlag... flags) {
      for (OrderFlag f : flags) {
        this.flags.add(Objects.requireNonNull(f, "flag"));
      }
      return this;
    }

    /**
     * Time in force; {@code GTD} needs {@link #expireTime}.
     *
     * @param timeInForce the time in force, e.g. {@link TimeInForce#IOC}
     * @return this builder
     */
    public Builder timeInForce(TimeInForce timeInForce) {
      this.timeInForce = Objects.requireNonNull(timeInForce, "timeInForce");
      return this;
    }

    /**
     * Scheduled start: {@code 0}, a unix time, or {@code +<seconds>}.
     *
     * @param starttm {@code 0} (now), an absolute unix time in seconds, or {@code +<seconds>} from now
     * @return this builder
     * @throws IllegalArgumentException when the text is none of those forms
     */
    public Builder startTime(String starttm) {
      this.startTime = TimeSpec.check(starttm, "starttm");
      return this;
    }

    /**
     * Expiry: {@code 0}, a unix time, or {@code +<seconds>}.
     *
     * @param expiretm {@code 0} (none), an absolute unix time in seconds, or {@code +<seconds>} from now
     * @return this builder
     * @throws IllegalArgumentException when the text is none of those forms
     */
    public Builder expireTime(String expiretm) {
      this.expireTime = TimeSpec.check(expiretm, "expiretm");
      return this;
    }

    /**
     * The engine rejects the order after this time (between now + 2 s and now + 60 s).
     *
     * @param deadline the instant after which the engine rejects the order, sent as ISO-8601 ({@link Instant#toString()})
     * @return this builder
     */
    public Builder deadline(Instant deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline");
      return this;
    }

    /**
     * Validate only: Kraken checks the order and does not place it.
     *
     * @param validate true to only validate the order
     * @return this builder
     */
    public Builder validate(boolean validate) {
      this.validate = validate;
      return this;
    }

    /**
     * Sends no {@code cl_ord_id}. The order can then not be reconciled by Signet after an unknown
     * outcome; use it only to reproduce a request byte for byte.
     *
     * @return this builder
     */
    public Builder withoutClientOrderId() {
      this.withoutClientOrderId = true;
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
      extra.add(key, value);
      return this;
    }

    /**
     * The order; throws {@link IllegalArgumentException} naming what is missing or inconsistent.
     *
     * @return the immutable order
     * @throws IllegalArgumentException when a needed price is missing, both a client order id and a userref are set, a display volume is given for a non-iceberg order, or {@code GTD} has no expiry
     */
    public AddOrder build() {
      AddOrderChecks.combination(type, type.needsPrice(), type.needsPrice2(), price, price2, clientOrderId != null,
          userref != null, displayVolume, timeInForce, expireTime);
      return new AddOrder(this);
    }
  }
}
