package dev.signet.binance.futures.trade;

import dev.signet.binance.internal.BinanceOrderIds;
import dev.signet.binance.internal.FuturesOrderChecks;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A USD-M futures conditional order, {@code POST /fapi/v1/algoOrder} with {@code algoType=CONDITIONAL}:
 * STOP, TAKE_PROFIT (limit orders placed when the trigger price is reached), STOP_MARKET,
 * TAKE_PROFIT_MARKET and TRAILING_STOP_MARKET. Since 2025-12-09 these cannot go through
 * {@code /fapi/v1/order} ({@code -4120}), which is why they are not a {@link NewFuturesOrder}. What
 * Binance would refuse is refused when built: a market stop without a quantity or
 * {@code closePosition} (or with both), {@code closePosition} with {@code reduceOnly}, a limit stop
 * without a price or price match, {@code reduceOnly} with a hedge-mode {@code positionSide}, a
 * callback rate outside 0.1–20, GTD without a date. Parameters go out in the docs' order.
 *
 * <p>Every algo order carries a client id ({@code clientAlgoId}): yours, or one generated when built.
 *
 * <pre>{@code
 * NewAlgoOrder stop = NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.SELL, new BigDecimal("58000"))
 *     .closePosition().workingType(WorkingType.MARK_PRICE).build();
 * AlgoOrder placed = client.futures().trading().newAlgoOrder(stop);
 * }</pre>
 */
public final class NewAlgoOrder {
  private final String symbol;
  private final String clientAlgoId;
  private final Params params;

  private NewAlgoOrder(Builder b) {
    this.symbol = b.symbol();
    this.clientAlgoId = b.clientAlgoId != null ? b.clientAlgoId : BinanceOrderIds.generate();
    this.params = Params.of("algoType", "CONDITIONAL")
        .add("symbol", b.symbol())
        .add("side", b.side())
        .addIfPresent("positionSide", b.positionSideOrNull())
        .add("type", b.type)
        .addIfPresent("timeInForce", b.timeInForce)
        .addIfPresent("quantity", b.quantity)
        .addIfPresent("price", b.price)
        .addIfPresent("triggerPrice", b.triggerPrice)
        .addIfPresent("workingType", b.workingType)
        .addIfPresent("priceMatch", b.priceMatch)
        .addIfPresent("closePosition", b.closePosition ? Boolean.TRUE : null)
        .addIfPresent("priceProtect", b.priceProtect)
        .addIfPresent("reduceOnly", b.reduceOnlyOrNull())
        .addIfPresent("activatePrice", b.activatePrice)
        .addIfPresent("callbackRate", b.callbackRate)
        .add("clientAlgoId", clientAlgoId)
        .addIfPresent("newOrderRespType", b.responseTypeOrNull())
        .addIfPresent("selfTradePreventionMode", b.selfTradePreventionModeOrNull())
        .addIfPresent("goodTillDate", b.goodTillDateOrNull());
  }

  /**
   * A STOP_MARKET order: a market order once the price reaches {@code triggerPrice}; give it a
   * {@link Builder#quantity} or {@link Builder#closePosition()}.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param side the side of the order placed on trigger
   * @param triggerPrice the trigger price
   * @return a builder for the order
   */
  public static Builder stopMarket(String symbol, OrderSide side, BigDecimal triggerPrice) {
    return new Builder(symbol, side, FuturesOrderType.STOP_MARKET).trigger(triggerPrice);
  }

  /**
   * A TAKE_PROFIT_MARKET order: as {@link #stopMarket}, for a profit target.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param side the side of the order placed on trigger
   * @param triggerPrice the trigger price
   * @return a builder for the order
   */
  public static Builder takeProfitMarket(String symbol, OrderSide side, BigDecimal triggerPrice) {
    return new Builder(symbol, side, FuturesOrderType.TAKE_PROFIT_MARKET).trigger(triggerPrice);
  }

  /**
   * A STOP order: a limit order for {@code quantity} once the price reaches {@code triggerPrice};
   * give it a {@link Builder#price} or a {@link Builder#priceMatch}.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param side the side of the order placed on trigger
   * @param quantity the quantity, in the base asset
   * @param triggerPrice the trigger price
   * @return a builder for the order
   */
  public static Builder stop(String symbol, OrderSide side, BigDecimal quantity, BigDecimal triggerPrice) {
    return new Builder(symbol, side, FuturesOrderType.STOP).trigger(triggerPrice).quantity(quantity);
  }

  /**
   * A TAKE_PROFIT order: as {@link #stop}, for a profit target.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param side the side of the order placed on trigger
   * @param quantity the quantity, in the base asset
   * @param triggerPrice the trigger price
   * @return a builder for the order
   */
  public static Builder takeProfit(String symbol, OrderSide side, BigDecimal quantity, BigDecimal triggerPrice) {
    return new Builder(symbol, side, FuturesOrderType.TAKE_PROFIT).trigger(triggerPrice).quantity(quantity);
  }

