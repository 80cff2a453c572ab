package dev.signet.binance.futures.trade;

import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.internal.BinanceOrderIds;
import dev.signet.binance.internal.FuturesOrderChecks;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;
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
    this.symbol = b.symbol();
    this.clientOrderId = b.clientOrderId != null ? b.clientOrderId : BinanceOrderIds.generate();
    this.params = Params.of("symbol", b.symbol())
        .add("side", b.side())
        .addIfPresent("positionSide", b.positionSideOrNull())
        .add("type", b.type)
        .addIfPresent("timeInForce", b.timeInForce)
        .add("quantity", b.quantity)
        .addIfPresent("reduceOnly", b.reduceOnlyOrNull())
        .addIfPresent("price", b.price)
        .add("newClientOrderId", clientOrderId)
        .addIfPresent("newOrderRespType", b.responseTypeOrNull())
        .addIfPresent("priceMatch", b.priceMatch)
        .addIfPresent("selfTradePreventionMode", b.selfTradePreventionModeOrNull())
        .addIfPresent("goodTillDate", b.goodTillDateOrNull());
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
  public static final class Builder extends FuturesOrderBuilder<Builder> {
    private final FuturesOrderType type;
    private final BigDecimal quantity;
    private BigDecimal price;
    private PriceMatch priceMatch;
    private FuturesTimeInForce timeInForce;
    private String clientOrderId;

    private Builder(String symbol, OrderSide side, FuturesOrderType type, BigDecimal quantity) {
      super(symbol, side);
      this.type = type;
      this.quantity = Checks.positive(quantity, "quantity");
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
      checkShared(timeInForce);
      return new NewFuturesOrder(this);
    }
  }
}
