package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * An order book snapshot: {@code GET /api/v3/depth}. Bids are sorted from the highest price down,
 * asks from the lowest up.
 *
 * <p>Every field is required (the docs always send it): a missing or null one fails the decode naming it.
 *
 * <pre>{@code
 * OrderBook book = client.spot().market().depth("BNBBTC", 5);
 * BigDecimal spread = book.asks().get(0).price().subtract(book.bids().get(0).price());
 * }</pre>
 *
 * @param lastUpdateId the book's last update id, to join it with the depth stream
 * @param bids bid levels, best first (unmodifiable)
 * @param asks ask levels, best first (unmodifiable)
 */
public record OrderBook(
    @JsonProperty(required = true) long lastUpdateId,
    List<PriceLevel> bids,
    List<PriceLevel> asks) {
  /**
   * Checks every required field is present.
   *
   * @param lastUpdateId the book's last update id, to join it with the depth stream
   * @param bids bid levels, best first (unmodifiable)
   * @param asks ask levels, best first (unmodifiable)
   */
  public OrderBook {
    bids = Required.list(bids, "bids");
    asks = Required.list(asks, "asks");
  }
}
