package dev.signet.binance.futures.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order book snapshot of {@code GET /fapi/v1/depth} or {@code /fapi/v1/rpiDepth} (the latter with the
 * Retail Price Improvement orders aggregated in). Bids are sorted from the highest price down, asks from
 * the lowest up; levels reuse the Spot {@link PriceLevel}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <pre>{@code
 * FuturesOrderBook book = client.futures().market().depth("BTCUSDT", 5);
 * BigDecimal spread = book.asks().get(0).price().subtract(book.bids().get(0).price());
 * }</pre>
 *
 * @param lastUpdateId the book's last update id, to join it with the depth stream
 * @param messageTime when the answer was produced ({@code E})
 * @param transactionTime the time of the last transaction in the book ({@code T})
 * @param bids bid levels, best first (unmodifiable)
 * @param asks ask levels, best first (unmodifiable)
 */
public record FuturesOrderBook(
    @JsonProperty(required = true) long lastUpdateId,
    @JsonProperty("E") Instant messageTime,
    @JsonProperty("T") Instant transactionTime,
    List<PriceLevel> bids,
    List<PriceLevel> asks) {
  /**
   * Checks every required field is present.
   *
   * @param lastUpdateId the book's last update id, to join it with the depth stream
   * @param messageTime when the answer was produced ({@code E})
   * @param transactionTime the time of the last transaction in the book ({@code T})
   * @param bids bid levels, best first (unmodifiable)
   * @param asks ask levels, best first (unmodifiable)
   */
  public FuturesOrderBook {
    Required.field(messageTime, "E");
    Required.field(transactionTime, "T");
    bids = Required.list(bids, "bids");
    asks = Required.list(asks, "asks");
  }
}
