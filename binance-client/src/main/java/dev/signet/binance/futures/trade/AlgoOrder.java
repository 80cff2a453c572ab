package dev.signet.binance.futures.trade;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A USD-M futures algo (conditional) order as Binance answers it: to a new one
 * ({@code POST /fapi/v1/algoOrder}) and to the queries ({@code GET algoOrder}, {@code openAlgoOrders},
 * {@code allAlgoOrders}). Only queries send the {@code actual…} fields of the order placed when it
 * triggered and {@code tpOrderType}: a field an answer leaves out is null.
 *
 * <pre>{@code
 * AlgoOrder a = client.futures().trading().newAlgoOrder(NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.SELL, trigger).closePosition().build());
 * }</pre>
 *
 * @param algoId Binance's algo id
 * @param clientAlgoId the client id
 * @param algoType the algo type ({@code CONDITIONAL})
 * @param orderType the conditional type, e.g. {@code STOP_MARKET}
 * @param symbol the contract
 * @param side the side
 * @param positionSide the position side, or null
 * @param timeInForce the time in force, or null
 * @param quantity the quantity (0 with closePosition), or null
 * @param algoStatus the algo state
 * @param actualOrderId the id of the order placed on trigger (queries), or null
 * @param actualPrice its average price (queries), or null
 * @param actualType its type (queries), or null
 * @param actualQty its quantity (queries), or null
 * @param triggerPrice the trigger price, or null
 * @param price the limit price (0 for market stops), or null
 * @param icebergQuantity the iceberg quantity, or null
 * @param tpOrderType the take-profit order type (queries), or null
 * @param selfTradePreventionMode the self-trade prevention mode, or null
 * @param workingType the price the trigger watches, or null
 * @param priceMatch the price match, or null
 * @param closePosition whether it closes the whole position, or null
 * @param priceProtect whether the trigger is price-protected, or null
 * @param reduceOnly whether it only reduces the position, or null
 * @param activatePrice a trailing stop's activation price, or null
 * @param callbackRate a trailing stop's callback rate, or null
 * @param createTime when it was placed
 * @param updateTime the last update
 * @param triggerTime when it triggered ({@code Instant.EPOCH} before), or null
 * @param goodTillDate when a GTD order is cancelled, or null
 */
public record AlgoOrder(
    @JsonProperty(required = true) long algoId,
    String clientAlgoId,
    String algoType,
    FuturesOrderType orderType,
    String symbol,
    OrderSide side,
    PositionSide positionSide,
    FuturesTimeInForce timeInForce,
    BigDecimal quantity,
    AlgoStatus algoStatus,
    String actualOrderId,
    BigDecimal actualPrice,
    FuturesOrderType actualType,
    BigDecimal actualQty,
    BigDecimal triggerPrice,
    BigDecimal price,
    BigDecimal icebergQuantity,
    String tpOrderType,
    SelfTradePreventionMode selfTradePreventionMode,
    WorkingType workingType,
    PriceMatch priceMatch,
    Boolean closePosition,
    Boolean priceProtect,
    Boolean reduceOnly,
    BigDecimal activatePrice,
    BigDecimal callbackRate,
    Instant createTime,
    Instant updateTime,
    Instant triggerTime,
    Instant goodTillDate) {
  /**
   * Checks the fields every answer sends: {@code clientAlgoId}, {@code algoType}, {@code orderType}, {@code symbol}, {@code side}, {@code algoStatus}, {@code createTime}, {@code updateTime}.
   *
   * @param algoId Binance's algo id
   * @param clientAlgoId the client id
   * @param algoType the algo type ({@code CONDITIONAL})
   * @param orderType the conditional type, e.g. {@code STOP_MARKET}
   * @param symbol the contract
   * @param side the side
   * @param positionSide the position side, or null
   * @param timeInForce the time in force, or null
   * @param quantity the quantity (0 with closePosition), or null
   * @param algoStatus the algo state
   * @param actualOrderId the id of the order placed on trigger (queries), or null
   * @param actualPrice its average price (queries), or null
   * @param actualType its type (queries), or null
   * @param actualQty its quantity (queries), or null
   * @param triggerPrice the trigger price, or null
   * @param price the limit price (0 for market stops), or null
   * @param icebergQuantity the iceberg quantity, or null
   * @param tpOrderType the take-profit order type (queries), or null
   * @param selfTradePreventionMode the self-trade prevention mode, or null
   * @param workingType the price the trigger watches, or null
   * @param priceMatch the price match, or null
   * @param closePosition whether it closes the whole position, or null
   * @param priceProtect whether the trigger is price-protected, or null
   * @param reduceOnly whether it only reduces the position, or null
   * @param activatePrice a trailing stop's activation price, or null
   * @param callbackRate a trailing stop's callback rate, or null
   * @param createTime when it was placed
   * @param updateTime the last update
   * @param triggerTime when it triggered ({@code Instant.EPOCH} before), or null
   * @param goodTillDate when a GTD order is cancelled, or null
   */
  public AlgoOrder {
    Required.field(clientAlgoId, "clientAlgoId");
    Required.field(algoType, "algoType");
    Required.field(orderType, "orderType");
    Required.field(symbol, "symbol");
    Required.field(side, "side");
    Required.field(algoStatus, "algoStatus");
    Required.field(createTime, "createTime");
    Required.field(updateTime, "updateTime");
  }
}
