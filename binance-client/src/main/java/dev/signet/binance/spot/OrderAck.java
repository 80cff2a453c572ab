package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * The answer to {@code POST /api/v3/order} with {@code newOrderRespType=ACK}: the ids and the
 * time, nothing about the order's state.
 *
 * <pre>{@code
 * OrderAck ack = client.spot().trading().newOrderAck(NewOrder.market("BTCUSDT", OrderSide.BUY, qty).build());
 * long id = ack.orderId();
 * }</pre>
 *
 * <p>Every field is required: a missing or null one fails the decode naming it.
 *
 * @param symbol the symbol
 * @param orderId Binance's order id
 * @param orderListId the order list id, -1 when not in a list
 * @param clientOrderId the client order id
 * @param transactTime when the order was accepted
 */
public record OrderAck(
    String symbol,
    @JsonProperty(required = true) long orderId,
    @JsonProperty(required = true) long orderListId,
    String clientOrderId,
    Instant transactTime) {
  /**
   * Checks every field is present.
   *
   * @param symbol the symbol
   * @param orderId Binance's order id
   * @param orderListId the order list id, -1 when not in a list
   * @param clientOrderId the client order id
   * @param transactTime when the order was accepted
   */
  public OrderAck {
    Required.field(symbol, "symbol");
    Required.field(clientOrderId, "clientOrderId");
    Required.field(transactTime, "transactTime");
  }
}
