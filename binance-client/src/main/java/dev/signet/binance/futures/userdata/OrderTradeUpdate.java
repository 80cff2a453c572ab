package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.trade.FuturesOrderType;
import dev.signet.binance.futures.trade.FuturesTimeInForce;
import dev.signet.binance.futures.trade.PriceMatch;
import dev.signet.binance.futures.trade.WorkingType;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order was placed, filled, cancelled, expired or amended ({@code ORDER_TRADE_UPDATE}). A client
 * order id starting {@code autoclose-} is a liquidation, {@code adl_autoclose} an ADL close,
 * {@code settlement_autoclose-} a delisting or delivery settlement.
 *
 * <pre>{@code
 * if (event instanceof OrderTradeUpdate u && u.order().executionType() == FuturesExecutionType.TRADE) {
 *   bot.onFill(u.order().clientOrderId(), u.order().lastFilledQuantity(), u.order().lastFilledPrice());
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param transactionTime when the matching engine acted ({@code T})
 * @param order the order ({@code o})
 */
public record OrderTradeUpdate(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("o") Order order) implements FuturesUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param transactionTime {@code T}
   * @param order {@code o}
   */
  public OrderTradeUpdate {
    Required.field(eventTime, "E");
    Required.field(transactionTime, "T");
    Required.field(order, "o");
  }

  /**
   * The order of an {@link OrderTradeUpdate}.
   *
   * @param symbol the symbol ({@code s})
   * @param clientOrderId the client order id ({@code c})
   * @param side the side ({@code S})
   * @param type the order type ({@code o})
   * @param timeInForce the time in force ({@code f})
   * @param originalQuantity the order's quantity ({@code q})
   * @param originalPrice the order's price ({@code p})
   * @param averagePrice the average fill price ({@code ap})
   * @param stopPrice the trigger price ({@code sp}; not used by trailing stops)
   * @param executionType what happened ({@code x})
   * @param status the order's status now ({@code X})
   * @param orderId the order id ({@code i})
   * @param lastFilledQuantity the quantity of this fill ({@code l})
   * @param filledQuantity the quantity filled so far ({@code z})
   * @param lastFilledPrice the price of this fill ({@code L})
   * @param commissionAsset the commission's asset ({@code N}), or null when there was no fill
   * @param commission the commission ({@code n}), or null when there was no fill
   * @param tradeTime the fill's time ({@code T})
   * @param tradeId the fill's trade id ({@code t})
   * @param bidsNotional the notional of the account's bids ({@code b})
   * @param asksNotional the notional of its asks ({@code a})
   * @param maker whether the fill was on the maker side ({@code m})
   * @param reduceOnly whether the order is reduce-only ({@code R})
   * @param workingType the price the trigger watches ({@code wt})
   * @param originalType the order's type as placed ({@code ot})
   * @param positionSide the position side ({@code ps})
   * @param closePosition whether it closes the whole position ({@code cp}; conditional orders), or null
   * @param activationPrice the trailing stop's activation price ({@code AP}), or null
   * @param callbackRate the trailing stop's callback rate ({@code cr}), or null
   * @param priceProtect whether trigger protection is on ({@code pP})
   * @param realizedProfit the fill's realized profit ({@code rp})
   * @param selfTradePreventionMode the self-trade prevention mode ({@code V})
   * @param priceMatch the price match mode ({@code pm})
   * @param goodTillDate when a GTD order is cancelled ({@code gtd}; 0 for none)
   * @param expiryReason why it expired ({@code er}: 0 none, 1 self-trade prevention, 2 IOC not fully filled, …)
   */
  public record Order(
      @JsonProperty("s") String symbol,
      @JsonProperty("c") String clientOrderId,
      @JsonProperty("S") OrderSide side,
      @JsonProperty("o") FuturesOrderType type,
      @JsonProperty("f") FuturesTimeInForce timeInForce,
      @JsonProperty("q") BigDecimal originalQuantity,
      @JsonProperty("p") BigDecimal originalPrice,
      @JsonProperty("ap") BigDecimal averagePrice,
      @JsonProperty("sp") BigDecimal stopPrice,
      @JsonProperty("x") FuturesExecutionType executionType,
      @JsonProperty("X") OrderStatus status,
      @JsonProperty(value = "i", required = true) long orderId,
      @JsonProperty("l") BigDecimal lastFilledQuantity,
      @JsonProperty("z") BigDecimal filledQuantity,
      @JsonProperty("L") BigDecimal lastFilledPrice,
      @JsonProperty("N") String commissionAsset,
      @JsonProperty("n") BigDecimal commission,
      @JsonProperty("T") Instant tradeTime,
      @JsonProperty("t") long tradeId,
      @JsonProperty("b") BigDecimal bidsNotional,
      @JsonProperty("a") BigDecimal asksNotional,
      @JsonProperty("m") boolean maker,
      @JsonProperty("R") boolean reduceOnly,
      @JsonProperty("wt") WorkingType workingType,
      @JsonProperty("ot") FuturesOrderType originalType,
      @JsonProperty("ps") PositionSide positionSide,
      @JsonProperty("cp") Boolean closePosition,
      @JsonProperty("AP") BigDecimal activationPrice,
      @JsonProperty("cr") BigDecimal callbackRate,
      @JsonProperty("pP") boolean priceProtect,
      @JsonProperty("rp") BigDecimal realizedProfit,
      @JsonProperty("V") SelfTradePreventionMode selfTradePreventionMode,
      @JsonProperty("pm") PriceMatch priceMatch,
      @JsonProperty("gtd") long goodTillDate,
      @JsonProperty("er") String expiryReason) {
    /**
     * Checks the fields the docs always send.
     *
     * @param symbol {@code s}
     * @param clientOrderId {@code c}
     * @param side {@code S}
     * @param type {@code o}
     * @param timeInForce {@code f}
     * @param originalQuantity {@code q}
     * @param originalPrice {@code p}
     * @param averagePrice {@code ap}
     * @param stopPrice {@code sp}
     * @param executionType {@code x}
     * @param status {@code X}
     * @param orderId {@code i}
     * @param lastFilledQuantity {@code l}
     * @param filledQuantity {@code z}
     * @param lastFilledPrice {@code L}
     * @param commissionAsset {@code N}, or null
     * @param commission {@code n}, or null
     * @param tradeTime {@code T}
     * @param tradeId {@code t}
     * @param bidsNotional {@code b}
     * @param asksNotional {@code a}
     * @param maker {@code m}
     * @param reduceOnly {@code R}
     * @param workingType {@code wt}
     * @param originalType {@code ot}
     * @param positionSide {@code ps}
     * @param closePosition {@code cp}, or null
     * @param activationPrice {@code AP}, or null
     * @param callbackRate {@code cr}, or null
     * @param priceProtect {@code pP}
     * @param realizedProfit {@code rp}
     * @param selfTradePreventionMode {@code V}
     * @param priceMatch {@code pm}
     * @param goodTillDate {@code gtd}
     * @param expiryReason {@code er}
     */
    public Order {
      Required.field(symbol, "s");
      Required.field(clientOrderId, "c");
      Required.field(side, "S");
      Required.field(type, "o");
      Required.field(timeInForce, "f");
      Required.field(originalQuantity, "q");
      Required.field(originalPrice, "p");
      Required.field(averagePrice, "ap");
      Required.field(executionType, "x");
      Required.field(status, "X");
      Required.field(lastFilledQuantity, "l");
      Required.field(filledQuantity, "z");
      Required.field(lastFilledPrice, "L");
      Required.field(tradeTime, "T");
      Required.field(positionSide, "ps");
      Required.field(realizedProfit, "rp");
    }
  }
}
