package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * An order list (OCO, OTO, ...) as Binance reports it, in every answer that carries one: placing it
 * ({@code POST /api/v3/orderList/*}, reports {@link OrderResult}), cancelling it
 * ({@code DELETE /api/v3/orderList}, reports {@link CanceledOrder}) and querying it
 * ({@code GET /api/v3/orderList}, {@code /allOrderList}, {@code /openOrderList}, which send no
 * reports: {@code OrderList<Void>} with {@link #orderReports()} empty).
 *
 * <pre>{@code
 * OrderList<OrderResult> oco = client.spot().trading().newOco(order);
 * OrderList<Void> now = client.spot().accountData().orderList(oco.orderListId());
 * if (now.listOrderStatus() == ListOrderStatus.ALL_DONE) { ... }
 * }</pre>
 *
 * <p>Every field but {@code orderReports} is required (the docs always send them): a missing or
 * null one, or a null list element, fails the decode naming it. The trading calls also require
 * {@code orderReports}.
 *
 * @param orderListId the list's id
 * @param contingencyType the kind of list (unknown values are kept)
 * @param listStatusType the list's status (unknown values are kept)
 * @param listOrderStatus the status of its orders (unknown values are kept)
 * @param listClientOrderId the list's client id
 * @param transactionTime when the list last changed
 * @param symbol the symbol
 * @param orders the list's orders (unmodifiable)
 * @param orderReports one report per order (unmodifiable); empty in the order-list queries
 * @param <R> the report type: {@link OrderResult}, {@link CanceledOrder}, or {@link Void} for none
 */
public record OrderList<R>(
    @JsonProperty(required = true) long orderListId,
    ContingencyType contingencyType,
    ListStatusType listStatusType,
    ListOrderStatus listOrderStatus,
    String listClientOrderId,
    Instant transactionTime,
    String symbol,
    List<Member> orders,
    List<R> orderReports) {
  /**
   * Checks every field is present; copies the lists (a null element is refused).
   *
   * @param orderListId the list's id
   * @param contingencyType the kind of list
   * @param listStatusType the list's status
   * @param listOrderStatus the status of its orders
   * @param listClientOrderId the list's client id
   * @param transactionTime when the list last changed
   * @param symbol the symbol
   * @param orders the list's orders
   * @param orderReports one report per order, or null for none
   */
  public OrderList {
    Required.field(contingencyType, "contingencyType");
    Required.field(listStatusType, "listStatusType");
    Required.field(listOrderStatus, "listOrderStatus");
    Required.field(listClientOrderId, "listClientOrderId");
    Required.field(transactionTime, "transactionTime");
    Required.field(symbol, "symbol");
    orders = Required.list(orders, "orders");
    orderReports = Required.listOrEmpty(orderReports, "orderReports");
  }

  /**
   * One order of a list: query it with {@code queryOrder(OrderRef.byId(m.symbol(), m.orderId()))}.
   *
   * <p>Example: {@code long id = list.orders().get(0).orderId();}
   *
   * @param symbol the symbol
   * @param orderId Binance's order id
   * @param clientOrderId the order's client id
   */
  public record Member(String symbol, @JsonProperty(required = true) long orderId, String clientOrderId) {
    /**
     * Checks every field is present.
     *
     * @param symbol the symbol
     * @param orderId Binance's order id
     * @param clientOrderId the order's client id
     */
    public Member {
      Required.field(symbol, "symbol");
      Required.field(clientOrderId, "clientOrderId");
    }
  }
}
