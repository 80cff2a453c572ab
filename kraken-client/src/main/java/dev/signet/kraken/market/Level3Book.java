package dev.signet.kraken.market;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of {@code POST /0/private/Level3}: every resting order of the book, best first.
 *
 * <pre>{@code
 * Level3Book book = kraken.market().level3("BTC/USD", 10);
 * long nanos = book.bids().get(0).timestamp();
 * }</pre>
 *
 * @param pair the pair as Kraken names it in the answer
 * @param bids the resting buy orders, highest first; unmodifiable
 * @param asks the resting sell orders, lowest first; unmodifiable
 */
public record Level3Book(String pair, List<Order> bids, List<Order> asks) {
  /**
   * Checks the pair is present and copies the orders (absent gives empty).
   *
   * @param pair the pair as Kraken names it
   * @param bids the resting buy orders
   * @param asks the resting sell orders
   */
  public Level3Book {
    Required.field(pair, "pair");
    bids = Required.listOrEmpty(bids, "bids");
    asks = Required.listOrEmpty(asks, "asks");
  }

  /**
   * One resting order.
   *
   * <p>Example: {@code book.asks().get(0).orderId()}.
   *
   * @param price the order's limit price
   * @param qty the order's remaining volume
   * @param orderId the order's id
   * @param timestamp when it was placed or last changed, in unix nanoseconds (exact)
   */
  public record Order(BigDecimal price, BigDecimal qty, @JsonProperty("order_id") String orderId, long timestamp) {
    /**
     * Checks the values are present.
     *
     * @param price the order's limit price
     * @param qty the order's remaining volume
     * @param orderId the order's id
     * @param timestamp unix nanoseconds
     */
    public Order {
      Required.field(price, "price");
      Required.field(qty, "qty");
      Required.field(orderId, "order_id");
    }
  }
}
