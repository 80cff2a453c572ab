package dev.signet.binance.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The best bid and ask of a {@code <symbol>@bookTicker} stream, pushed on every change:
 * {@code {"u":400900217,"s":"BNBUSDT","b":"25.35190000","B":"31.21000000","a":"25.36520000","A":"40.66000000"}}
 * (USD-M adds {@code e}, {@code E} and {@code T}).
 *
 * <pre>{@code
 * Subscription<BookTickerEvent> top = streams.bookTicker("BNBUSDT");
 * }</pre>
 *
 * @param updateId the order book update id ({@code u})
 * @param symbol the symbol ({@code s})
 * @param bidPrice the best bid ({@code b})
 * @param bidQuantity its quantity ({@code B})
 * @param askPrice the best ask ({@code a})
 * @param askQuantity its quantity ({@code A})
 * @param eventTime when the event was produced ({@code E}, USD-M), or null on Spot
 * @param transactionTime the matching engine's time ({@code T}, USD-M), or null on Spot
 */
public record BookTickerEvent(
    @JsonProperty(value = "u", required = true) long updateId,
    @JsonProperty("s") String symbol,
    @JsonProperty("b") BigDecimal bidPrice,
    @JsonProperty("B") BigDecimal bidQuantity,
    @JsonProperty("a") BigDecimal askPrice,
    @JsonProperty("A") BigDecimal askQuantity,
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("T") Instant transactionTime) {
  /**
   * Checks the fields the docs always send.
   *
   * @param updateId {@code u}
   * @param symbol {@code s}
   * @param bidPrice {@code b}
   * @param bidQuantity {@code B}
   * @param askPrice {@code a}
   * @param askQuantity {@code A}
   * @param eventTime {@code E}, or null
   * @param transactionTime {@code T}, or null
   */
  public BookTickerEvent {
    Required.field(symbol, "s");
    Required.field(bidPrice, "b");
    Required.field(bidQuantity, "B");
    Required.field(askPrice, "a");
    Required.field(askQuantity, "A");
  }
}
