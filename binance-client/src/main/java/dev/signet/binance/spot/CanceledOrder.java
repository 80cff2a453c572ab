package dev.signet.binance.spot;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The answer to {@code DELETE /api/v3/order}: the order as it was when cancelled.
 *
 * <pre>{@code
 * CanceledOrder c = client.spot().cancelOrder(OrderRef.byId("BTCUSDT", 28));
 * }</pre>
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
 * @param selfTradePreventionMode self-trade prevention mode, as sent
 */
public record CanceledOrder(
    String symbol,
    String origClientOrderId,
    long orderId,
    long orderListId,
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
    String selfTradePreventionMode) {}
