package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The constituents of a symbol's index price: {@code GET /fapi/v1/constituents}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code List<IndexConstituents.Constituent> c = client.futures().market().data().constituents("BTCUSDT").constituents();}
 *
 * @param symbol the symbol
 * @param time when it was computed
 * @param constituents the exchange prices (unmodifiable)
 */
public record IndexConstituents(
    String symbol,
    Instant time,
    List<Constituent> constituents) {
  /**
   * Checks every required field is present.
   *
   * @param symbol the symbol
   * @param time when it was computed
   * @param constituents the exchange prices (unmodifiable)
   */
  public IndexConstituents {
    Required.field(symbol, "symbol");
    Required.field(time, "time");
    constituents = Required.list(constituents, "constituents");
  }
  /**
   * One exchange price in an index.
   *
   * <p>Example: {@code c.exchange()   // "binance"}
   *
   * @param exchange the exchange
   * @param symbol the symbol on that exchange
   * @param price the price (-1 for hidden TradFi constituents), or null when the answer leaves it out (the
   *     2023 docs example does)
   * @param weight its weight, as a fraction, or null when the answer leaves it out
   */
  public record Constituent(
      String exchange,
      String symbol,
      BigDecimal price,
      BigDecimal weight) {
    /**
     * Checks the fields every answer sends: {@code exchange} and {@code symbol}.
     *
     * @param exchange the exchange
     * @param symbol the symbol on that exchange
     * @param price the price, or null
     * @param weight its weight, or null
     */
    public Constituent {
      Required.field(exchange, "exchange");
      Required.field(symbol, "symbol");
    }
  }
}
