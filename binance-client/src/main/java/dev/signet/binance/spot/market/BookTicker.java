package dev.signet.binance.spot.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The best bid and ask of a symbol: {@code GET /api/v3/ticker/bookTicker}.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BookTicker b = client.spot().market().bookTicker("LTCBTC");}
 *
 * @param symbol the symbol
 * @param bidPrice the best bid price
 * @param bidQty the quantity at the best bid
 * @param askPrice the best ask price
 * @param askQty the quantity at the best ask
 */
public record BookTicker(
    String symbol,
    BigDecimal bidPrice,
    BigDecimal bidQty,
    BigDecimal askPrice,
    BigDecimal askQty) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param bidPrice the best bid price
   * @param bidQty the quantity at the best bid
   * @param askPrice the best ask price
   * @param askQty the quantity at the best ask
   */
  public BookTicker {
    Required.field(symbol, "symbol");
    Required.field(bidPrice, "bidPrice");
    Required.field(bidQty, "bidQty");
    Required.field(askPrice, "askPrice");
    Required.field(askQty, "askQty");
  }
}
