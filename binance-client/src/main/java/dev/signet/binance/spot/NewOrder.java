package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceOrderIds;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.internal.Checks;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A spot {@code POST /api/v3/order} request that cannot be built invalid: the type's mandatory
 * fields are required (LIMIT: timeInForce, quantity, price; MARKET: quantity or quoteOrderQty;
 * stop types: stopPrice), quantities and prices are positive, the client order id matches
 * Binance's pattern. Parameters go out in the docs' order. Immutable once built.
 *
 * <p>Every order carries a client order id ({@code newClientOrderId}): yours, or one generated
 * when the order is built ({@code sg} + 32 hex digits). It is fixed from then on, so an order whose
 * outcome is unknown can be reconciled by it and is never placed twice.
 *
 * <pre>{@code
 * NewOrder order = NewOrder.limit("BTCUSDT", OrderSide.BUY, new BigDecimal("0.01"), new BigDecimal("35000"))
 *     .clientOrderId("bot-42")
 *     .build();
 * OrderResult r = client.spot().trading().newOrder(order);   // sends newOrderRespType=RESULT
 * }</pre>
 */
public final class NewOrder {
  private final String symbol;
  private final String clientOrderId;
  private final ResponseType responseType;
  private final Params before;
  private final Params after;

  private NewOrder(Builder b) {
    this.symbol = b.symbol;
    this.clientOrderId = b.clientOrderId != null ? b.clientOrderId : BinanceOrderIds.generate();
    this.responseType = b.responseType;
    this.before = Params.of("symbol", b.symbol)
        .add("side", b.side)
        .add("type", b.type)
        .addIfPresent("timeInForce", b.timeInForce)
        .addIfPresent("quantity", b.quantity)
        .addIfPresent("quoteOrderQty", b.quoteOrderQty)
        .addIfPresent("price", b.price)
        .add("newClientOrderId", clientOrderId)
        .addIfPresent("stopPrice", b.stopPrice)
        .addIfPresent("icebergQty", b.icebergQty);
    this.after = Params.empty()
        .addIfPresent("selfTradePreventionMode", b.selfTradePreventionMode)
        .addAll(b.extra);
  }

  /**
   * A LIMIT order, good till cancelled unless {@link Builder#timeInForce} says otherwise.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param side the order side
   * @param quantity the base-asset quantity
   * @param price the limit price
   * @return a builder for a LIMIT order, good till cancelled unless {@link Builder#timeInForce} says otherwise
   */
  public static Builder limit(String symbol, OrderSide side, BigDecimal quantity, BigDecimal price) {
    return new Builder(symbol, side, OrderType.LIMIT).quantity(quantity).price(price).timeInForce(TimeInForce.GTC);
  }

  /**
   * A MARKET order for {@code quantity} of the base asset.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param side the order side
   * @param quantity the base-asset quantity
   * @return a builder for a MARKET order for {@code quantity} of the base asset
   */
  public static Builder market(String symbol, OrderSide side, BigDecimal quantity) {
    return new Builder(symbol, side, OrderType.MARKET).quantity(quantity);
  }

  /**
   * A MARKET order spending (BUY) or receiving (SELL) {@code quoteOrderQty} of the quote asset.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param side the order side
   * @param quoteOrderQty the quote-asset amount to spend or receive
   * @return a builder for a MARKET order spending (BUY) or receiving (SELL) {@code quoteOrderQty} of the quote asset
   */
  public static Builder marketQuote(String symbol, OrderSide side, BigDecimal quoteOrderQty) {
    return new Builder(symbol, side, OrderType.MARKET).quoteOrderQty(quoteOrderQty);
  }

  /**
   * Any order type; set what the type needs.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param side the order side
   * @param type order type
   * @return a new builder
   */
  public static Builder builder(String symbol, OrderSide side, OrderType type) {
    return new Builder(symbol, side, type);
  }

