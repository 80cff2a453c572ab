package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import dev.signet.kraken.trading.TimeInForce;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One execution report of the {@code executions} channel: an order's status change ({@code exec_type}
 * {@code pending_new}, {@code new}, {@code amended}, {@code canceled}, {@code expired}, ...) or a fill
 * ({@code trade}). Which fields are sent depends on {@code exec_type}; those not sent are null (and
 * {@code fees} empty). Quantities and prices keep every digit sent.
 *
 * <pre>{@code
 * if ("trade".equals(e.execType())) { onFill(e.orderId(), e.lastQty(), e.lastPrice()); }
 * }</pre>
 *
 * @param orderId the order ({@code order_id})
 * @param orderUserref the order's user reference ({@code order_userref}), or null
 * @param clOrdId the client order id ({@code cl_ord_id}), or null
 * @param symbol the pair ({@code symbol}), or null
 * @param side the side ({@code side}), or null
 * @param orderType the order type ({@code order_type}), or null
 * @param orderQty the order quantity ({@code order_qty}), or null
 * @param limitPrice the limit price ({@code limit_price}), or null
 * @param limitPriceType how the limit price is given ({@code limit_price_type}: {@code static}, {@code pct},
 *     {@code quote}), or null
 * @param stopPrice the trigger price ({@code stop_price}), or null
 * @param timeInForce the time in force ({@code time_in_force}), or null
 * @param execType what happened ({@code exec_type})
 * @param execId the execution id of a fill ({@code exec_id}), or null
 * @param tradeId the trade id of a fill ({@code trade_id}), or null
 * @param lastQty the quantity filled ({@code last_qty}), or null
 * @param lastPrice the price filled at ({@code last_price}), or null
 * @param liquidityInd maker or taker of a fill ({@code liquidity_ind}: {@code m} or {@code t}), or null
 * @param cost the value of the fill ({@code cost}), or null
 * @param cumQty the quantity filled so far ({@code cum_qty}), or null
 * @param cumCost the value filled so far ({@code cum_cost}), or null
 * @param avgPrice the average fill price ({@code avg_price}), or null
 * @param fees the fees of a fill ({@code fees}), else empty
 * @param feeUsdEquiv the fees in USD ({@code fee_usd_equiv}), or null
 * @param feeCcyPref the fee currency preference ({@code fee_ccy_pref}, e.g. {@code fciq}), or null
 * @param orderStatus the order's status ({@code order_status}: {@code pending_new}, {@code new},
 *     {@code partially_filled}, {@code filled}, {@code canceled}, {@code expired}), or null
 * @param timestamp when it happened ({@code timestamp})
 * @param postOnly whether the order is post-only ({@code post_only}), or null
 * @param reduceOnly whether the order is reduce-only ({@code reduce_only}), or null
 * @param margin whether the order is on margin ({@code margin}), or null
 * @param amended whether the order was amended ({@code amended}), or null
 * @param reason why the order changed, e.g. a cancel reason ({@code reason}), or null
 * @param displayQty the shown quantity of an iceberg ({@code display_qty}), or null
 * @param effectiveTime when the order becomes active ({@code effective_time}), or null
 * @param expireTime when a GTD order expires ({@code expire_time}), or null
 */
public record ExecutionEvent(
    @JsonProperty("order_id") String orderId,
    @JsonProperty("order_userref") Long orderUserref,
    @JsonProperty("cl_ord_id") String clOrdId,
    @JsonProperty("symbol") String symbol,
    @JsonProperty("side") Side side,
    @JsonProperty("order_type") OrderType orderType,
    @JsonProperty("order_qty") BigDecimal orderQty,
    @JsonProperty("limit_price") BigDecimal limitPrice,
    @JsonProperty("limit_price_type") String limitPriceType,
    @JsonProperty("stop_price") BigDecimal stopPrice,
    @JsonProperty("time_in_force") TimeInForce timeInForce,
    @JsonProperty("exec_type") String execType,
    @JsonProperty("exec_id") String execId,
    @JsonProperty("trade_id") Long tradeId,
    @JsonProperty("last_qty") BigDecimal lastQty,
    @JsonProperty("last_price") BigDecimal lastPrice,
    @JsonProperty("liquidity_ind") String liquidityInd,
    @JsonProperty("cost") BigDecimal cost,
    @JsonProperty("cum_qty") BigDecimal cumQty,
    @JsonProperty("cum_cost") BigDecimal cumCost,
    @JsonProperty("avg_price") BigDecimal avgPrice,
    @JsonProperty("fees") List<Fee> fees,
    @JsonProperty("fee_usd_equiv") BigDecimal feeUsdEquiv,
    @JsonProperty("fee_ccy_pref") String feeCcyPref,
    @JsonProperty("order_status") String orderStatus,
    @JsonProperty("timestamp") Instant timestamp,
    @JsonProperty("post_only") Boolean postOnly,
    @JsonProperty("reduce_only") Boolean reduceOnly,
    @JsonProperty("margin") Boolean margin,
    @JsonProperty("amended") Boolean amended,
    @JsonProperty("reason") String reason,
    @JsonProperty("display_qty") BigDecimal displayQty,
    @JsonProperty("effective_time") Instant effectiveTime,
    @JsonProperty("expire_time") Instant expireTime) {
  /**
   * One fee of a fill: {@code {"asset":"USD","qty":0.0185}}.
   *
   * @param asset the asset charged
   * @param qty the amount charged
   */
  public record Fee(@JsonProperty("asset") String asset, @JsonProperty("qty") BigDecimal qty) {
    /**
     * Checks both fields are present.
     *
     * @param asset {@code asset}
     * @param qty {@code qty}
     */
    public Fee {
      Required.field(asset, "asset");
      Required.field(qty, "qty");
    }
  }

  /**
   * Checks the fields every report sends.
   *
   * @param orderId {@code order_id}
   * @param orderUserref {@code order_userref}
   * @param clOrdId {@code cl_ord_id}
   * @param symbol {@code symbol}
   * @param side {@code side}
   * @param orderType {@code order_type}
   * @param orderQty {@code order_qty}
   * @param limitPrice {@code limit_price}
   * @param limitPriceType {@code limit_price_type}
   * @param stopPrice {@code stop_price}
   * @param timeInForce {@code time_in_force}
   * @param execType {@code exec_type}
   * @param execId {@code exec_id}
   * @param tradeId {@code trade_id}
   * @param lastQty {@code last_qty}
   * @param lastPrice {@code last_price}
   * @param liquidityInd {@code liquidity_ind}
   * @param cost {@code cost}
   * @param cumQty {@code cum_qty}
   * @param cumCost {@code cum_cost}
   * @param avgPrice {@code avg_price}
   * @param fees {@code fees}; missing is empty
   * @param feeUsdEquiv {@code fee_usd_equiv}
   * @param feeCcyPref {@code fee_ccy_pref}
   * @param orderStatus {@code order_status}
   * @param timestamp {@code timestamp}
   * @param postOnly {@code post_only}
   * @param reduceOnly {@code reduce_only}
   * @param margin {@code margin}
   * @param amended {@code amended}
   * @param reason {@code reason}
   * @param displayQty {@code display_qty}
   * @param effectiveTime {@code effective_time}
   * @param expireTime {@code expire_time}
   */
  public ExecutionEvent {
    Required.field(orderId, "order_id");
    Required.field(execType, "exec_type");
    Required.field(timestamp, "timestamp");
    fees = Required.listOrEmpty(fees, "fees");
  }
}
