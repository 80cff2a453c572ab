package dev.signet.kraken;

import dev.signet.core.internal.Checks;
import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenHost;
import dev.signet.kraken.internal.PairChecks;
import dev.signet.kraken.internal.TradingDecoders;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderBatch;
import dev.signet.kraken.trading.AddOrderResult;
import dev.signet.kraken.trading.AmendOrder;
import dev.signet.kraken.trading.AmendOrderResult;
import dev.signet.kraken.trading.BatchOrderResult;
import dev.signet.kraken.trading.CancelAllOrdersAfterResult;
import dev.signet.kraken.trading.CancelOrderResult;
import dev.signet.kraken.trading.EditOrder;
import dev.signet.kraken.trading.EditOrderResult;
import dev.signet.kraken.trading.KrakenOrder;
import dev.signet.kraken.trading.KrakenOrderOutcome;
import dev.signet.kraken.trading.WebSocketsToken;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Kraken trading ({@code POST /0/private/...}): placing and cancelling orders, and finding out what
 * became of one whose outcome was unknown. Orders are never resent once they may have reached
 * Kraken: an unknown outcome throws {@link dev.signet.core.OrderStatusUnknownException} with the
 * order's {@code cl_ord_id}; see {@link #reconcile(String)}. Get it from {@code kraken.trading()}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * AddOrderResult r = kraken.trading().addOrder(
 *     AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("1.25"), new BigDecimal("37500")).build());
 * kraken.trading().cancelOrder(r.txid().get(0));
 * }</pre>
 */
public final class KrakenTrading {
  private static final int MAX_BATCH_CANCEL = 50;
  private static final Decoder<AddOrderResult> ADD_ORDER = Decoder.of(AddOrderResult.class);
  private static final int MAX_DEAD_MAN_TIMEOUT = 86_399;

  private final KrakenHost host;
  private final KrakenAccountData accountData;
  private final KrakenRules rules;