  /**
   * The symbol.
   *
   * @return the symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The client order id ({@code newClientOrderId}): the one given, or the one generated at build time.
   *
   * @return the client order id ({@code newClientOrderId}): the one given, or the one generated at build time
   */
  public String clientOrderId() {
    return clientOrderId;
  }

  /**
   * The parameters in the order they are sent (a copy), with the {@code newOrderRespType} set on
   * the builder, if any.
   *
   * @return the parameters in the order they are sent (a copy)
   */
  public Params toParams() {
    return toParams(responseType);
  }

  /**
   * The parameters with {@code newOrderRespType} {@code type} (none when null), as the typed calls
   * send them: {@link SpotTrading#newOrderAck} sends ACK, {@link SpotTrading#newOrder} RESULT,
   * {@link SpotTrading#newOrderFull} FULL.
   *
   * @param type the response type to send, or null for Binance's default
   * @return the parameters in the order they are sent (a copy)
   */
  public Params toParams(ResponseType type) {
    return Params.copyOf(before).addIfPresent("newOrderRespType", type).addAll(after);
  }

  /**
   * The parameters a typed call answering {@code type} sends; refuses an order whose builder set
   * another response type, since the answer would not fit the call's return type.
   */
  Params paramsAnswering(ResponseType type) {
    if (responseType != null && !responseType.equals(type)) {
      throw new IllegalArgumentException("newOrderRespType " + responseType + " was set on the order, but this"
          + " call answers " + type + "; call newOrderAck, newOrder or newOrderFull to choose, without responseType(...).");
    }
    return toParams(type);
  }

  /**
   * The response type set with {@link Builder#responseType}, or null.
   *
   * @return the response type set on the builder, or null
   */
  public ResponseType responseType() {
    return responseType;
  }

  @Override
  public String toString() {
    return "NewOrder" + toParams();
  }

  static String checkClientOrderId(String id, String name) {
    return BinanceOrderIds.check(id, name);
  }

  /** Builds a {@link NewOrder}; setters check their value, {@link #build()} the combination. */
  public static final class Builder {
    private final String symbol;
    private final OrderSide side;
    private final OrderType type;
    private TimeInForce timeInForce;
    private BigDecimal quantity;
    private BigDecimal quoteOrderQty;
    private BigDecimal price;
    private BigDecimal stopPrice;
    private BigDecimal icebergQty;
    private String clientOrderId;
    private ResponseType responseType;
    private SelfTradePreventionMode selfTradePreventionMode;
    private final Params extra = Params.empty();

