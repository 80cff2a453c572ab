package dev.signet.binance.spot;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A spot order as {@code GET /api/v3/order}, {@code GET /api/v3/openOrders} and {@code GET /api/v3/allOrders}
 * report it.
 *
 * <pre>{@code
 * Order o = client.spot().accountData().queryOrder(OrderRef.byClientId("BTCUSDT", "bot-42"));
 * if (o.status().isOpen()) { ... }
 * }</pre>
 *
 * <p>Every field the docs always send is required: a missing or null one fails the decode naming
 * it. The docs' "conditional fields in order responses" (self-trade prevention, strategy,
 * trailing, SOR, peg and expiry fields) are null when Binance leaves them out.
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
 * @param preventedMatchId the prevented match, when the order expired by self-trade prevention; else null
 * @param preventedQuantity the quantity expired by self-trade prevention; else null
 * @param strategyId the strategy id, when one was sent; else null
 * @param strategyType the strategy type, when one was sent; else null
 * @param trailingDelta the trailing delta of a trailing stop order; else null
 * @param trailingTime when a trailing stop order became active (epoch millis, -1 while not yet); else null
 * @param usedSor whether the order used smart order routing, for SOR orders; else null
 * @param workingFloor where the order is being filled, for SOR orders; else null
 * @param pegPriceType the peg of a pegged order; else null
 * @param pegOffsetType the peg offset type, when requested; else null
 * @param pegOffsetValue the peg offset, when requested; else null
 * @param peggedPrice the price a pegged order is pegged at, once determined; else null
 * @param expiryReason why the order expired, when it has; else null
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
    SelfTradePreventionMode selfTradePreventionMode,
    Long preventedMatchId,
    BigDecimal preventedQuantity,
    Long strategyId,
    Integer strategyType,
    Long trailingDelta,
    Long trailingTime,
    Boolean usedSor,
    WorkingFloor workingFloor,
    PegPriceType pegPriceType,
    PegOffsetType pegOffsetType,
    Integer pegOffsetValue,
    BigDecimal peggedPrice,
    ExpiryReason expiryReason) {
  /**
   * Checks every field the docs always send is present.
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
 * @param preventedMatchId the prevented match, when the order expired by self-trade prevention; else null
 * @param preventedQuantity the quantity expired by self-trade prevention; else null
 * @param strategyId the strategy id, when one was sent; else null
 * @param strategyType the strategy type, when one was sent; else null
 * @param trailingDelta the trailing delta of a trailing stop order; else null
 * @param trailingTime when a trailing stop order became active (epoch millis, -1 while not yet); else null
 * @param usedSor whether the order used smart order routing, for SOR orders; else null
 * @param workingFloor where the order is being filled, for SOR orders; else null
 * @param pegPriceType the peg of a pegged order; else null
 * @param pegOffsetType the peg offset type, when requested; else null
 * @param pegOffsetValue the peg offset, when requested; else null
 * @param peggedPrice the price a pegged order is pegged at, once determined; else null
 * @param expiryReason why the order expired, when it has; else null
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

  /**
   * An order without any of the conditional fields (all null).
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
  public Order(String symbol, long orderId, long orderListId, String clientOrderId, BigDecimal price, BigDecimal origQty,
      BigDecimal executedQty, BigDecimal cummulativeQuoteQty, OrderStatus status, TimeInForce timeInForce, OrderType type,
      OrderSide side, BigDecimal stopPrice, BigDecimal icebergQty, Instant time, Instant updateTime, boolean working,
      BigDecimal origQuoteOrderQty, Instant workingTime, SelfTradePreventionMode selfTradePreventionMode) {
    this(symbol, orderId, orderListId, clientOrderId, price, origQty, executedQty, cummulativeQuoteQty, status,
        timeInForce, type, side, stopPrice, icebergQty, time, updateTime, working, origQuoteOrderQty, workingTime,
        selfTradePreventionMode, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
