package dev.signet.kraken.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /0/public/PostTrade} (post-trade transparency): trades in ascending
 * order and the cursor to pass as the next {@code from_ts}.
 *
 * <pre>{@code
 * PostTrades page = kraken.market().postTrade(PostTradeQuery.builder().symbol("BTC/USD").build());
 * PostTrades next = kraken.market().postTrade(PostTradeQuery.builder().symbol("BTC/USD").fromTs(page.lastTs()).build());
 * }</pre>
 *
 * @param lastTs the time of the last trade, as sent: the next call's {@code from_ts} ({@code last_ts})
 * @param count the number of trades
 * @param trades the trades, oldest first; unmodifiable
 */
public record PostTrades(@JsonProperty("last_ts") String lastTs, int count, List<Trade> trades) {
  /**
   * Copies the trades (absent gives empty).
   *
   * @param lastTs the next call's {@code from_ts}, or null when the answer has no trade
   * @param count the number of trades
   * @param trades the trades
   */
  public PostTrades {
    trades = Required.listOrEmpty(trades, "trades");
  }

  /**
   * One published trade.
   *
   * <p>Example: {@code page.trades().get(0).price()}.
   *
   * @param tradeId the trade's id ({@code trade_id})
   * @param price the price
   * @param quantity the quantity
   * @param symbol the symbol, e.g. {@code BTC/USD}
   * @param description the instrument's description
   * @param baseAsset the base asset
   * @param baseNotation how the quantity is expressed, e.g. {@code UNIT}
   * @param quoteAsset the quote asset
   * @param quoteNotation how the price is expressed, e.g. {@code MONE}
   * @param tradeVenue where it traded
   * @param tradeTs when it traded
   * @param publicationVenue where it was published
   * @param publicationTs when it was published
   */
  public record Trade(
      @JsonProperty("trade_id") String tradeId,
      BigDecimal price,
      BigDecimal quantity,
      String symbol,
      String description,
      @JsonProperty("base_asset") String baseAsset,
      @JsonProperty("base_notation") String baseNotation,
      @JsonProperty("quote_asset") String quoteAsset,
      @JsonProperty("quote_notation") String quoteNotation,
      @JsonProperty("trade_venue") String tradeVenue,
      @JsonProperty("trade_ts") Instant tradeTs,
      @JsonProperty("publication_venue") String publicationVenue,
      @JsonProperty("publication_ts") Instant publicationTs) {
    /**
     * Checks the trade's id, price, quantity and time are present.
     *
     * @param tradeId the trade's id
     * @param price the price
     * @param quantity the quantity
     * @param symbol the symbol
     * @param description the instrument's description
     * @param baseAsset the base asset
     * @param baseNotation how the quantity is expressed
     * @param quoteAsset the quote asset
     * @param quoteNotation how the price is expressed
     * @param tradeVenue where it traded
     * @param tradeTs when it traded
     * @param publicationVenue where it was published
     * @param publicationTs when it was published
     */
    public Trade {
      Required.field(tradeId, "trade_id");
      Required.field(price, "price");
      Required.field(quantity, "quantity");
      Required.field(tradeTs, "trade_ts");
    }
  }
}
