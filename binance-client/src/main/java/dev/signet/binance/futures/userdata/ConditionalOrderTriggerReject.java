package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * A triggered take-profit or stop-loss order was rejected ({@code CONDITIONAL_ORDER_TRIGGER_REJECT}).
 *
 * <pre>{@code
 * if (event instanceof ConditionalOrderTriggerReject r) {
 *   alerts.send(r.rejection().symbol() + ": " + r.rejection().reason());
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param transactionTime when the message was sent ({@code T})
 * @param rejection the rejected order ({@code or})
 */
public record ConditionalOrderTriggerReject(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("or") Rejection rejection) implements FuturesUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param transactionTime {@code T}
   * @param rejection {@code or}
   */
  public ConditionalOrderTriggerReject {
    Required.field(eventTime, "E");
    Required.field(transactionTime, "T");
    Required.field(rejection, "or");
  }

  /**
   * The rejected order.
   *
   * @param symbol the symbol ({@code s})
   * @param orderId the order id ({@code i})
   * @param reason why Binance rejected it ({@code r})
   */
  public record Rejection(
      @JsonProperty("s") String symbol,
      @JsonProperty(value = "i", required = true) long orderId,
      @JsonProperty("r") String reason) {
    /**
     * Checks the fields the docs always send.
     *
     * @param symbol {@code s}
     * @param orderId {@code i}
     * @param reason {@code r}
     */
    public Rejection {
      Required.field(symbol, "s");
      Required.field(reason, "r");
    }
  }
}
