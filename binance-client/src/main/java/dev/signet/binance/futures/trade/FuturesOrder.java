package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A USD-M futures order as Binance answers it: to a new, modified, cancelled or queried order and
 * in the order lists ({@code POST}, {@code PUT}, {@code DELETE}, {@code GET /fapi/v1/order},
 * {@code openOrders}, {@code allOrders}, each batch element). The answers differ a little
 * (only {@code PUT} sends {@code pair} and {@code cumBase}, only queries send {@code time}, only
 * trailing stops {@code activatePrice} and {@code priceRate}): a field an answer leaves out is null.
 *
 * <pre>{@code
 * FuturesOrder o = client.futures().trading().cancelOrder(OrderRef.byId("BTCUSDT", 283194212));
 * }</pre>
 *
 * @param orderId Binance's order id
 * @param symbol the contract
 * @param pair the underlying pair ({@code PUT} answers only), or null
 * @param status the order state
 * @param clientOrderId the client order id
 * @param price the limit price (0 for MARKET)
 * @param avgPrice the average fill price, or null
 * @param origQty the ordered quantity
 * @param executedQty the filled quantity
 * @param cumQty the filled quantity, or null
 * @param cumQuote the filled quote amount, or null
 * @param cumBase the filled base amount ({@code PUT} answers only), or null
 * @param timeInForce the time in force
 * @param type the order type
 * @param reduceOnly whether it only reduces the position, or null
 * @param closePosition whether it closes the whole position, or null
 * @param side the side
 * @param positionSide the position side, or null
 * @param stopPrice the stop price (0 when none), or null
 * @param workingType the price a trigger watches, or null
 * @param priceProtect whether a trigger is price-protected, or null
 * @param origType the type the order was placed as, or null
 * @param priceMatch the price match ({@code NONE} when none), or null
 * @param selfTradePreventionMode the self-trade prevention mode, or null
 * @param goodTillDate when a GTD order is cancelled ({@code Instant.EPOCH} when not GTD), or null
 * @param time when the order was placed (queries only), or null
 * @param updateTime the last update
 * @param activatePrice a trailing stop's activation price, or null
 * @param priceRate a trailing stop's callback rate, or null
 */
public record FuturesOrder(
    @JsonProperty(required = true) long orderId,
    String symbol,
    String pair,
    OrderStatus status,
    String clientOrderId,
    BigDecimal price,
    BigDecimal avgPrice,
    BigDecimal origQty,
    BigDecimal executedQty,
    BigDecimal cumQty,
    BigDecimal cumQuote,
    BigDecimal cumBase,
    FuturesTimeInForce timeInForce,
    FuturesOrderType type,
    Boolean reduceOnly,
    Boolean closePosition,
    OrderSide side,
    PositionSide positionSide,
    BigDecimal stopPrice,
    WorkingType workingType,
    Boolean priceProtect,
    FuturesOrderType origType,
    PriceMatch priceMatch,
    SelfTradePreventionMode selfTradePreventionMode,
    Instant goodTillDate,
    Instant time,
    Instant updateTime,
    BigDecimal activatePrice,
    BigDecimal priceRate) {
  /**
   * Checks the fields every answer sends: {@code symbol}, {@code status}, {@code clientOrderId}, {@code price}, {@code origQty}, {@code executedQty}, {@code type}, {@code side}, {@code updateTime}.
   *
   * @param orderId Binance's order id
   * @param symbol the contract
   * @param pair the underlying pair ({@code PUT} answers only), or null
   * @param status the order state
   * @param clientOrderId the client order id
   * @param price the limit price (0 for MARKET)
   * @param avgPrice the average fill price, or null
   * @param origQty the ordered quantity
   * @param executedQty the filled quantity
   * @param cumQty the filled quantity, or null
   * @param cumQuote the filled quote amount, or null
   * @param cumBase the filled base amount ({@code PUT} answers only), or null
   * @param timeInForce the time in force
   * @param type the order type
   * @param reduceOnly whether it only reduces the position, or null
   * @param closePosition whether it closes the whole position, or null
   * @param side the side
   * @param positionSide the position side, or null
   * @param stopPrice the stop price (0 when none), or null
   * @param workingType the price a trigger watches, or null
   * @param priceProtect whether a trigger is price-protected, or null
   * @param origType the type the order was placed as, or null
   * @param priceMatch the price match ({@code NONE} when none), or null
   * @param selfTradePreventionMode the self-trade prevention mode, or null
   * @param goodTillDate when a GTD order is cancelled ({@code Instant.EPOCH} when not GTD), or null
   * @param time when the order was placed (queries only), or null
   * @param updateTime the last update
   * @param activatePrice a trailing stop's activation price, or null
   * @param priceRate a trailing stop's callback rate, or null
   */
  public FuturesOrder {
    Required.field(symbol, "symbol");
    Required.field(status, "status");
    Required.field(clientOrderId, "clientOrderId");
    Required.field(price, "price");
    Required.field(origQty, "origQty");
    Required.field(executedQty, "executedQty");
    Required.field(type, "type");
    Required.field(side, "side");
    Required.field(updateTime, "updateTime");
  }
}
