package dev.signet.binance.futures.trade;

import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.BinanceOrderIds;
import dev.signet.binance.internal.FuturesBatch;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.spot.OrderRef;
import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * USD-M futures trading ({@code /fapi}, TRADE): plain orders (new, test, modify, cancel, in
 * batches), algo (conditional) orders, the dead-man switch, leverage, margin type, isolated margin
 * and the account's position and asset modes. Orders are sent once and never again once they may
 * have arrived: an unknown outcome is an {@code OrderStatusUnknownException} naming the client id.
 * Every order (plain, algo, modified, each of a batch) is first checked against the contract's rules
 * ({@link FuturesRules}) unless the pre-flight is off.
 * Get it from {@code client.futures().trading()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * FuturesTrading t = client.futures().trading();
 * FuturesOrder entry = t.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, qty, price).build());
 * AlgoOrder stop = t.newAlgoOrder(NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.SELL, stopPrice).closePosition().build());
 * }</pre>
 */
public final class FuturesTrading {
  private static final Decoder<FuturesOrder> ORDER = Decoder.of(FuturesOrder.class);
  private static final Decoder<AlgoOrder> ALGO = Decoder.of(AlgoOrder.class);
  private static final Decoder<List<BatchOutcome<FuturesOrder>>> ORDERS = FuturesBatch.outcomes(FuturesOrder.class);
  private static final Decoder<JsonNode> ANY = Decoder.tree();
  private static final Decoder<JsonNode> SUCCESS = Decoder.tree().map(FuturesTrading::success);
  private static final Decoder<Duration> COUNTDOWN = Decoder.tree()
      .map(n -> Duration.ofMillis(Long.parseLong(requiredText(n, "countdownTime"))));

  private final BinanceHost host;
  private final FuturesRules rules;

