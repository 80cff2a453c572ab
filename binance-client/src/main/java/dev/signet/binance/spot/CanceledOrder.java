package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The answer to {@code DELETE /api/v3/order}: the order as it was when cancelled.
 *
 * <pre>{@code
 * CanceledOrder c = client.spot().trading().cancelOrder(OrderRef.byId("BTCUSDT", 28));
 * }</pre>
 *
 * <p>Every field is required (the docs always send them): a missing or null one fails the decode
 * naming it.
 *
 * @param symbol the symbol
 * @param origClientOrderId the order's client order id
 * @param orderId Binance's order id
 * @param orderListId order list id, -1 when not in a list
 * @param clientOrderId the id of the cancel request
 * @param transactTime when it was cancelled
 * @param price limit price
 * @param origQty ordered quantity
 * @param executedQty filled quantity before the cancel
 * @param origQuoteOrderQty ordered quote quantity
 * @param cummulativeQuoteQty filled quote quantity
 * @param status order state ({@code CANCELED})
 * @param timeInForce time in force
 * @param type order type
 * @param side side
 * @param selfTradePreventionMode self-trade prevention mode (unknown values are kept)
 */
public record CanceledOrder(
    String symbol,
    String origClientOrderId,
    @JsonProperty(required = true) long orderId,
    @JsonProperty(required = true) long orderListId,
    String clientOrderId,
    Instant transactTime,
    BigDecimal price,
    BigDecimal origQty,
    BigDecimal executedQty,
    BigDecimal origQuoteOrderQty,
    BigDecimal cummulativeQuoteQty,
    OrderStatus status,
    TimeInForce timeInForce,
    OrderType type,
    OrderSide side,
    SelfTradePreventionMode selfTradePreventionMode) {
  /**
   * Checks every field is present.
   *
   * @param symbol the symbol
   * @param origClientOrderId the order's client order id
   * @param orderId Binance's order id
   * @param orderListId order list id, -1 when not in a list
   * @param clientOrderId the id of the cancel request
   * @param transactTime when it was cancelled
   * @param price limit price
   * @param origQty ordered quantity
   * @param executedQty filled quantity before the cancel
   * @param origQuoteOrderQty ordered quote quantity
   * @param cummulativeQuoteQty filled quote quantity
   * @param status order state ({@code CANCELED})
   * @param timeInForce time in force
   * @param type order type
   * @param side side
   * @param selfTradePreventionMode self-trade prevention mode (unknown values are kept)
   */
  public CanceledOrder {
    Required.field(symbol, "symbol");
    Required.field(origClientOrderId, "origClientOrderId");
    Required.field(clientOrderId, "clientOrderId");
    Required.field(transactTime, "transactTime");
    Required.field(price, "price");
    Required.field(origQty, "origQty");
    Required.field(executedQty, "executedQty");
    Required.field(origQuoteOrderQty, "origQuoteOrderQty");
    Required.field(cummulativeQuoteQty, "cummulativeQuoteQty");
    Required.field(status, "status");
    Required.field(timeInForce, "timeInForce");
    Required.field(type, "type");
    Required.field(side, "side");
    Required.field(selfTradePreventionMode, "selfTradePreventionMode");
  }
}
