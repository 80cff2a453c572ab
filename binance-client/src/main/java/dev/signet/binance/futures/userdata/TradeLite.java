package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A fill, sent ahead of the full {@link OrderTradeUpdate} with fewer fields ({@code TRADE_LITE}).
 *
 * <pre>{@code
 * if (event instanceof TradeLite t) {
 *   bot.onFill(t.clientOrderId(), t.lastFilledQuantity(), t.lastFilledPrice());
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param transactionTime when the matching engine acted ({@code T})
 * @param symbol the symbol ({@code s})
 * @param originalQuantity the order's quantity ({@code q})
 * @param originalPrice the order's price ({@code p})
 * @param maker whether the fill was on the maker side ({@code m})
 * @param clientOrderId the client order id ({@code c})
 * @param side the side ({@code S})
 * @param lastFilledPrice the fill's price ({@code L})
 * @param lastFilledQuantity the fill's quantity ({@code l})
 * @param tradeId the trade id ({@code t})
 * @param orderId the order id ({@code i})
 */
public record TradeLite(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("s") String symbol,
    @JsonProperty("q") BigDecimal originalQuantity,
    @JsonProperty("p") BigDecimal originalPrice,
    @JsonProperty("m") boolean maker,
    @JsonProperty("c") String clientOrderId,
    @JsonProperty("S") OrderSide side,
    @JsonProperty("L") BigDecimal lastFilledPrice,
    @JsonProperty("l") BigDecimal lastFilledQuantity,
    @JsonProperty(value = "t", required = true) long tradeId,
    @JsonProperty(value = "i", required = true) long orderId) implements FuturesUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param transactionTime {@code T}
   * @param symbol {@code s}
   * @param originalQuantity {@code q}
   * @param originalPrice {@code p}
   * @param maker {@code m}
   * @param clientOrderId {@code c}
   * @param side {@code S}
   * @param lastFilledPrice {@code L}
   * @param lastFilledQuantity {@code l}
   * @param tradeId {@code t}
   * @param orderId {@code i}
   */
  public TradeLite {
    Required.field(eventTime, "E");
    Required.field(transactionTime, "T");
    Required.field(symbol, "s");
    Required.field(originalQuantity, "q");
    Required.field(originalPrice, "p");
    Required.field(clientOrderId, "c");
    Required.field(side, "S");
    Required.field(lastFilledPrice, "L");
    Required.field(lastFilledQuantity, "l");
  }
}
