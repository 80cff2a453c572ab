package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * An order list as Binance reports it after placing or cancelling it: the list's state, its
 * orders and one report per order ({@link CanceledOrder} for a cancel, {@link OrderResult} for a
 * placement).
 *
 * <pre>{@code
 * CanceledOpenOrders c = client.spot().trading().cancelOpenOrders("BTCUSDT");
 * for (OrderList<CanceledOrder> list : c.orderLists()) { list.orderReports(); }
 * }</pre>
 *
 * @param orderListId the list's id
 * @param contingencyType {@code OCO}, {@code OTO}, ...
 * @param listStatusType the list's status ({@code RESPONSE}, {@code EXEC_STARTED}, {@code ALL_DONE}, ...)
 * @param listOrderStatus the list's order status ({@code EXECUTING}, {@code ALL_DONE}, {@code REJECT})
 * @param listClientOrderId the list's client id
 * @param transactionTime when it happened
 * @param symbol the symbol
 * @param orders the list's orders
 * @param orderReports one report per order
 * @param <R> the report type
 */
public record OrderList<R>(
    @JsonProperty(required = true) long orderListId,
    String contingencyType,
    String listStatusType,
    String listOrderStatus,
    String listClientOrderId,
    Instant transactionTime,
    String symbol,
    List<Member> orders,
    List<R> orderReports) {
  /**
   * Checks every field is present; copies the lists.
   *
   * @param orderListId the list's id
   * @param contingencyType {@code OCO}, {@code OTO}, ...
   * @param listStatusType the list's status
   * @param listOrderStatus the list's order status
   * @param listClientOrderId the list's client id
   * @param transactionTime when it happened
   * @param symbol the symbol
   * @param orders the list's orders
   * @param orderReports one report per order
   */
  public OrderList {
    Required.field(contingencyType, "contingencyType");
    Required.field(listStatusType, "listStatusType");
    Required.field(listOrderStatus, "listOrderStatus");
    Required.field(listClientOrderId, "listClientOrderId");
    Required.field(transactionTime, "transactionTime");
    Required.field(symbol, "symbol");
    orders = Required.list(orders, "orders");
    orderReports = Required.list(orderReports, "orderReports");
  }

  /**
   * One order of a list. Example: {@code list.orders().get(0).clientOrderId()}.
   *
   * @param symbol the symbol
   * @param orderId Binance's order id
   * @param clientOrderId the client order id
   */
  public record Member(String symbol, @JsonProperty(required = true) long orderId, String clientOrderId) {
    /**
     * Checks every field is present.
     *
     * @param symbol the symbol
     * @param orderId Binance's order id
     * @param clientOrderId the client order id
     */
    public Member {
      Required.field(symbol, "symbol");
      Required.field(clientOrderId, "clientOrderId");
    }
  }
}