  /**
   * For {@code BinanceFutures}; users call {@code client.futures().trading()}.
   *
   * @param host the futures host
   * @param rules the pre-flight every placing call goes through
   */
  public FuturesTrading(BinanceHost host, FuturesRules rules) {
    this.host = Objects.requireNonNull(host, "host");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * {@code POST /fapi/v1/order}: places a LIMIT or MARKET order. IP weight 0; 1 on the order counts.
   *
   * @param order the order
   * @return the order as accepted ({@code ACK}) or after matching ({@code RESULT})
   */
  public FuturesOrder newOrder(NewFuturesOrder order) {
    Params p = Objects.requireNonNull(order, "order").toParams();
    return rules.place(List.of(p), () -> host.execute(Operation.of(FuturesEndpoints.NEW_ORDER, p, ORDER)
        .withClientOrderId(order.clientOrderId())));
  }

  /**
   * {@code POST /fapi/v1/order/test}: Binance checks the order without placing it. Weight 1.
   *
   * @param order the order
   */
  public void testOrder(NewFuturesOrder order) {
    Params p = Objects.requireNonNull(order, "order").toParams();
    rules.place(List.of(p), () -> host.execute(Operation.of(FuturesEndpoints.TEST_ORDER, p, ANY)));
  }

  /**
   * {@code PUT /fapi/v1/order}: a working LIMIT order's new quantity and price. IP weight 0; 1 on the order counts.
   *
   * @param modify the change
   * @return the order after it
   */
  public FuturesOrder modifyOrder(ModifyFuturesOrder modify) {
    Params p = Objects.requireNonNull(modify, "modify").toParams();
    return rules.place(List.of(p), () -> host.execute(Operation.of(FuturesEndpoints.MODIFY_ORDER, p, ORDER)
        .withClientOrderId(refId(modify.ref()))));
  }

  /**
   * {@code DELETE /fapi/v1/order}: cancels an order. Weight 1.
   *
   * @param ref which order
   * @return the order as cancelled
   */
  public FuturesOrder cancelOrder(OrderRef ref) {
    Objects.requireNonNull(ref, "ref");
    return host.execute(Operation.of(FuturesEndpoints.CANCEL_ORDER, ref.toParams(), ORDER).withClientOrderId(refId(ref)));
  }

  /**
   * {@code POST /fapi/v1/batchOrders}: places 1 to 5 orders in one request. Binance handles them
   * concurrently (matching order is not guaranteed) and answers each in the order sent. IP weight 5;
   * 5 on the 10-second order count.
   *
   * @param orders the orders
   * @return each order's outcome, in the order sent
   */
  public List<BatchOutcome<FuturesOrder>> newOrders(List<NewFuturesOrder> orders) {
    List<NewFuturesOrder> batch = FuturesBatch.sized(Objects.requireNonNull(orders, "orders"), 5, "batchOrders");
    List<Params> items = batch.stream().map(NewFuturesOrder::toParams).toList();
    String ids = String.join(",", batch.stream().map(NewFuturesOrder::clientOrderId).toList());
    return rules.place(items, () -> host.execute(Operation.of(FuturesEndpoints.NEW_ORDERS,
        Params.of("batchOrders", FuturesBatch.objects(items)), ORDERS).withClientOrderId(ids)));
  }

  /**
   * {@code PUT /fapi/v1/batchOrders}: modifies 1 to 5 orders in one request. IP weight 5; 5 on the
   * 10-second order count.
   *
   * @param changes the changes
   * @return each change's outcome, in the order sent
   */
  public List<BatchOutcome<FuturesOrder>> modifyOrders(List<ModifyFuturesOrder> changes) {
    List<ModifyFuturesOrder> batch = FuturesBatch.sized(Objects.requireNonNull(changes, "changes"), 5, "batchOrders");
    List<Params> items = batch.stream().map(ModifyFuturesOrder::toParams).toList();
    String ids = String.join(",", batch.stream().map(m -> refId(m.ref())).toList());
    return rules.place(items, () -> host.execute(Operation.of(FuturesEndpoints.MODIFY_ORDERS,
        Params.of("batchOrders", FuturesBatch.objects(items)), ORDERS).withClientOrderId(ids)));
  }

  /**
   * {@code DELETE /fapi/v1/batchOrders} with {@code orderIdList}: cancels 1 to 10 orders of a symbol. Weight 1.
   *
   * @param symbol the contract
   * @param orderIds Binance's order ids
   * @return each cancel's outcome, in the order sent
   */
  public List<BatchOutcome<FuturesOrder>> cancelOrdersById(String symbol, List<Long> orderIds) {
    List<Long> ids = FuturesBatch.sized(Objects.requireNonNull(orderIds, "orderIds"), 10, "orderIdList");
    Params p = Params.of("symbol", Symbols.check("symbol", symbol)).add("orderIdList", FuturesBatch.numbers(ids));
    return host.execute(Operation.of(FuturesEndpoints.CANCEL_ORDERS, p, ORDERS).withClientOrderId("orderIdList=" + ids));
  }

  /**
   * {@code DELETE /fapi/v1/batchOrders} with {@code origClientOrderIdList}: cancels 1 to 10 orders of
   * a symbol by client order id. Weight 1.
   *
   * @param symbol the contract
   * @param clientOrderIds the client order ids
   * @return each cancel's outcome, in the order sent
   */
  public List<BatchOutcome<FuturesOrder>> cancelOrdersByClientId(String symbol, List<String> clientOrderIds) {
    List<String> ids = FuturesBatch.sized(Objects.requireNonNull(clientOrderIds, "clientOrderIds"), 10,
        "origClientOrderIdList");
    ids.forEach(id -> BinanceOrderIds.check(id, "origClientOrderId"));
    Params p = Params.of("symbol", Symbols.check("symbol", symbol)).add("origClientOrderIdList", FuturesBatch.strings(ids));
    return host.execute(Operation.of(FuturesEndpoints.CANCEL_ORDERS, p, ORDERS).withClientOrderId(String.join(",", ids)));
  }

  /**
   * {@code DELETE /fapi/v1/allOpenOrders}: cancels every open plain order of a symbol (algo orders
   * have {@link #cancelAllAlgoOrders}). Weight 1.
   *
   * @param symbol the contract
   */
  public void cancelAllOpenOrders(String symbol) {
    Params p = Params.of("symbol", Symbols.check("symbol", symbol));
    host.execute(Operation.of(FuturesEndpoints.CANCEL_ALL_OPEN, p, SUCCESS).withClientOrderId("all open orders of " + symbol));
  }

  /**
   * {@code POST /fapi/v1/countdownCancelAll}: the dead-man switch — cancels every open order of the
   * symbol unless called again within {@code countdown} (call it as a heartbeat; {@link Duration#ZERO}
   * stops it). Weight 10.
   *
   * @param symbol the contract
   * @param countdown the time until the cancel, in whole milliseconds
   * @return the countdown Binance set
   */
  public Duration countdownCancelAll(String symbol, Duration countdown) {
    Checks.nonNegative(countdown, "countdown");
    Params p = Params.of("symbol", Symbols.check("symbol", symbol)).add("countdownTime", countdown.toMillis());
    return host.execute(Operation.of(FuturesEndpoints.COUNTDOWN_CANCEL_ALL, p, COUNTDOWN));
  }

  /**
   * {@code POST /fapi/v1/algoOrder}: places a conditional order. IP weight 0; 1 on the order counts.
   *
   * @param order the order
   * @return the algo order as accepted
   */
  public AlgoOrder newAlgoOrder(NewAlgoOrder order) {
    Params p = Objects.requireNonNull(order, "order").toParams();
    return rules.place(List.of(p), () -> host.execute(Operation.of(FuturesEndpoints.NEW_ALGO_ORDER, p, ALGO)
        .withClientOrderId(order.clientAlgoId())));
  }

  /**
   * {@code DELETE /fapi/v1/algoOrder}: cancels an algo order. Weight 1.
   *
   * @param ref which algo order
   * @return the cancelled algo order's ids and Binance's status
   */
  public CanceledAlgoOrder cancelAlgoOrder(AlgoOrderRef ref) {
    Objects.requireNonNull(ref, "ref");
    return host.execute(Operation.of(FuturesEndpoints.CANCEL_ALGO_ORDER, ref.toParams(),
        Decoder.of(CanceledAlgoOrder.class)).withClientOrderId(ref.clientAlgoId() != null ? ref.clientAlgoId()
        : "algoId=" + ref.algoId()));
  }

  /**
   * {@code DELETE /fapi/v1/algoOpenOrders}: cancels every open algo order of a symbol. Weight 1.
   *
   * @param symbol the contract
   */
  public void cancelAllAlgoOrders(String symbol) {
    Params p = Params.of("symbol", Symbols.check("symbol", symbol));
    host.execute(Operation.of(FuturesEndpoints.CANCEL_ALL_ALGO_OPEN, p, SUCCESS)
        .withClientOrderId("all open algo orders of " + symbol));
  }

  /**
   * {@code POST /fapi/v1/leverage}: the symbol's initial leverage. Weight 1.
   *
   * @param symbol the contract
   * @param leverage 1 to 125 (the symbol's brackets may allow less)
   * @return the leverage set and the largest notional it allows
   */
  public LeverageChange changeLeverage(String symbol, int leverage) {
    if (leverage < 1 || leverage > 125) {
      throw new IllegalArgumentException("leverage must be 1 to 125, was " + leverage + ".");
    }
    Params p = Params.of("symbol", Symbols.check("symbol", symbol)).add("leverage", leverage);
    return host.execute(Operation.of(FuturesEndpoints.LEVERAGE, p, Decoder.of(LeverageChange.class)));
  }

  /**
   * {@code POST /fapi/v1/marginType}: the symbol's margin type. Weight 1. Binance answers
   * {@code -4046 No need to change margin type.} when it is already that type.
   *
   * @param symbol the contract
   * @param marginType {@link MarginType#ISOLATED} or {@link MarginType#CROSSED}
   */
  public void changeMarginType(String symbol, MarginType marginType) {
    Objects.requireNonNull(marginType, "marginType");
    Params p = Params.of("symbol", Symbols.check("symbol", symbol)).add("marginType", marginType);
    host.execute(Operation.of(FuturesEndpoints.MARGIN_TYPE, p, SUCCESS));
  }

  /**
   * {@code POST /fapi/v1/positionMargin} with {@code type=1}: adds margin to an isolated position. Weight 1.
   *
   * @param symbol the contract
   * @param positionSide the position ({@code BOTH} in one-way mode)
   * @param amount the margin to add
   * @return what was moved
   */
  public PositionMarginChange addPositionMargin(String symbol, PositionSide positionSide, BigDecimal amount) {
    return positionMargin(symbol, positionSide, amount, 1);
  }

  /**
   * {@code POST /fapi/v1/positionMargin} with {@code type=2}: removes margin from an isolated position. Weight 1.
   *
   * @param symbol the contract
   * @param positionSide the position ({@code BOTH} in one-way mode)
   * @param amount the margin to remove
   * @return what was moved
   */
  public PositionMarginChange reducePositionMargin(String symbol, PositionSide positionSide, BigDecimal amount) {
    return positionMargin(symbol, positionSide, amount, 2);
  }

  /**
   * {@code POST /fapi/v1/positionSide/dual}: hedge mode ({@code true}) or one-way mode, for every
   * symbol (and, since the 2026-06 CM integration, for COIN-M too). Binance refuses it with open
   * orders ({@code -4067}) or positions ({@code -4068}). Weight 1.
   *
   * @param hedgeMode true for hedge mode, false for one-way mode
   */
  public void changePositionMode(boolean hedgeMode) {
    host.execute(Operation.of(FuturesEndpoints.POSITION_MODE_CHANGE, Params.empty().add("dualSidePosition", hedgeMode),
        SUCCESS));
  }

  /**
   * {@code POST /fapi/v1/multiAssetsMargin}: Multi-Assets mode on or off. Weight 1.
   *
   * @param multiAssets true for Multi-Assets mode, false for Single-Asset mode
   */
  public void changeMultiAssetsMode(boolean multiAssets) {
    host.execute(Operation.of(FuturesEndpoints.MULTI_ASSETS_MODE_CHANGE,
        Params.empty().add("multiAssetsMargin", multiAssets), SUCCESS));
  }

  /**
   * {@code POST /fapi/v1/stock/contract}: signs the TradFi-Perps agreement, which trading the
   * TradFi perpetual contracts needs. A write; weight 50.
   */
  public void signTradFiPerpsAgreement() {
    host.execute(Operation.of(FuturesEndpoints.TRADFI_PERPS_CONTRACT, Params.empty(), SUCCESS));
  }

  private PositionMarginChange positionMargin(String symbol, PositionSide side, BigDecimal amount, int type) {
    Objects.requireNonNull(side, "positionSide");
    Params p = Params.of("symbol", Symbols.check("symbol", symbol)).add("positionSide", side)
        .add("amount", Checks.positive(amount, "amount")).add("type", type);
    return host.execute(Operation.of(FuturesEndpoints.POSITION_MARGIN, p, Decoder.of(PositionMarginChange.class)));
  }

  private static JsonNode success(JsonNode answer) {
    JsonNode code = answer.get("code");
    if (code == null || !code.canConvertToInt() || code.asInt() != 200) {
      throw new IllegalArgumentException("at code: expected 200, found " + code);
    }
    return answer;
  }

  private static String requiredText(JsonNode answer, String field) {
    JsonNode v = answer.get(field);
    if (v == null || !(v.isString() && v.asString().matches("[0-9]+") || v.isIntegralNumber())) {
      throw new IllegalArgumentException(dev.signet.core.internal.json.Required.message(field));
    }
    return v.asString();
  }

  private static String refId(OrderRef ref) {
    return ref.clientOrderId() != null ? ref.clientOrderId() : "orderId=" + ref.orderId();
  }
}
