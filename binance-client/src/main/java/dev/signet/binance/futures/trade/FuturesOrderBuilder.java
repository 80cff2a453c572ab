package dev.signet.binance.futures.trade;

import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.internal.FuturesOrderChecks;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.SelfTradePreventionMode;
import java.time.Instant;
import java.util.Objects;

/**
 * The options a USD-M futures plain order ({@link NewFuturesOrder.Builder}) and a conditional one
 * ({@link NewAlgoOrder.Builder}) share, written once: contract and side, position side,
 * {@code reduceOnly}, response type, self-trade prevention and the GTD date, with the checks they
 * share (the combination is checked by each {@code build()}). Extended only by those two builders;
 * not thread-safe, like they are.
 *
 * <pre>{@code
 * NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, qty).positionSide(PositionSide.LONG).build();
 * }</pre>
 *
 * @param <B> the builder's own type, which the setters return
 */
public abstract class FuturesOrderBuilder<B extends FuturesOrderBuilder<B>> {
  private final String symbol;
  private final OrderSide side;
  private PositionSide positionSide;
  private Boolean reduceOnly;
  private FuturesResponseType responseType;
  private SelfTradePreventionMode selfTradePreventionMode;
  private Instant goodTillDate;

  FuturesOrderBuilder(String symbol, OrderSide side) {
    this.symbol = Symbols.check("symbol", symbol);
    this.side = Objects.requireNonNull(side, "side");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The position the order is for: {@code BOTH} (Binance's default) in one-way mode, {@code LONG}
   * or {@code SHORT} (required) in hedge mode.
   *
   * @param positionSide the position side
   * @return this builder
   */
  public final B positionSide(PositionSide positionSide) {
    this.positionSide = Objects.requireNonNull(positionSide, "positionSide");
    return self();
  }

  /**
   * Only reduce the position (one-way mode only: in hedge mode the side and positionSide say it).
   *
   * @param reduceOnly whether the order may only reduce the position
   * @return this builder
   */
  public final B reduceOnly(boolean reduceOnly) {
    this.reduceOnly = reduceOnly;
    return self();
  }

  /**
   * How much the answer says: {@code ACK} (Binance's default) or {@code RESULT}.
   *
   * @param responseType the response type
   * @return this builder
   */
  public final B responseType(FuturesResponseType responseType) {
    this.responseType = Objects.requireNonNull(responseType, "responseType");
    return self();
  }

  /**
   * Self-trade prevention: {@code NONE}, {@code EXPIRE_TAKER}, {@code EXPIRE_MAKER} or {@code EXPIRE_BOTH}.
   *
   * @param mode the self-trade prevention mode
   * @return this builder
   */
  public final B selfTradePreventionMode(SelfTradePreventionMode mode) {
    this.selfTradePreventionMode = Objects.requireNonNull(mode, "selfTradePreventionMode");
    return self();
  }

  /**
   * When a GTD order is cancelled: whole seconds, with {@code timeInForce(GTD)}, and (Binance checks
   * this) more than 600 seconds after it is placed.
   *
   * @param goodTillDate the cancel time
   * @return this builder
   */
  public final B goodTillDate(Instant goodTillDate) {
    this.goodTillDate = FuturesOrderChecks.goodTillDate(goodTillDate);
    return self();
  }

  final String symbol() {
    return symbol;
  }

  final OrderSide side() {
    return side;
  }

  final PositionSide positionSideOrNull() {
    return positionSide;
  }

  final Boolean reduceOnlyOrNull() {
    return reduceOnly;
  }

  final FuturesResponseType responseTypeOrNull() {
    return responseType;
  }

  final SelfTradePreventionMode selfTradePreventionModeOrNull() {
    return selfTradePreventionMode;
  }

  final Instant goodTillDateOrNull() {
    return goodTillDate;
  }

  /** The checks both builds share: GTD and its date together, no {@code reduceOnly} in hedge mode. */
  final void checkShared(FuturesTimeInForce timeInForce) {
    FuturesOrderChecks.goodTillDateNeedsGtd(timeInForce, goodTillDate);
    FuturesOrderChecks.reduceOnlyInOneWayModeOnly(reduceOnly, positionSide, side);
  }
}
