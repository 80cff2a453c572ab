package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.spot.ContingencyType;
import dev.signet.binance.spot.ListOrderStatus;
import dev.signet.binance.spot.ListStatusType;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;

/**
 * An order list (OCO, OTO, OTOCO) changed ({@code listStatus}), sent besides each order's
 * {@link ExecutionReport}.
 *
 * <pre>{@code
 * if (event instanceof ListStatus s && s.listOrderStatus() == ListOrderStatus.ALL_DONE) { ... }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param orderListId the order list id ({@code g})
 * @param contingencyType e.g. {@code OCO} ({@code c})
 * @param listStatusType e.g. {@code EXEC_STARTED} ({@code l})
 * @param listOrderStatus e.g. {@code EXECUTING} ({@code L})
 * @param listRejectReason {@code NONE} unless rejected ({@code r})
 * @param listClientOrderId the list's client order id ({@code C})
 * @param transactionTime when it changed ({@code T})
 * @param orders the list's orders ({@code O})
 */
public record ListStatus(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty(value = "g", required = true) long orderListId,
    @JsonProperty("c") ContingencyType contingencyType,
    @JsonProperty("l") ListStatusType listStatusType,
    @JsonProperty("L") ListOrderStatus listOrderStatus,
    @JsonProperty("r") String listRejectReason,
    @JsonProperty("C") String listClientOrderId,
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("O") List<ListedOrder> orders) implements SpotUserEvent {
  /**
   * Checks the fields the docs always send and copies the list.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param orderListId {@code g}
   * @param contingencyType {@code c}
   * @param listStatusType {@code l}
   * @param listOrderStatus {@code L}
   * @param listRejectReason {@code r}
   * @param listClientOrderId {@code C}
   * @param transactionTime {@code T}
   * @param orders {@code O}
   */
  public ListStatus {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(contingencyType, "c");
    Required.field(listStatusType, "l");
    Required.field(listOrderStatus, "L");
    Required.field(listRejectReason, "r");
    Required.field(listClientOrderId, "C");
    Required.field(transactionTime, "T");
    orders = Required.list(orders, "O");
  }

  /**
   * One order of the list.
   *
   * @param symbol the symbol ({@code s})
   * @param orderId the order id ({@code i})
   * @param clientOrderId the client order id ({@code c})
   */
  public record ListedOrder(
      @JsonProperty("s") String symbol,
      @JsonProperty(value = "i", required = true) long orderId,
      @JsonProperty("c") String clientOrderId) {
    /**
     * Checks the fields the docs always send.
     *
     * @param symbol {@code s}
     * @param orderId {@code i}
     * @param clientOrderId {@code c}
     */
    public ListedOrder {
      Required.field(symbol, "s");
      Required.field(clientOrderId, "c");
    }
  }
}
