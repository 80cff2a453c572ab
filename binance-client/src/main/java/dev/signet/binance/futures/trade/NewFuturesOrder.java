package dev.signet.binance.futures.trade;

import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.internal.BinanceOrderIds;
import dev.signet.binance.internal.FuturesOrderChecks;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A USD-M futures {@code POST /fapi/v1/order} request: a LIMIT or a MARKET order, nothing else —
 * since 2025-12-09 Binance refuses the conditional types on this endpoint ({@code -4120}), so they
 * are a different request, {@link NewAlgoOrder}, and cannot be built here. What Binance would refuse
 * is refused when built: a LIMIT order without a price or a price match (or with both), GTD without
 * {@code goodTillDate} (or a date with milliseconds), {@code goodTillDate} without GTD,
 * {@code reduceOnly} with a hedge-mode {@code positionSide} (LONG, SHORT). Parameters go out in the
 * docs' order. Immutable once built.
 *
 * <p>Every order carries a client order id ({@code newClientOrderId}): yours, or one generated when
 * the order is built, so an order whose outcome is unknown can be reconciled by it.
 *
 * <pre>{@code
 * NewFuturesOrder order = NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, new BigDecimal("0.010"), new BigDecimal("60000.0"))
 *     .positionSide(PositionSide.LONG).timeInForce(FuturesTimeInForce.GTX).clientOrderId("bot-7").build();
 * FuturesOrder placed = client.futures().trading().newOrder(order);
 * }</pre>
 */
public final class NewFuturesOrder {
  private final String symbol;
  private final String clientOrderId;
  private final Params params;

  private NewFuturesOrder(Builder b) {
    this.symbol = b.symbol;
    this.clientOrderId = b.clientOrderId != null ? b.clientOrderId : BinanceOrderIds.generate();
    this.params = Params.of("symbol", b.symbol)
        .add("side", b.side)
        .addIfPresent("positionSide", b.positionSide)
        .add("type", b.type)
        .addIfPresent("timeInForce", b.timeInForce)
        .add("quantity", b.quantity)
        .addIfPresent("reduceOnly", b.reduceOnly)
        .addIfPresent("price", b.price)
        .add("newClientOrderId", clientOrderId)
        .addIfPresent("newOrderRespType", b.responseType)
        .addIfPresent("priceMatch", b.priceMatch)
        .addIfPresent("selfTradePreventionMode", b.selfTradePreventionMode)
        .addIfPresent("goodTillDate", b.goodTillDate);
  }

  /**
   * A LIMIT order at {@code price}, good till cancelled unless {@link Builder#timeInForce} says otherwise.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param side the order side
   * @param quantity the quantity, in the base asset
   * @param price the limit price
   * @return a builder for the order
   */
  public static Builder limit(String symbol, OrderSide side, BigDecimal quantity, BigDecimal price) {
    Builder b = new Builder(symbol, side, FuturesOrderType.LIMIT, quantity);
    b.price = Checks.positive(price, "price");
    return b.timeInForce(FuturesTimeInForce.GTC);
  }

  /**
   * A LIMIT order priced by the book ({@code priceMatch}) instead of a given price.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param side the order side
   * @param quantity the quantity, in the base asset
   * @param priceMatch which book price, e.g. {@link PriceMatch#QUEUE}
   * @return a builder for the order
   */
  public static Builder limitMatching(String symbol, OrderSide side, BigDecimal quantity, PriceMatch priceMatch) {
    Builder b = new Builder(symbol, side, FuturesOrderType.LIMIT, quantity);
    b.priceMatch = FuturesOrderChecks.priceMatch(priceMatch);
    return b.timeInForce(FuturesTimeInForce.GTC);
  }

  /**
   * A MARKET order for {@code quantity}.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param side the order side
   * @param quantity the quantity, in the base asset
   * @return a builder for the order
   */
  public static Builder market(String symbol, OrderSide side, BigDecimal quantity) {
    return new Builder(symbol, side, FuturesOrderType.MARKET, quantity);
  }

  /**
   * The contract.
   *
   * @return the symbol, e.g. {@code BTCUSDT}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * The client order id ({@code newClientOrderId}): the one given, or the one generated at build time.
   *
   * @return the client order id
   */
  public String clientOrderId() {
    return clientOrderId;
  }

  /**
   * The parameters in the order they are sent (a copy).
   *
   * @return the parameters in the order they are sent
   */
  public Params toParams() {
    return Params.copyOf(params);
  }

