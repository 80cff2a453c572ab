package dev.signet.binance.spot;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.SpotEndpoints;
import dev.signet.binance.internal.SpotOrderDecoders;
import dev.signet.binance.internal.Symbols;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Binance Spot trading ({@code /api/v3}, TRADE): placing and cancelling orders, and finding out
 * what became of one whose outcome was unknown. Get it from {@code client.spot().trading()}.
 * Stateless and thread-safe.
 *
 * <p>Orders are never resent once they may have reached Binance: when no answer says what
 * happened (timeout, connection reset, 5xx, {@code -1006}/{@code -1007}) a call throws
 * {@link dev.signet.core.OrderStatusUnknownException} with the order's client order id; call
 * {@link #reconcile(String, String)} to learn the truth.
 *
 * <p>Every placing call first checks the order against its symbol's exchange rules
 * ({@link SpotRules}; on by default, {@code BinanceClient.builder().preflight(false)} turns it off)
 * and refuses one Binance would reject as {@code -1013}/{@code -1111} before sending it.
 *
 * <p>Each placing call sends the {@code newOrderRespType} its return type needs:
 * {@link #newOrderAck} ACK, {@link #newOrder} RESULT, {@link #newOrderFull} FULL.
 *
 * <pre>{@code
 * OrderResult r = client.spot().trading().newOrder(
 *     NewOrder.limit("BTCUSDT", OrderSide.BUY, new BigDecimal("0.01"), new BigDecimal("40000")).build());
 * client.spot().trading().cancelOrder(OrderRef.byId("BTCUSDT", r.orderId()));
 * }</pre>
 */
public final class SpotTrading {
  private static final Decoder<OrderAck> ORDER_ACK = Decoder.of(OrderAck.class);
  private static final Decoder<OrderResult> ORDER_RESULT = Decoder.of(OrderResult.class);
  private static final Decoder<CanceledOrder> CANCELED = Decoder.of(CanceledOrder.class);
  private static final Decoder<TestOrderCommission> COMMISSION = Decoder.of(TestOrderCommission.class);
  private static final Decoder<AmendedOrder> AMENDED = Decoder.of(AmendedOrder.class);
  private static final Decoder<JsonNode> EMPTY = Decoder.tree().map(n -> {
    if (!n.isObject() || !n.isEmpty()) {
      throw new IllegalArgumentException("expected {}, found " + n);
    }
    return n;
  });

  private final BinanceHost host;
  private final SpotAccountData accountData;
  private final SpotRules rules;

  SpotTrading(BinanceHost host, SpotAccountData accountData, SpotRules rules) {
    this.host = Objects.requireNonNull(host, "host");
    this.accountData = Objects.requireNonNull(accountData, "accountData");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * {@code POST /api/v3/order} with {@code newOrderRespType=ACK}: places an order, answered with
   * its ids only. Weight 1 (0 when successful); 1 on the unfilled-order count.
   *
   * @param order the order to place (its builder must not have set another response type)
   * @return the ids and the time
   */
  public OrderAck newOrderAck(NewOrder order) {
    return place(SpotEndpoints.NEW_ORDER, order, ResponseType.ACK, ORDER_ACK);
  }

  /**
   * {@code POST /api/v3/order} with {@code newOrderRespType=RESULT}: places an order. The parameters
   * go in the form body, signed with it. Weight 1 (0 when successful, since 2026-04-02); 1 on the
   * unfilled-order count.
   *
   * @param order the order to place (its builder must not have set another response type)
   * @return the order's state ({@link OrderResult#fills()} empty)
   */
  public OrderResult newOrder(NewOrder order) {
    return place(SpotEndpoints.NEW_ORDER, order, ResponseType.RESULT, ORDER_RESULT);
  }

  /**
   * {@code POST /api/v3/order} with {@code newOrderRespType=FULL}: places an order, answered with
   * its state and fills. Weight 1 (0 when successful); 1 on the unfilled-order count.
   *
   * @param order the order to place (its builder must not have set another response type)
   * @return the order's state and fills
   */
  public OrderFull newOrderFull(NewOrder order) {
    return place(SpotEndpoints.NEW_ORDER, order, ResponseType.FULL, SpotOrderDecoders.ORDER_FULL);
  }

  /**
   * {@code POST /api/v3/order/test}: Binance validates the order without placing it. Weight 1.
   *
   * @param order the order to validate
   * @throws BinanceApiException when Binance refuses the order
   */
  public void testOrder(NewOrder order) {
    test(SpotEndpoints.TEST_ORDER, order, false, EMPTY);
  }

  /**
   * {@code POST /api/v3/order/test} with {@code computeCommissionRates=true}: validates the order and
   * answers the commission rates it would pay. Weight 20.
   *
   * @param order the order to validate
   * @return the commission rates
   */
  public TestOrderCommission testOrderCommission(NewOrder order) {
    return test(SpotEndpoints.TEST_ORDER, order, true, COMMISSION);
  }

  /**
   * {@code POST /api/v3/sor/order}: places an order through smart order routing (LIMIT and MARKET
   * only, {@code quantity} not {@code quoteOrderQty}), answered FULL. Weight 1; 1 on the
   * unfilled-order count.
   *
   * @param order the order to place
   * @return the order's state and fills (each fill with its allocation)
   */
  public OrderFull sorOrder(NewOrder order) {
    return place(SpotEndpoints.SOR_ORDER, checkSor(order), ResponseType.FULL, SpotOrderDecoders.ORDER_FULL);
  }

  /**
   * {@code POST /api/v3/sor/order/test}: validates a SOR order without placing it. Weight 1.
   *
   * @param order the order to validate
   */
  public void sorTestOrder(NewOrder order) {
    test(SpotEndpoints.SOR_TEST_ORDER, checkSor(order), false, EMPTY);
  }

  /**
   * {@code POST /api/v3/sor/order/test} with {@code computeCommissionRates=true}. Weight 20.
   *
   * @param order the order to validate
   * @return the commission rates ({@code specialCommissionForOrder} null: SOR does not send it)
   */
  public TestOrderCommission sorTestOrderCommission(NewOrder order) {
    return test(SpotEndpoints.SOR_TEST_ORDER, checkSor(order), true, COMMISSION);
  }

  /**
   * {@code DELETE /api/v3/order}: cancels one order by id or client order id. Weight 1.
   *
   * @param ref which order: by id or by client order id
   * @return the canceled order
   */
  public CanceledOrder cancelOrder(OrderRef ref) {
    Objects.requireNonNull(ref, "ref");
    Symbols.check("symbol", ref.symbol());
    return host.execute(Operation.of(SpotEndpoints.CANCEL_ORDER, ref.toParams(), CANCELED).withClientOrderId(refId(ref)));
  }

  /**
   * {@code DELETE /api/v3/openOrders}: cancels every open order of {@code symbol}, order lists
   * included. Weight 1.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @return the cancelled orders and order lists
   */
  public CanceledOpenOrders cancelOpenOrders(String symbol) {
    Params p = Params.of("symbol", Symbols.check("symbol", symbol));
    return host.execute(Operation.of(SpotEndpoints.CANCEL_OPEN_ORDERS, p, SpotOrderDecoders.CANCELED_OPEN)
        .withClientOrderId("openOrders of " + symbol));
  }

  /**
   * {@code POST /api/v3/order/cancelReplace}: cancels an order and places a new one. Every outcome,
   * including the HTTP 400/409 partial failures, is a {@link CancelReplaceResult}. The new order is
   * answered in RESULT form. Weight 1; 1 on the unfilled-order count.
   *
   * @param request the cancel and the new order
   * @return what happened to each half
   */
  public CancelReplaceResult cancelReplace(CancelReplace request) {
    Objects.requireNonNull(request, "request");
    return rules.cancelReplace(request.newOrder().toParams(), () -> host.execute(Operation.of(
        SpotEndpoints.CANCEL_REPLACE, request.toParams(ResponseType.RESULT), SpotOrderDecoders.CANCEL_REPLACE)
        .withClientOrderId(request.newOrder().clientOrderId())));
  }

  /**
   * {@code PUT /api/v3/order/amend/keepPriority}: lowers an order's quantity keeping its place in
   * the queue. Weight 4; 0 on the unfilled-order count.
   *
   * @param ref which order
   * @param newQty the new quantity, below the current one
   * @return the amended order
   */
  public AmendedOrder amendKeepPriority(OrderRef ref, BigDecimal newQty) {
    Objects.requireNonNull(ref, "ref");
    Symbols.check("symbol", ref.symbol());
    Params p = ref.toParams().add("newQty", dev.signet.core.internal.Checks.positive(newQty, "newQty"));
    return rules.amend(ref.symbol(), newQty, () -> host.execute(Operation.of(SpotEndpoints.AMEND_KEEP_PRIORITY, p, AMENDED)
        .withClientOrderId(refId(ref))));
  }

  /**
   * {@code POST /api/v3/orderList/oco}: places a one-cancels-the-other pair, answered RESULT.
   * Weight 1; 2 on the unfilled-order count.
   *
   * @param oco the pair
   * @return the list with its two orders and their reports
   */
  public OrderList<OrderResult> newOco(OcoOrder oco) {
    Objects.requireNonNull(oco, "oco");
    Params p = oco.toParams();
    return rules.place(p, () -> host.execute(Operation.of(SpotEndpoints.OCO, p, SpotOrderDecoders.PLACED_LIST)
        .withClientOrderId(oco.listClientOrderId())));
  }

  /**
   * {@code POST /api/v3/orderList/oto}, {@code otoco}, {@code opo} or {@code opoco}, as
   * {@link TriggeredOrderList#kind()} says: places a working order and the order(s) it triggers,
   * answered RESULT. Weight 1; 2 (OTO, OPO) or 3 (OTOCO, OPOCO) on the unfilled-order count.
   *
   * @param list the order list
   * @return the list with its orders and their reports
   */
  public OrderList<OrderResult> newOrderList(TriggeredOrderList list) {
    Objects.requireNonNull(list, "list");
    Endpoint endpoint = switch (list.kind()) {
      case "oto" -> SpotEndpoints.OTO;
      case "otoco" -> SpotEndpoints.OTOCO;
      case "opo" -> SpotEndpoints.OPO;
      default -> SpotEndpoints.OPOCO;
    };
    Params p = list.toParams();
    return rules.place(p, () -> host.execute(Operation.of(endpoint, p, SpotOrderDecoders.PLACED_LIST)
        .withClientOrderId(list.listClientOrderId())));
  }

  /**
   * {@code DELETE /api/v3/orderList}: cancels a whole order list. Weight 1.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param orderListId the list's id
   * @return the cancelled list with its order reports
   */
  public OrderList<CanceledOrder> cancelOrderList(String symbol, long orderListId) {
    Params p = Params.of("symbol", Symbols.check("symbol", symbol)).add("orderListId", orderListId);
    return host.execute(Operation.of(SpotEndpoints.CANCEL_ORDER_LIST, p, SpotOrderDecoders.CANCELED_LIST)
        .withClientOrderId("orderListId=" + orderListId));
  }

  /**
   * {@code DELETE /api/v3/orderList} by the list's client id. Weight 1.
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param listClientOrderId the list's client id
   * @return the cancelled list with its order reports
   */
  public OrderList<CanceledOrder> cancelOrderList(String symbol, String listClientOrderId) {
    Params p = Params.of("symbol", Symbols.check("symbol", symbol))
        .add("listClientOrderId", NewOrder.checkClientOrderId(listClientOrderId, "listClientOrderId"));
    return host.execute(Operation.of(SpotEndpoints.CANCEL_ORDER_LIST, p, SpotOrderDecoders.CANCELED_LIST).withClientOrderId(listClientOrderId));
  }

  /**
   * Finds out what became of an order whose outcome was unknown: queries it by client order id
   * ({@code GET /api/v3/order}, retried like any read) and reports it placed, with its current
   * state, or not placed ({@code -2013 Order does not exist}).
   *
   * @param symbol the trading pair, e.g. {@code BTCUSDT}
   * @param clientOrderId the client order id ({@code newClientOrderId} on the wire)
   * @return whether the order was placed and, if so, its current state
   */
  public OrderOutcome reconcile(String symbol, String clientOrderId) {
    try {
      return OrderOutcome.placed(accountData.queryOrder(OrderRef.byClientId(symbol, clientOrderId)));
    } catch (BinanceApiException e) {
      if (e.code() == -2013) {
        return OrderOutcome.notPlaced(clientOrderId);
      }
      throw e;
    }
  }

  private <T> T place(Endpoint endpoint, NewOrder order, ResponseType type, Decoder<T> decoder) {
    Objects.requireNonNull(order, "order");
    return rules.place(order.toParams(), () -> host.execute(Operation.of(endpoint, order.paramsAnswering(type), decoder)
        .withClientOrderId(order.clientOrderId())));
  }

  private <T> T test(Endpoint endpoint, NewOrder order, boolean commission, Decoder<T> decoder) {
    Params p = Objects.requireNonNull(order, "order").toParams();
    return rules.place(p, () -> execute(endpoint, commission ? p.add("computeCommissionRates", true) : p, decoder));
  }

  private <T> T execute(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.execute(Operation.of(endpoint, params, decoder));
  }

  private static NewOrder checkSor(NewOrder order) {
    Objects.requireNonNull(order, "order");
    Params p = order.toParams();
    String type = p.get("type");
    if (!type.equals("LIMIT") && !type.equals("MARKET")) {
      throw new IllegalArgumentException("type " + type + " is not supported by SOR; use LIMIT or MARKET.");
    }
    if (p.containsKey("quoteOrderQty")) {
      throw new IllegalArgumentException("quoteOrderQty is not supported by SOR; give quantity.");
    }
    return order;
  }

  private static String refId(OrderRef ref) {
    return ref.clientOrderId() != null ? ref.clientOrderId() : "orderId=" + ref.orderId();
  }
}
