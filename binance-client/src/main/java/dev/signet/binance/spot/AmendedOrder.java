package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The answer to {@code PUT /api/v3/order/amend/keepPriority}: the order with its reduced quantity,
 * still in its place in the queue.
 *
 * <pre>{@code
 * AmendedOrder a = client.spot().trading().amendKeepPriority(OrderRef.byId("BTCUSDT", 33), new BigDecimal("5"));
 * BigDecimal left = a.amendedOrder().qty();
 * }</pre>
 *
 * @param transactTime when it was amended
 * @param executionId the amendment's execution id
 * @param amendedOrder the order after the amendment
 * @param listStatus the order's list, or null when it is not in one
 */
public record AmendedOrder(Instant transactTime, @JsonProperty(required = true) long executionId, Amended amendedOrder,
    ListStatus listStatus) {
  /**
   * Checks the fields every answer sends.
   *
   * @param transactTime when it was amended
   * @param executionId the amendment's execution id
   * @param amendedOrder the order after the amendment
   * @param listStatus the order's list, or null when it is not in one
   */
  public AmendedOrder {
    Required.field(transactTime, "transactTime");
    Required.field(amendedOrder, "amendedOrder");
  }

  /**
   * The order after the amendment. Example: {@code a.amendedOrder().status()}.
   *
   * @param symbol the symbol
   * @param orderId Binance's order id
   * @param orderListId the order list id, -1 when not in a list
   * @param origClientOrderId the client order id before the amendment
   * @param clientOrderId the client order id now
   * @param price limit price
   * @param qty quantity after the amendment
   * @param executedQty filled quantity
   * @param status order state
   * @param type order type
   * @param side side
   */
  public record Amended(String symbol, @JsonProperty(required = true) long orderId,
      @JsonProperty(required = true) long orderListId, String origClientOrderId, String clientOrderId,
      BigDecimal price, BigDecimal qty, BigDecimal executedQty, OrderStatus status, OrderType type, OrderSide side) {
    /**
     * Checks every field is present.
     *
     * @param symbol the symbol
     * @param orderId Binance's order id
     * @param orderListId the order list id, -1 when not in a list
     * @param origClientOrderId the client order id before the amendment
     * @param clientOrderId the client order id now
     * @param price limit price
     * @param qty quantity after the amendment
     * @param executedQty filled quantity
     * @param status order state
     * @param type order type
     * @param side side
     */
    public Amended {
      Required.field(symbol, "symbol");
      Required.field(origClientOrderId, "origClientOrderId");
      Required.field(clientOrderId, "clientOrderId");
      Required.field(price, "price");
      Required.field(qty, "qty");
      Required.field(executedQty, "executedQty");
      Required.field(status, "status");
      Required.field(type, "type");
      Required.field(side, "side");
    }
  }

  /**
   * The list an amended order belongs to. Example: {@code a.listStatus().orders().size()}.
   *
   * @param orderListId the list's id
   * @param contingencyType the kind of list (unknown values are kept)
   * @param listOrderStatus the status of its orders (unknown values are kept)
   * @param listClientOrderId the list's client id
   * @param symbol the symbol
   * @param orders the list's orders
   */
  public record ListStatus(@JsonProperty(required = true) long orderListId, ContingencyType contingencyType,
      ListOrderStatus listOrderStatus, String listClientOrderId, String symbol, java.util.List<OrderList.Member> orders) {
    /**
     * Checks every field is present.
     *
     * @param orderListId the list's id
     * @param contingencyType the kind of list (unknown values are kept)
     * @param listOrderStatus the status of its orders (unknown values are kept)
     * @param listClientOrderId the list's client id
     * @param symbol the symbol
     * @param orders the list's orders
     */
    public ListStatus {
      Required.field(contingencyType, "contingencyType");
      Required.field(listOrderStatus, "listOrderStatus");
      Required.field(listClientOrderId, "listClientOrderId");
      Required.field(symbol, "symbol");
      orders = Required.list(orders, "orders");
    }
  }
}