  @Override
  public String toString() {
    return "NewFuturesOrder" + params;
  }

  /** Builds a {@link NewFuturesOrder}; setters check their value, {@link #build()} the combination. */
  public static final class Builder {
    private final String symbol;
    private final OrderSide side;
    private final FuturesOrderType type;
    private final BigDecimal quantity;
    private BigDecimal price;
    private PriceMatch priceMatch;
    private PositionSide positionSide;
    private FuturesTimeInForce timeInForce;
    private Boolean reduceOnly;
    private String clientOrderId;
    private FuturesResponseType responseType;
    private SelfTradePreventionMode selfTradePreventionMode;
    private Instant goodTillDate;

    private Builder(String symbol, OrderSide side, FuturesOrderType type, BigDecimal quantity) {
      this.symbol = Symbols.check("symbol", symbol);
      this.side = Objects.requireNonNull(side, "side");
      this.type = type;
      this.quantity = Checks.positive(quantity, "quantity");
    }

    /**
     * The position the order is for: {@code BOTH} (Binance's default) in one-way mode, {@code LONG}
     * or {@code SHORT} (required) in hedge mode.
     *
     * @param positionSide the position side
     * @return this builder
     */
    public Builder positionSide(PositionSide positionSide) {
      this.positionSide = Objects.requireNonNull(positionSide, "positionSide");
      return this;
    }

    /**
     * How long a LIMIT order works (GTC unless set); GTD needs {@link #goodTillDate}.
     *
     * @param timeInForce the time in force
     * @return this builder
     */
    public Builder timeInForce(FuturesTimeInForce timeInForce) {
      this.timeInForce = Objects.requireNonNull(timeInForce, "timeInForce");
      return this;
    }

    /**
     * Only reduce the position (one-way mode only: in hedge mode the side and positionSide say it).
     *
     * @param reduceOnly whether the order may only reduce the position
     * @return this builder
     */
    public Builder reduceOnly(boolean reduceOnly) {
      this.reduceOnly = reduceOnly;
      return this;
    }

    /**
     * The client order id ({@code newClientOrderId}): 1 to 36 of {@code A-Z a-z 0-9 . : / _ -}.
     *
     * @param clientOrderId the client order id
     * @return this builder
     */
    public Builder clientOrderId(String clientOrderId) {
      this.clientOrderId = BinanceOrderIds.check(clientOrderId, "newClientOrderId");
      return this;
    }

    /**
     * How much the answer says: {@code ACK} (Binance's default) or {@code RESULT}; both decode to a {@link FuturesOrder}.
     *
     * @param responseType the response type
     * @return this builder
     */
    public Builder responseType(FuturesResponseType responseType) {
      this.responseType = Objects.requireNonNull(responseType, "responseType");
      return this;
    }

    /**
     * Self-trade prevention: {@code NONE}, {@code EXPIRE_TAKER}, {@code EXPIRE_MAKER} or {@code EXPIRE_BOTH}.
     *
     * @param mode the self-trade prevention mode
     * @return this builder
     */
    public Builder selfTradePreventionMode(SelfTradePreventionMode mode) {
      this.selfTradePreventionMode = Objects.requireNonNull(mode, "selfTradePreventionMode");
      return this;
    }

    /**
     * When a GTD order is cancelled: whole seconds, and (Binance checks this) more than 600 seconds
     * after it is placed.
     *
     * @param goodTillDate the cancel time
     * @return this builder
     */
    public Builder goodTillDate(Instant goodTillDate) {
      this.goodTillDate = FuturesOrderChecks.goodTillDate(goodTillDate);
      return this;
    }

    /**
     * The order; throws {@link IllegalArgumentException} naming what is inconsistent and the fix.
     *
     * @return the order
     */
    public NewFuturesOrder build() {
      if (type.equals(FuturesOrderType.MARKET) && timeInForce != null) {
        throw new IllegalArgumentException("MARKET orders take no timeInForce; remove timeInForce(...).");
      }
      if (type.equals(FuturesOrderType.LIMIT) && price != null && priceMatch != null) {
        throw new IllegalArgumentException("price and priceMatch exclude each other; use limit(...) or limitMatching(...).");
      }
      FuturesOrderChecks.goodTillDateNeedsGtd(timeInForce, goodTillDate);
      FuturesOrderChecks.reduceOnlyInOneWayModeOnly(reduceOnly, positionSide, side);
      return new NewFuturesOrder(this);
    }
  }
}
