package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The latest price of a symbol: {@code GET /fapi/v2/ticker/price}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code BigDecimal p = client.futures().market().tickers().priceTicker("BTCUSDT").price();}
 *
 * @param symbol the symbol
 * @param price the latest price
 * @param time the transaction time
 */
public record FuturesPriceTicker(
    String symbol,
    BigDecimal price,
    Instant time) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param price the latest price
   * @param time the transaction time
   */
  public FuturesPriceTicker {
    Required.field(symbol, "symbol");
    Required.field(price, "price");
    Required.field(time, "time");
  }
}