  /**
   * A TRAILING_STOP_MARKET order: a market order once the price moves {@code callbackRate} percent
   * against its best since activation ({@link Builder#activatePrice}, default the current price).
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @param side the side of the order placed on trigger
   * @param quantity the quantity, in the base asset
   * @param callbackRate the callback rate in percent, 0.1 to 20 (1 for 1%)
   * @return a builder for the order
   */
  public static Builder trailingStopMarket(String symbol, OrderSide side, BigDecimal quantity, BigDecimal callbackRate) {
    Builder b = new Builder(symbol, side, FuturesOrderType.TRAILING_STOP_MARKET).quantity(quantity);
    b.callbackRate = FuturesOrderChecks.callbackRate(callbackRate);
    return b;
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
   * The client id ({@code clientAlgoId}): the one given, or the one generated at build time.
   *
   * @return the client algo id
   */
  public String clientAlgoId() {
    return clientAlgoId;
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
    return "NewAlgoOrder" + params;
  }

  /** Builds a {@link NewAlgoOrder}; setters check their value, {@link #build()} the combination. */
  public static final class Builder extends FuturesOrderBuilder<Builder> {
    private final FuturesOrderType type;
    private BigDecimal quantity;
    private BigDecimal price;
    private BigDecimal triggerPrice;
    private PriceMatch priceMatch;
    private boolean closePosition;
    private FuturesTimeInForce timeInForce;
    private WorkingType workingType;
    private Boolean priceProtect;
    private BigDecimal activatePrice;
    private BigDecimal callbackRate;
    private String clientAlgoId;

    private Builder(String symbol, OrderSide side, FuturesOrderType type) {
      super(symbol, side);
      this.type = type;
    }

    private Builder trigger(BigDecimal price) {
      this.triggerPrice = Checks.positive(price, "triggerPrice");
      return this;
    }

    private boolean isLimit() {
      return type.equals(FuturesOrderType.STOP) || type.equals(FuturesOrderType.TAKE_PROFIT);
    }

    /**
     * The quantity, in the base asset (a market stop takes it or {@link #closePosition()}).
     *
     * @param quantity the quantity
     * @return this builder
     */
    public Builder quantity(BigDecimal quantity) {
      this.quantity = Checks.positive(quantity, "quantity");
      return this;
    }

    /**
     * Close the whole position on trigger (STOP_MARKET and TAKE_PROFIT_MARKET only), instead of a quantity.
     *
     * @return this builder
     */
    public Builder closePosition() {
      if (!type.equals(FuturesOrderType.STOP_MARKET) && !type.equals(FuturesOrderType.TAKE_PROFIT_MARKET)) {
        throw new IllegalArgumentException("closePosition is only for STOP_MARKET and TAKE_PROFIT_MARKET, not " + type
            + "; give a quantity.");
      }
      this.closePosition = true;
      return this;
    }

    /**
     * The limit price of the order placed on trigger (STOP and TAKE_PROFIT only).
     *
     * @param price the limit price
     * @return this builder
     */
    public Builder price(BigDecimal price) {
      onlyForLimit("price");
      this.price = Checks.positive(price, "price");
      return this;
    }

    /**
     * Price the order placed on trigger by the book instead (STOP and TAKE_PROFIT only).
     *
     * @param priceMatch which book price, e.g. {@link PriceMatch#OPPONENT}
     * @return this builder
     */
    public Builder priceMatch(PriceMatch priceMatch) {
      onlyForLimit("priceMatch");
      this.priceMatch = FuturesOrderChecks.priceMatch(priceMatch);
      return this;
    }

    /**
     * Where the trailing stop starts tracking (TRAILING_STOP_MARKET only; default the current price).
     *
     * @param activatePrice the activation price
     * @return this builder
     */
    public Builder activatePrice(BigDecimal activatePrice) {
      if (!type.equals(FuturesOrderType.TRAILING_STOP_MARKET)) {
        throw new IllegalArgumentException("activatePrice is only for TRAILING_STOP_MARKET, not " + type + ".");
      }
      this.activatePrice = Checks.positive(activatePrice, "activatePrice");
      return this;
    }

    /**
     * How long the placed limit order works (STOP, TAKE_PROFIT; GTC unless set).
     *
     * @param timeInForce the time in force
     * @return this builder
     */
    public Builder timeInForce(FuturesTimeInForce timeInForce) {
      onlyForLimit("timeInForce");
      this.timeInForce = Objects.requireNonNull(timeInForce, "timeInForce");
      return this;
    }

    /**
     * Which price the trigger watches (Binance's default: {@code CONTRACT_PRICE}).
     *
     * @param workingType the trigger's price
     * @return this builder
     */
    public Builder workingType(WorkingType workingType) {
      this.workingType = Objects.requireNonNull(workingType, "workingType");
      return this;
    }

    /**
     * Refuse to trigger while the mark and contract prices differ by more than the symbol's threshold.
     *
     * @param priceProtect whether the trigger is protected
     * @return this builder
     */
    public Builder priceProtect(boolean priceProtect) {
      this.priceProtect = priceProtect;
      return this;
    }

    /**
     * The client id ({@code clientAlgoId}): 1 to 36 of {@code A-Z a-z 0-9 . : / _ -}.
     *
     * @param clientAlgoId the client id
     * @return this builder
     */
    public Builder clientAlgoId(String clientAlgoId) {
      this.clientAlgoId = BinanceOrderIds.check(clientAlgoId, "clientAlgoId");
      return this;
    }

    private void onlyForLimit(String what) {
      if (!isLimit()) {
        throw new IllegalArgumentException(what + " is only for STOP and TAKE_PROFIT orders, not " + type + ".");
      }
    }

    /**
     * The order; throws {@link IllegalArgumentException} naming what is inconsistent and the fix.
     *
     * @return the order
     */
    public NewAlgoOrder build() {
      if (isLimit() && (price == null) == (priceMatch == null)) {
        throw new IllegalArgumentException(type + " orders need exactly one of price(...) and priceMatch(...).");
      }
      boolean marketStop = type.equals(FuturesOrderType.STOP_MARKET) || type.equals(FuturesOrderType.TAKE_PROFIT_MARKET);
      if (marketStop && quantity == null && !closePosition) {
        throw new IllegalArgumentException(type + " orders need quantity(...) or closePosition().");
      }
      FuturesOrderChecks.closePositionAlone(closePosition, quantity, reduceOnlyOrNull());
      checkShared(timeInForce);
      return new NewAlgoOrder(this);
    }
  }
}
