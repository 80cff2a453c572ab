package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A spot order as {@code GET /api/v3/order} and {@code GET /api/v3/openOrders} report it.
 *
 * <pre>{@code
 * Order o = client.spot().queryOrder(OrderRef.byClientId("BTCUSDT", "bot-42"));
 * if (o.status().isOpen()) { ... }
 * }</pre>
 *
 * @param symbol the symbol
 * @param orderId Binance's order id
 * @param orderListId order list id, -1 when not in a list
 * @param clientOrderId the client order id
 * @param price limit price
 * @param origQty ordered quantity
 * @param executedQty filled quantity
 * @param cummulativeQuoteQty filled quote quantity (negative when Binance no longer has it)
 * @param status order state
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
 * @param selfTradePreventionMode self-trade prevention mode, as sent
 */
public record Order(
    String symbol,
    long orderId,
    long orderListId,
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
    @JsonProperty("isWorking") boolean working,
    BigDecimal origQuoteOrderQty,
    Instant workingTime,
    String selfTradePreventionMode) {}
