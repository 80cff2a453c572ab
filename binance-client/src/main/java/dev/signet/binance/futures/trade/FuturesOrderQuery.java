package dev.signet.binance.futures.trade;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters of {@code GET /fapi/v1/allOrders}: one contract, and optionally an order id to page
 * from, a time window (less than 7 days; Binance's default the last 7) and a page size. Binance keeps
 * cancelled or expired orders without fills for 3 days, every order for 90. Immutable.
 *
 * <pre>{@code
 * List<FuturesOrder> page = client.futures().orders().allOrders(FuturesOrderQuery.builder("BTCUSDT").orderId(lastId + 1).build());
 * }</pre>
 *
 * @param symbol the contract
 * @param orderId the first order id to return, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param limit page size 1..1000, or null
 */
public record FuturesOrderQuery(String symbol, Long orderId, Instant startTime, Instant endTime, Integer limit) {
  private static final TimeWindow.Span SPAN = TimeWindow.Span.lessThan(Duration.ofDays(7));
  private static final Paging LIMIT = Paging.limit(1000, "orderId or startTime/endTime");

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param symbol the contract
   * @param orderId the first order id to return, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size 1..1000, or null
   */
  public FuturesOrderQuery {
    Symbols.check("symbol", symbol);
    new TimeWindow(startTime, endTime).check(SPAN);
    LIMIT.check(limit);
  }

  /**
   * A new builder for {@code symbol}.
   *
   * @param symbol the contract, e.g. {@code BTCUSDT}
   * @return a new builder
   */
  public static Builder builder(String symbol) {
    return new Builder(symbol);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime).addTo(Params.of("symbol", symbol).addIfPresent("orderId", orderId))
        .addIfPresent("limit", limit);
  }

  /** Builds a {@link FuturesOrderQuery}; {@link #build()} checks the values. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final String symbol;
    private Long orderId;
    private Integer limit;

    private Builder(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The first order id to return.
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
     * @param limit page size
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
    public FuturesOrderQuery build() {
      return new FuturesOrderQuery(symbol, orderId, start(), end(), limit);
    }
  }
}
