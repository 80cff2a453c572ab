package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A spot order as {@code GET /api/v3/order} and {@code GET /api/v3/openOrders} report it.
 *
 * <pre>{@code
 * Order o = client.spot().accountData().queryOrder(OrderRef.byClientId("BTCUSDT", "bot-42"));
 * if (o.status().isOpen()) { ... }
 * }</pre>
 *
 * <p>Every field is required (the docs always send them): a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol
 * @param orderId Binance's order id
 * @param orderListId order list id, -1 when not in a list
 * @param clientOrderId the client order id
 * @param price limit price
 * @param origQty ordered quantity
 * @param executedQty filled quantity
 * @param cummulativeQuoteQty filled quote quantity (negative when Binance no longer has it)
 * @param status order state (unknown values are kept)
 * @param timeInForce time in force
 * @param type order type
 * @param side side
 * @param stopPrice stop price (0 when none)
 * @param icebergQty iceberg quantity (0 when none)
 * @param time when the order was created
 * @param updateTime when it last changed
 * @param working whether it is on the book ({@code isWorking} on the wire)
 * @param origQuoteOrderQty ordered quote quantity
 * @param workingTime when it went on the book
 * @param selfTradePreventionMode self-trade prevention mode (unknown values are kept)
 */
public record Order(
    String symbol,
    @JsonProperty(required = true) long orderId,
    @JsonProperty(required = true) long orderListId,
    String clientOrderId,
    BigDecimal price,
    BigDecimal origQty,
    BigDecimal executedQty,
    BigDecimal cummulativeQuoteQty,
    OrderStatus status,
    TimeInForce timeInForce,
    OrderType type,
    OrderSide side,
    BigDecimal stopPrice,
    BigDecimal icebergQty,
    Instant time,
    Instant updateTime,
    @JsonProperty(value = "isWorking", required = true) boolean working,
    BigDecimal origQuoteOrderQty,
    Instant workingTime,
    SelfTradePreventionMode selfTradePreventionMode) {
  /**
   * Checks every field is present.
   *
   * @param symbol the symbol
   * @param orderId Binance's order id
   * @param orderListId order list id, -1 when not in a list
   * @param clientOrderId the client order id
   * @param price limit price
   * @param origQty ordered quantity
   * @param executedQty filled quantity
   * @param cummulativeQuoteQty filled quote quantity (negative when Binance no longer has it)
   * @param status order state (unknown values are kept)
   * @param timeInForce time in force
   * @param type order type
   * @param side side
   * @param stopPrice stop price (0 when none)
   * @param icebergQty iceberg quantity (0 when none)
   * @param time when the order was created
   * @param updateTime when it last changed
   * @param working whether it is on the book ({@code isWorking} on the wire)
   * @param origQuoteOrderQty ordered quote quantity
   * @param workingTime when it went on the book
   * @param selfTradePreventionMode self-trade prevention mode (unknown values are kept)
   */
  public Order {
    Required.field(symbol, "symbol");
    Required.field(clientOrderId, "clientOrderId");
    Required.field(price, "price");
    Required.field(origQty, "origQty");
    Required.field(executedQty, "executedQty");
    Required.field(cummulativeQuoteQty, "cummulativeQuoteQty");
    Required.field(status, "status");
    Required.field(timeInForce, "timeInForce");
    Required.field(type, "type");
    Required.field(side, "side");
    Required.field(stopPrice, "stopPrice");
    Required.field(icebergQty, "icebergQty");
    Required.field(time, "time");
    Required.field(updateTime, "updateTime");
    Required.field(origQuoteOrderQty, "origQuoteOrderQty");
    Required.field(workingTime, "workingTime");
    Required.field(selfTradePreventionMode, "selfTradePreventionMode");
  }
}