  KrakenTrading(KrakenHost host, KrakenAccountData accountData, KrakenRules rules) {
    this.host = Objects.requireNonNull(host, "host");
    this.accountData = Objects.requireNonNull(accountData, "accountData");
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * {@code POST /0/private/AddOrder}: places (or, with {@code validate}, only checks) an order.
   *
   * @param order the order to place; its client order id is kept for reconciling
   * @return the order description and the txids (none when only validated)
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public AddOrderResult addOrder(AddOrder order) {
    Objects.requireNonNull(order, "order");
    rules.check(order);
    return reloadingStaleRules(order.pair(), () -> host.execute(Operation.of(KrakenEndpoints.ADD_ORDER,
        order.toParams(), ADD_ORDER).withClientOrderId(order.clientOrderId())));
  }

  /**
   * {@code POST /0/private/AddOrderBatch}: places (or, with {@code validate}, only checks) 2 to 15
   * orders on one pair in one request, sent as JSON; the JSON bytes sent are the bytes signed. Each
   * order goes through the pre-flight first. Kraken checks the whole batch before placing any (one
   * invalid order rejects the batch with a {@link KrakenApiException}); an order the engine then
   * refuses is a {@link BatchOrderResult.Rejected} and the rest are placed. Cost 1, and the trading
   * counter. Sent once: an unknown outcome throws {@link dev.signet.core.OrderStatusUnknownException}
   * naming every order's {@code cl_ord_id}.
   *
   * @param batch the orders, all on one pair
   * @return one result per order, in the order sent
   * @throws dev.signet.kraken.market.PreflightException naming the order, e.g. {@code orders[1].price}, before anything is sent
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public List<BatchOrderResult> addOrderBatch(AddOrderBatch batch) {
    Objects.requireNonNull(batch, "batch");
    rules.check(batch);
    Map<String, Object> body = batch.toBody();
    return reloadingStaleRules(batch.pair(), () -> host.execute(KrakenHost.json(KrakenEndpoints.ADD_ORDER_BATCH, body,
        TradingDecoders.batch(batch.orders().size(), batch.validateOnly())).withClientOrderId(KrakenHost.batchIds(body))));
  }

  /**
   * {@code POST /0/private/AmendOrder}: changes an open order in place (same txid and client order
   * id; Kraken keeps its queue priority where it can). The new price and quantity go through the
   * pre-flight first. Cost 1, and the trading counter on the amend's pair: by the order's age, or
   * the worst case (1 + 3) for an order this client did not place. Sent once: an unknown outcome
   * throws {@link dev.signet.core.OrderStatusUnknownException} naming the order.
   *
   * @param amend the order and its changes
   * @return the amend's id
   * @throws dev.signet.kraken.market.PreflightException when the pair's rules refuse a new value, before anything is sent
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public AmendOrderResult amendOrder(AmendOrder amend) {
    Objects.requireNonNull(amend, "amend");
    rules.check(amend);
    host.orderOnPair(amend.toParams(), amend.pair());
    return reloadingStaleRules(amend.pair(), () -> host.execute(Operation.of(KrakenEndpoints.AMEND_ORDER,
        amend.toParams(), TradingDecoders.AMEND).withClientOrderId(amend.orderRef())));
  }

  /**
   * {@code POST /0/private/EditOrder}, the legacy edit: Kraken cancels the order and places a new
   * one with a new txid (queue position and fills stay with the old one; prefer
   * {@link #amendOrder}). The new price and volume go through the pre-flight first. Cost 1, and
   * the trading counter. Sent once: an unknown outcome throws
   * {@link dev.signet.core.OrderStatusUnknownException} naming the order.
   *
   * @param edit the order and its changes
   * @return the new order's txid and description, and the original's txid
   * @throws dev.signet.kraken.market.PreflightException when the pair's rules refuse a new value, before anything is sent
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public EditOrderResult editOrder(EditOrder edit) {
    Objects.requireNonNull(edit, "edit");
    rules.check(edit);
    return reloadingStaleRules(edit.pair(), () -> host.execute(Operation.of(KrakenEndpoints.EDIT_ORDER,
        edit.toParams(), TradingDecoders.EDIT).withClientOrderId(edit.orderRef())));
  }

  /**
   * {@code POST /0/private/CancelOrder} by txid.
   *
   * @param txid the order's transaction id, e.g. {@code OUF4EM-FRGI2-MQMWZD}
   * @return the number of orders cancelled and whether any cancel is pending
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public CancelOrderResult cancelOrder(String txid) {
    return host.execute(Operation.of(KrakenEndpoints.CANCEL_ORDER, Params.of("txid", txid), TradingDecoders.CANCEL)
        .withClientOrderId("txid=" + txid));
  }

  /**
   * {@code POST /0/private/CancelOrder} by user reference: cancels every open order placed with
   * {@code userref} (Kraken takes it in {@code txid}).
   *
   * @param userref the userref the orders were placed with
   * @return the number of orders cancelled and whether any cancel is pending
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public CancelOrderResult cancelOrderByUserref(int userref) {
    return host.execute(Operation.of(KrakenEndpoints.CANCEL_ORDER, Params.of("txid", Integer.toString(userref)),
        TradingDecoders.CANCEL).withClientOrderId("userref=" + userref));
  }

  /**
   * {@code POST /0/private/CancelOrder} by client order id ({@code cl_ord_id}).
   *
   * @param clientOrderId the client order id the order was placed with
   * @return the number of orders cancelled and whether any cancel is pending
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public CancelOrderResult cancelOrderByClientId(String clientOrderId) {
    return host.execute(Operation.of(KrakenEndpoints.CANCEL_ORDER, Params.of("cl_ord_id", clientOrderId), TradingDecoders.CANCEL)
        .withClientOrderId(clientOrderId));
  }

  /**
   * {@code POST /0/private/CancelOrderBatch}: cancels up to 50 orders by txid (or userref, which
   * cancels every open order with it), sent as JSON ({@code {"nonce":"…","orders":["…",…]}}) as
   * Kraken requires; the JSON bytes sent are the bytes signed. Returns the number cancelled.
   *
   * @param txids 1 to 50 order txids or userrefs, none blank
   * @return the number of orders Kraken cancelled
   * @throws IllegalArgumentException when the list is null, empty, longer than 50 or holds a blank txid
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public int cancelOrderBatch(List<String> txids) {
    return cancelBatch("orders", txids, "an order txid such as OUF4EM-FRGI2-MQMWZD");
  }

  /**
   * {@code POST /0/private/CancelOrderBatch} by client order ids: up to 50, sent as JSON
   * ({@code {"nonce":"…","cl_ord_ids":["…",…]}}). Returns the number cancelled.
   *
   * @param clientOrderIds 1 to 50 {@code cl_ord_id}s, none blank
   * @return the number of orders Kraken cancelled
   * @throws IllegalArgumentException when the list is null, empty, longer than 50 or holds a blank id
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public int cancelOrderBatchByClientIds(List<String> clientOrderIds) {
    return cancelBatch("cl_ord_ids", clientOrderIds, "the cl_ord_id an order was placed with");
  }

  /** The one CancelOrderBatch encoder: {@code {member: [ids]}}, checked, then the nonce first. */
  private int cancelBatch(String member, List<String> ids, String example) {
    if (ids == null || ids.isEmpty() || ids.size() > MAX_BATCH_CANCEL) {
      throw new IllegalArgumentException(member + " must list 1 to " + MAX_BATCH_CANCEL + " order ids; got "
          + (ids == null ? "null" : ids.size()) + ".");
    }
    for (String id : ids) {
      Checks.notBlank(id, member + "[]", example);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(member, List.copyOf(ids));
    return host.execute(KrakenHost.json(KrakenEndpoints.CANCEL_ORDER_BATCH, body, TradingDecoders.COUNT)
        .withClientOrderId((member.equals("orders") ? "txids=" : "") + String.join(",", ids)));
  }

  /**
   * {@code POST /0/private/CancelAll}: cancels every open order of the account. Cost 1. Sent once:
   * an unknown outcome throws {@link dev.signet.core.OrderStatusUnknownException} (look at
   * {@code accountData().openOrders()}).
   *
   * @return the number of orders cancelled and whether any cancel is pending
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public CancelOrderResult cancelAll() {
    return host.execute(Operation.of(KrakenEndpoints.CANCEL_ALL, Params.empty(), TradingDecoders.CANCEL)
        .withClientOrderId("all open orders"));
  }

  /**
   * {@code POST /0/private/CancelAllOrdersAfter}: arms Kraken's dead man's switch — every open order
   * is cancelled {@code timeoutSeconds} from now unless this is called again first; 0 turns it off.
   * Kraken suggests re-arming every 15–30 s with a 60 s timeout. Cost 1.
   *
   * @param timeoutSeconds 0 (off) to 86,399 seconds
   * @return Kraken's time and the trigger time (empty when turned off)
   * @throws IllegalArgumentException when the timeout is negative or 86,400 or more, before anything is sent
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public CancelAllOrdersAfterResult cancelAllOrdersAfter(int timeoutSeconds) {
    if (timeoutSeconds < 0 || timeoutSeconds > MAX_DEAD_MAN_TIMEOUT) {
      throw new IllegalArgumentException("timeout must be 0 (turn the switch off) to " + MAX_DEAD_MAN_TIMEOUT
          + " seconds; got " + timeoutSeconds + ".");
    }
    return host.execute(Operation.of(KrakenEndpoints.CANCEL_ALL_ORDERS_AFTER, Params.of("timeout", Integer.toString(timeoutSeconds)),
        TradingDecoders.DEAD_MAN));
  }

  /**
   * {@code POST /0/private/GetWebSocketsToken}: a token for private WebSocket subscriptions. Cost 1.
   *
   * @return the token (left out of {@code toString}) and how long it may be used to subscribe
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public WebSocketsToken webSocketsToken() {
    return host.execute(Operation.of(KrakenEndpoints.GET_WEBSOCKETS_TOKEN, Params.empty(), TradingDecoders.TOKEN));
  }

  /**
   * Runs an order call; when Kraken refuses it with {@code EOrder:Invalid price} or
   * {@code EOrder:Order minimum not met}, which the pre-flight would have caught with current
   * rules, the pair's cached rules are stale: they are dropped so the next use reloads them.
   */
  private <T> T reloadingStaleRules(String pair, Supplier<T> call) {
    try {
      return call.get();
    } catch (KrakenApiException e) {
      if (e.hasError(PairChecks.INVALID_PRICE) || e.hasError(PairChecks.ORDER_MINIMUM)) {
        rules.forget(pair);
      }
      throw e;
    }
  }

  /**
   * Finds out what became of an order whose outcome was unknown: looks for its client order id
   * among open orders, then closed orders, and reports it placed (with its txid and state) or not.
   *
   * @param clientOrderId the client order id the order was sent with
   * @return whether the order was found (open or closed), with its txid and state when it was
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public KrakenOrderOutcome reconcile(String clientOrderId) {
    Map<String, KrakenOrder> found = accountData.openOrdersByClientId(clientOrderId);
    if (found.isEmpty()) {
      found = accountData.closedOrdersByClientId(clientOrderId);
    }
    if (found.isEmpty()) {
      return new KrakenOrderOutcome(clientOrderId, false, null, Optional.empty());
    }
    Map.Entry<String, KrakenOrder> first = found.entrySet().iterator().next();
    return new KrakenOrderOutcome(clientOrderId, true, first.getKey(), Optional.of(first.getValue()));
  }
}
