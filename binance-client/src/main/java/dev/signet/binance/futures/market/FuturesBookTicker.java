package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The best bid and ask of a symbol: {@code GET /fapi/v1/ticker/bookTicker} (RPI orders excluded).
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal bid = client.futures().market().tickers().bookTicker("BTCUSDT").bidPrice();}
 *
 * @param symbol the symbol
 * @param bidPrice the best bid price
 * @param bidQty the quantity at the best bid
 * @param askPrice the best ask price
 * @param askQty the quantity at the best ask
 * @param time the transaction time
 */
public record FuturesBookTicker(
    String symbol,
    BigDecimal bidPrice,
    BigDecimal bidQty,
    BigDecimal askPrice,
    BigDecimal askQty,
    Instant time) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param bidPrice the best bid price
   * @param bidQty the quantity at the best bid
   * @param askPrice the best ask price
   * @param askQty the quantity at the best ask
   * @param time the transaction time
   */
  public FuturesBookTicker {
    Required.field(symbol, "symbol");
    Required.field(bidPrice, "bidPrice");
    Required.field(bidQty, "bidQty");
    Required.field(askPrice, "askPrice");
    Required.field(askQty, "askQty");
    Required.field(time, "time");
  }
}
