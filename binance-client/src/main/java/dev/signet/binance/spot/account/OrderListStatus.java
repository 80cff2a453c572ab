package dev.signet.binance.spot.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * An order list (OCO, OTO, ...) as the order-list queries report it: {@code GET /api/v3/orderList},
 * {@code /allOrderList} and {@code /openOrderList} (every documented field).
 *
 * <pre>{@code
 * OrderListStatus list = client.spot().accountData().orderList(27);
 * if (list.listOrderStatus() == ListOrderStatus.ALL_DONE) { ... }
 * }</pre>
 *
 * <p>Every field is required (the docs always send them): a missing or null one, or a null list
 * element, fails the decode naming it.
 *
 * @param orderListId the order list id
 * @param contingencyType the kind of list (unknown values are kept)
 * @param listStatusType the list's status (unknown values are kept)
 * @param listOrderStatus the status of its orders (unknown values are kept)
 * @param listClientOrderId the list's client id
 * @param transactionTime when the list last changed
 * @param symbol the symbol
 * @param orders the orders of the list (unmodifiable)
 */
public record OrderListStatus(
    @JsonProperty(required = true) long orderListId,
    ContingencyType contingencyType,
    ListStatusType listStatusType,
    ListOrderStatus listOrderStatus,
    String listClientOrderId,
    Instant transactionTime,
    String symbol,
    List<Member> orders) {
  /**
   * Checks every field is present; copies the orders (a null element is refused).
   *
   * @param orderListId the order list id
   * @param contingencyType the kind of list (unknown values are kept)
   * @param listStatusType the list's status (unknown values are kept)
   * @param listOrderStatus the status of its orders (unknown values are kept)
   * @param listClientOrderId the list's client id
   * @param transactionTime when the list last changed
   * @param symbol the symbol
   * @param orders the orders of the list (unmodifiable)
   */
  public OrderListStatus {
    Required.field(contingencyType, "contingencyType");
    Required.field(listStatusType, "listStatusType");
    Required.field(listOrderStatus, "listOrderStatus");
    Required.field(listClientOrderId, "listClientOrderId");
    Required.field(transactionTime, "transactionTime");
    Required.field(symbol, "symbol");
    orders = Required.list(orders, "orders");
  }

  /**
   * One order of the list: query it with {@code queryOrder(OrderRef.byId(m.symbol(), m.orderId()))}.
   *
   * <p>Example: {@code long id = list.orders().get(0).orderId();}
   *
   * @param symbol the symbol
   * @param orderId the order's id
   * @param clientOrderId the order's client id
   */
  public record Member(String symbol, @JsonProperty(required = true) long orderId, String clientOrderId) {
    /**
     * Checks every field is present.
     *
     * @param symbol the symbol
     * @param orderId the order's id
     * @param clientOrderId the order's client id
     */
    public Member {
      Required.field(symbol, "symbol");
      Required.field(clientOrderId, "clientOrderId");
    }
  }
}
