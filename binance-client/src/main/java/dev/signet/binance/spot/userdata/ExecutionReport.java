package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.spot.ExpiryReason;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.PegOffsetType;
import dev.signet.binance.spot.PegPriceType;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.WorkingFloor;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An order was placed, filled, cancelled, amended, rejected or expired ({@code executionReport}),
 * with every field the Spot docs list, the conditional ones (trailing stops, strategies,
 * self-trade prevention, allocations, SOR, pegged orders, expiry) null when absent.
 *
 * <pre>{@code
 * if (event instanceof ExecutionReport r && r.executionType() == ExecutionType.TRADE) {
 *   bot.onFill(r.clientOrderId(), r.lastExecutedQuantity(), r.lastExecutedPrice());
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param symbol the symbol ({@code s})
 * @param clientOrderId the client order id ({@code c})
 * @param side the side ({@code S})
 * @param type the order type ({@code o})
 * @param timeInForce the time in force ({@code f})
 * @param quantity the order's quantity ({@code q})
 * @param price the order's price ({@code p})
 * @param stopPrice the stop price ({@code P})
 * @param icebergQuantity the iceberg quantity ({@code F})
 * @param orderListId the order list id ({@code g}; -1 for none)
 * @param originalClientOrderId the client order id of the order cancelled ({@code C}; empty otherwise)
 * @param executionType what happened ({@code x})
 * @param status the order's status now ({@code X})
 * @param rejectReason why it was rejected ({@code r}; {@code NONE} when it was not)
 * @param orderId the order id ({@code i})
 * @param lastExecutedQuantity the quantity of this execution ({@code l})
 * @param cumulativeFilledQuantity the quantity filled so far ({@code z})
 * @param lastExecutedPrice the price of this execution ({@code L})
 * @param commission the commission ({@code n})
 * @param commissionAsset the commission's asset ({@code N}), or null when nothing was charged
 * @param transactionTime when it happened ({@code T})
 * @param tradeId the trade id ({@code t}; -1 for none)
 * @param executionId the execution id ({@code I})
 * @param onBook whether the order rests on the book ({@code w})
 * @param maker whether this trade was on the maker side ({@code m})
 * @param creationTime when the order was created ({@code O})
 * @param cumulativeQuoteQuantity the quote quantity filled so far ({@code Z}; Z / z is the average price)
 * @param lastQuoteQuantity the quote quantity of this execution ({@code Y})
 * @param quoteOrderQuantity the quote order quantity ({@code Q})
 * @param workingTime when the order started working on the book ({@code W}), or null
 * @param selfTradePreventionMode the self-trade prevention mode ({@code V})
 * @param trailingDelta the trailing delta ({@code d}; trailing stops), or null
 * @param trailingTime the trailing time ({@code D}; trailing stops), or null
 * @param strategyId the strategy id ({@code j}) when one was given, or null
 * @param strategyType the strategy type ({@code J}) when one was given, or null
 * @param preventedMatchId the prevented match id ({@code v}; expired by STP), or null
 * @param preventedQuantity the prevented quantity ({@code A}; STP), or null
 * @param lastPreventedQuantity the last prevented quantity ({@code B}; STP), or null
 * @param tradeGroupId the trade group id ({@code u}; STP), or null
 * @param counterOrderId the counter order id ({@code U}; STP), or null
 * @param counterSymbol the counter symbol ({@code Cs}; STP), or null
 * @param preventedExecutionQuantity the prevented execution quantity ({@code pl}; STP), or null
 * @param preventedExecutionPrice the prevented execution price ({@code pL}; STP), or null
 * @param preventedExecutionQuoteQuantity the prevented execution quote quantity ({@code pY}; STP), or null
 * @param matchType the match type ({@code b}, e.g. {@code ONE_PARTY_TRADE_REPORT}; allocations), or null
 * @param allocationId the allocation id ({@code a}), or null
 * @param workingFloor the working floor ({@code k}, e.g. {@code SOR}), or null
 * @param usedSor whether the order used SOR ({@code uS}), or null
 * @param pegPriceType the pegged price type ({@code gP}; pegged orders), or null
 * @param pegOffsetType the peg offset type ({@code gOT}), or null
 * @param pegOffsetValue the peg offset value ({@code gOV}), or null
 * @param peggedPrice the pegged price ({@code gp}), or null
 * @param expiryReason why the order expired ({@code eR}), or null
 */
public record ExecutionReport(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("s") String symbol,
    @JsonProperty("c") String clientOrderId,
    @JsonProperty("S") OrderSide side,
    @JsonProperty("o") OrderType type,
    @JsonProperty("f") TimeInForce timeInForce,
    @JsonProperty("q") BigDecimal quantity,
    @JsonProperty("p") BigDecimal price,
    @JsonProperty("P") BigDecimal stopPrice,
    @JsonProperty("F") BigDecimal icebergQuantity,
    @JsonProperty(value = "g", required = true) long orderListId,
    @JsonProperty("C") String originalClientOrderId,
    @JsonProperty("x") ExecutionType executionType,
    @JsonProperty("X") OrderStatus status,
    @JsonProperty("r") String rejectReason,
    @JsonProperty(value = "i", required = true) long orderId,
    @JsonProperty("l") BigDecimal lastExecutedQuantity,
    @JsonProperty("z") BigDecimal cumulativeFilledQuantity,
    @JsonProperty("L") BigDecimal lastExecutedPrice,
    @JsonProperty("n") BigDecimal commission,
    @JsonProperty("N") String commissionAsset,
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty(value = "t", required = true) long tradeId,
    @JsonProperty(value = "I", required = true) long executionId,
    @JsonProperty("w") boolean onBook,
    @JsonProperty("m") boolean maker,
    @JsonProperty("O") Instant creationTime,
    @JsonProperty("Z") BigDecimal cumulativeQuoteQuantity,
    @JsonProperty("Y") BigDecimal lastQuoteQuantity,
    @JsonProperty("Q") BigDecimal quoteOrderQuantity,
    @JsonProperty("W") Instant workingTime,
    @JsonProperty("V") SelfTradePreventionMode selfTradePreventionMode,
    @JsonProperty("d") Long trailingDelta,
    @JsonProperty("D") Instant trailingTime,
    @JsonProperty("j") Long strategyId,
    @JsonProperty("J") Integer strategyType,
    @JsonProperty("v") Long preventedMatchId,
    @JsonProperty("A") BigDecimal preventedQuantity,
    @JsonProperty("B") BigDecimal lastPreventedQuantity,
    @JsonProperty("u") Long tradeGroupId,
    @JsonProperty("U") Long counterOrderId,
    @JsonProperty("Cs") String counterSymbol,
    @JsonProperty("pl") BigDecimal preventedExecutionQuantity,
    @JsonProperty("pL") BigDecimal preventedExecutionPrice,
    @JsonProperty("pY") BigDecimal preventedExecutionQuoteQuantity,
    @JsonProperty("b") String matchType,
    @JsonProperty("a") Long allocationId,
    @JsonProperty("k") WorkingFloor workingFloor,
    @JsonProperty("uS") Boolean usedSor,
    @JsonProperty("gP") PegPriceType pegPriceType,
    @JsonProperty("gOT") PegOffsetType pegOffsetType,
    @JsonProperty("gOV") Integer pegOffsetValue,
    @JsonProperty("gp") BigDecimal peggedPrice,
    @JsonProperty("eR") ExpiryReason expiryReason) implements SpotUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param symbol {@code s}
   * @param clientOrderId {@code c}
   * @param side {@code S}
   * @param type {@code o}
   * @param timeInForce {@code f}
   * @param quantity {@code q}
   * @param price {@code p}
   * @param stopPrice {@code P}
   * @param icebergQuantity {@code F}
   * @param orderListId {@code g}
   * @param originalClientOrderId {@code C}
   * @param executionType {@code x}
   * @param status {@code X}
   * @param rejectReason {@code r}
   * @param orderId {@code i}
   * @param lastExecutedQuantity {@code l}
   * @param cumulativeFilledQuantity {@code z}
   * @param lastExecutedPrice {@code L}
   * @param commission {@code n}
   * @param commissionAsset {@code N}, or null
   * @param transactionTime {@code T}
   * @param tradeId {@code t}
   * @param executionId {@code I}
   * @param onBook {@code w}
   * @param maker {@code m}
   * @param creationTime {@code O}
   * @param cumulativeQuoteQuantity {@code Z}
   * @param lastQuoteQuantity {@code Y}
   * @param quoteOrderQuantity {@code Q}
   * @param workingTime {@code W}, or null
   * @param selfTradePreventionMode {@code V}
   * @param trailingDelta {@code d}, or null
   * @param trailingTime {@code D}, or null
   * @param strategyId {@code j}, or null
   * @param strategyType {@code J}, or null
   * @param preventedMatchId {@code v}, or null
   * @param preventedQuantity {@code A}, or null
   * @param lastPreventedQuantity {@code B}, or null
   * @param tradeGroupId {@code u}, or null
   * @param counterOrderId {@code U}, or null
   * @param counterSymbol {@code Cs}, or null
   * @param preventedExecutionQuantity {@code pl}, or null
   * @param preventedExecutionPrice {@code pL}, or null
   * @param preventedExecutionQuoteQuantity {@code pY}, or null
   * @param matchType {@code b}, or null
   * @param allocationId {@code a}, or null
   * @param workingFloor {@code k}, or null
   * @param usedSor {@code uS}, or null
   * @param pegPriceType {@code gP}, or null
   * @param pegOffsetType {@code gOT}, or null
   * @param pegOffsetValue {@code gOV}, or null
   * @param peggedPrice {@code gp}, or null
   * @param expiryReason {@code eR}, or null
   */
  public ExecutionReport {
    Required.field(eventTime, "E");
    Required.field(symbol, "s");
    Required.field(clientOrderId, "c");
    Required.field(side, "S");
    Required.field(type, "o");
    Required.field(timeInForce, "f");
    Required.field(quantity, "q");
    Required.field(price, "p");
    Required.field(stopPrice, "P");
    Required.field(icebergQuantity, "F");
    Required.field(originalClientOrderId, "C");
    Required.field(executionType, "x");
    Required.field(status, "X");
    Required.field(rejectReason, "r");
    Required.field(lastExecutedQuantity, "l");
    Required.field(cumulativeFilledQuantity, "z");
    Required.field(lastExecutedPrice, "L");
    Required.field(commission, "n");
    Required.field(transactionTime, "T");
    Required.field(creationTime, "O");
    Required.field(cumulativeQuoteQuantity, "Z");
    Required.field(lastQuoteQuantity, "Y");
    Required.field(quoteOrderQuantity, "Q");
    Required.field(selfTradePreventionMode, "V");
  }
}
