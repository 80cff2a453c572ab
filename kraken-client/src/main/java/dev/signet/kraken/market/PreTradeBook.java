package dev.signet.kraken.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /0/public/PreTrade} (pre-trade transparency): the top 10 levels of a
 * symbol's book with their publication times.
 *
 * <pre>{@code
 * PreTradeBook book = kraken.market().preTrade("BTC/USD");
 * }</pre>
 *
 * @param symbol the symbol, e.g. {@code BTC/USD}
 * @param description the instrument's description
 * @param baseAsset the base asset, e.g. {@code BTC}
 * @param baseNotation how the quantity is expressed, e.g. {@code NOML}
 * @param quoteAsset the quote asset, e.g. {@code USD}
 * @param quoteNotation how the price is expressed, e.g. {@code MONE}
 * @param venue the venue, e.g. {@code PGSL}
 * @param system the trading system, e.g. {@code CLOB}
 * @param bids the bid levels; unmodifiable
 * @param asks the ask levels; unmodifiable
 */
public record PreTradeBook(
    String symbol,
    String description,
    @JsonProperty("base_asset") String baseAsset,
    @JsonProperty("base_notation") String baseNotation,
    @JsonProperty("quote_asset") String quoteAsset,
    @JsonProperty("quote_notation") String quoteNotation,
    String venue,
    String system,
    List<Level> bids,
    List<Level> asks) {
  /**
   * Checks the symbol is present and copies the levels (absent gives empty).
   *
   * @param symbol the symbol
   * @param description the instrument's description
   * @param baseAsset the base asset
   * @param baseNotation how the quantity is expressed
   * @param quoteAsset the quote asset
   * @param quoteNotation how the price is expressed
   * @param venue the venue
   * @param system the trading system
   * @param bids the bid levels
   * @param asks the ask levels
   */
  public PreTradeBook {
    Required.field(symbol, "symbol");
    bids = Required.listOrEmpty(bids, "bids");
    asks = Required.listOrEmpty(asks, "asks");
  }

  /**
   * One level.
   *
   * <p>Example: {@code book.bids().get(0).price()}.
   *
   * @param side {@code BUY} or {@code SELL}
   * @param price the level's price
   * @param qty the volume at it
   * @param count the number of orders at it
   * @param publicationTs when it was published ({@code publication_ts})
   */
  public record Level(String side, BigDecimal price, BigDecimal qty, int count,
      @JsonProperty("publication_ts") Instant publicationTs) {
    /**
     * Checks the values are present.
     *
     * @param side {@code BUY} or {@code SELL}
     * @param price the level's price
     * @param qty the volume at it
     * @param count the number of orders at it
     * @param publicationTs when it was published
     */
    public Level {
      Required.field(price, "price");
      Required.field(qty, "qty");
    }
  }
}
