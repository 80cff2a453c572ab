package dev.signet.binance.spot.account;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters of {@code GET /api/v3/allOrders}: one symbol, and optionally an order id to page from,
 * a time window (at most 24 hours) and a page size. Built with {@link #builder(String)}; immutable.
 * Without {@code orderId} or times Binance returns the most recent orders.
 *
 * <pre>{@code
 * AllOrdersQuery q = AllOrdersQuery.builder("BTCUSDT").orderId(lastId + 1).limit(1000).build();
 * List<Order> page = client.spot().accountData().allOrders(q);
 * }</pre>
 *
 * @param symbol the symbol
 * @param orderId the first order id to return, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param limit page size 1..1000 (Binance's default 500), or null
 */
public record AllOrdersQuery(String symbol, Long orderId, Instant startTime, Instant endTime, Integer limit) {
  private static final TimeWindow.Span SPAN = TimeWindow.Span.atMost(Duration.ofHours(24));
  private static final Paging LIMIT = Paging.limit(1000, "orderId or startTime/endTime");

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param symbol the symbol
   * @param orderId the first order id to return, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size 1..1000 (Binance's default 500), or null
   */
  public AllOrdersQuery {
    Symbols.check("symbol", symbol);
    new TimeWindow(startTime, endTime).check(SPAN);
    LIMIT.check(limit);
  }

  /**
   * A new builder for the orders of {@code symbol}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return a new builder
   */
  public static Builder builder(String symbol) {
    return new Builder(symbol);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters in the order Binance documents them
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime).addTo(Params.of("symbol", symbol).addIfPresent("orderId", orderId))
        .addIfPresent("limit", limit);
  }

  /** Builds an {@link AllOrdersQuery}; {@link #build()} checks the values. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final String symbol;
    private Long orderId;
    private Integer limit;

    private Builder(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Orders with this id or a later one.
     *
     * @param orderId the first order id to return
     * @return this builder
     */
    public Builder orderId(long orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Page size, 1..1000.
     *
     * @param limit page size 1..1000
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming the parameter on a value Binance refuses.
     *
     * @return the query
     */
    public AllOrdersQuery build() {
      return new AllOrdersQuery(symbol, orderId, start(), end(), limit);
    }
  }
}