    private Builder(String symbol, OrderSide side, OrderType type) {
      this.symbol = Symbols.check("symbol", symbol);
      this.side = Objects.requireNonNull(side, "side");
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Base-asset quantity.
     *
     * @param quantity the base-asset quantity
     * @return this builder
     */
    public Builder quantity(BigDecimal quantity) {
      this.quantity = Checks.positive(quantity, "quantity");
      return this;
    }

    /**
     * Quote-asset quantity (MARKET only).
     *
     * @param quoteOrderQty the quote-asset amount to spend or receive
     * @return this builder
     */
    public Builder quoteOrderQty(BigDecimal quoteOrderQty) {
      this.quoteOrderQty = Checks.positive(quoteOrderQty, "quoteOrderQty");
      return this;
    }

    /**
     * Limit price.
     *
     * @param price the limit price
     * @return this builder
     */
    public Builder price(BigDecimal price) {
      this.price = Checks.positive(price, "price");
      return this;
    }

    /**
     * Trigger price of the stop and take-profit types.
     *
     * @param stopPrice stop price (0 when none)
     * @return this builder
     */
    public Builder stopPrice(BigDecimal stopPrice) {
      this.stopPrice = Checks.positive(stopPrice, "stopPrice");
      return this;
    }

    /**
     * Visible quantity of an iceberg order (needs GTC).
     *
     * @param icebergQty iceberg quantity (0 when none)
     * @return this builder
     */
    public Builder icebergQty(BigDecimal icebergQty) {
      this.icebergQty = Checks.positive(icebergQty, "icebergQty");
      return this;
    }

    /**
     * Time in force.
     *
     * @param timeInForce time in force
     * @return this builder
     */
    public Builder timeInForce(TimeInForce timeInForce) {
      this.timeInForce = Objects.requireNonNull(timeInForce, "timeInForce");
      return this;
    }

    /**
     * The client order id ({@code newClientOrderId}): 1 to 36 of {@code A-Z a-z 0-9 . : / _ -}.
     *
     * @param clientOrderId the client order id ({@code newClientOrderId} on the wire)
     * @return this builder
     */
    public Builder clientOrderId(String clientOrderId) {
      this.clientOrderId = checkClientOrderId(clientOrderId, "newClientOrderId");
      return this;
    }

    /**
     * How much the response says. The typed calls choose it themselves ({@code newOrderAck},
     * {@code newOrder}, {@code newOrderFull}) and refuse an order whose builder set another one.
     *
     * @param responseType {@code ACK}, {@code RESULT} or {@code FULL}
     * @return this builder
     */
    public Builder responseType(ResponseType responseType) {
      this.responseType = Objects.requireNonNull(responseType, "responseType");
      return this;
    }

    /**
     * Self-trade prevention mode, e.g. {@link SelfTradePreventionMode#EXPIRE_TAKER}.
     *
     * @param mode the self-trade prevention mode
     * @return this builder
     */
    public Builder selfTradePreventionMode(SelfTradePreventionMode mode) {
      this.selfTradePreventionMode = Objects.requireNonNull(mode, "selfTradePreventionMode");
      return this;
    }

    /**
     * A parameter Binance added that this class does not model yet; sent after the modelled ones.
     *
     * @param key the parameter name, as Binance spells it (e.g. {@code strategyId})
     * @param value the parameter value, sent as given
     * @return this builder
     */
    public Builder putExtraParam(String key, String value) {
      extra.add(key, value);
      return this;
    }

    /**
     * The order; throws {@link IllegalArgumentException} naming what is missing or inconsistent.
     * An order type this version does not know ({@code !type.isKnown()}) is sent as built, for
     * Binance to check.
     *
     * @return the order
     */
    public NewOrder build() {
      if (type.isKnown()) {
        checkCombination();
      }
      return new NewOrder(this);
    }

    private void checkCombination() {
      boolean limitLike = type.equals(OrderType.LIMIT) || type.equals(OrderType.STOP_LOSS_LIMIT)
          || type.equals(OrderType.TAKE_PROFIT_LIMIT);
      if ((limitLike || type.equals(OrderType.LIMIT_MAKER)) && price == null) {
        throw new IllegalArgumentException(type + " orders need price; call price(...).");
      }
      if (limitLike && timeInForce == null) {
        throw new IllegalArgumentException(type + " orders need timeInForce; call timeInForce(...).");
      }
      boolean market = type.equals(OrderType.MARKET);
      if (market) {
        if ((quantity == null) == (quoteOrderQty == null)) {
          throw new IllegalArgumentException("MARKET orders need exactly one of quantity and quoteOrderQty.");
        }
      } else if (quantity == null) {
        throw new IllegalArgumentException(type + " orders need quantity; call quantity(...).");
      } else if (quoteOrderQty != null) {
        throw new IllegalArgumentException("quoteOrderQty is only for MARKET orders.");
      }
      boolean stopLike = type.equals(OrderType.STOP_LOSS) || type.equals(OrderType.TAKE_PROFIT)
          || type.equals(OrderType.STOP_LOSS_LIMIT) || type.equals(OrderType.TAKE_PROFIT_LIMIT);
      if (stopLike && stopPrice == null) {
        throw new IllegalArgumentException(type + " orders need stopPrice; call stopPrice(...).");
      }
      if (market && (price != null || timeInForce != null)) {
        throw new IllegalArgumentException("MARKET orders take neither price nor timeInForce.");
      }
    }
  }
}
