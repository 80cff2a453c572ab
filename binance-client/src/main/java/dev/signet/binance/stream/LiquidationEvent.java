package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.futures.trade.FuturesOrderType;
import dev.signet.binance.futures.trade.FuturesTimeInForce;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A forced liquidation order ({@code <symbol>@forceOrder}, or one of {@code !forceOrder@arr},
 * USD-M): at most the latest liquidation per symbol each second, nothing when there was none.
 *
 * <pre>{@code
 * Subscription<LiquidationEvent> liquidations = futuresStreams.liquidations("BTCUSDT");
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param order the liquidation order ({@code o})
 */
public record LiquidationEvent(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("o") Order order) {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param order {@code o}
   */
  public LiquidationEvent {
    Required.field(eventTime, "E");
    Required.field(order, "o");
  }

  /**
   * The liquidation order of a {@link LiquidationEvent}.
   *
   * @param symbol the symbol ({@code s})
   * @param side the side ({@code S})
   * @param type the order type ({@code o}, e.g. {@code LIMIT})
   * @param timeInForce the time in force ({@code f}, e.g. {@code IOC})
   * @param originalQuantity the order's quantity ({@code q})
   * @param price the order's price ({@code p})
   * @param averagePrice the average fill price ({@code ap})
   * @param status the order's status ({@code X})
   * @param lastFilledQuantity the quantity of the last fill ({@code l})
   * @param filledQuantity the quantity filled so far ({@code z})
   * @param tradeTime the last fill's time ({@code T})
   */
  public record Order(
      @JsonProperty("s") String symbol,
      @JsonProperty("S") OrderSide side,
      @JsonProperty("o") FuturesOrderType type,
      @JsonProperty("f") FuturesTimeInForce timeInForce,
      @JsonProperty("q") BigDecimal originalQuantity,
      @JsonProperty("p") BigDecimal price,
      @JsonProperty("ap") BigDecimal averagePrice,
      @JsonProperty("X") OrderStatus status,
      @JsonProperty("l") BigDecimal lastFilledQuantity,
      @JsonProperty("z") BigDecimal filledQuantity,
      @JsonProperty("T") Instant tradeTime) {
    /**
     * Checks the fields the docs always send.
     *
     * @param symbol {@code s}
     * @param side {@code S}
     * @param type {@code o}
     * @param timeInForce {@code f}
     * @param originalQuantity {@code q}
     * @param price {@code p}
     * @param averagePrice {@code ap}
     * @param status {@code X}
     * @param lastFilledQuantity {@code l}
     * @param filledQuantity {@code z}
     * @param tradeTime {@code T}
     */
    public Order {
      Required.field(symbol, "s");
      Required.field(side, "S");
      Required.field(type, "o");
      Required.field(timeInForce, "f");
      Required.field(originalQuantity, "q");
      Required.field(price, "p");
      Required.field(averagePrice, "ap");
      Required.field(status, "X");
      Required.field(lastFilledQuantity, "l");
      Required.field(filledQuantity, "z");
      Required.field(tradeTime, "T");
    }
  }
}
