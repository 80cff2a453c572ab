package dev.signet.binance.futures.trade;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters of {@code GET /fapi/v1/userTrades}: one contract, and optionally one order, a trade
 * id to page from (not with times, which Binance refuses), a time window (at most 7 days; Binance's
 * default the last 7) and a page size. Immutable.
 *
 * <pre>{@code
 * List<FuturesTrade> fills = client.futures().orders().userTrades(FuturesTradeQuery.builder("BTCUSDT").orderId(25851813L).build());
 * }</pre>
 *
 * @param symbol the contract
 * @param orderId only the trades of this order, or null
 * @param fromId the first trade id to return, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param limit page size 1..1000, or null
 */
public record FuturesTradeQuery(String symbol, Long orderId, Long fromId, Instant startTime, Instant endTime, Integer limit) {
  private static final TimeWindow.Span SPAN = TimeWindow.Span.atMost(Duration.ofDays(7));
  private static final Paging LIMIT = Paging.limit(1000, "fromId or startTime/endTime");

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param symbol the contract
   * @param orderId only the trades of this order, or null
   * @param fromId the first trade id to return, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size 1..1000, or null
   */
  public FuturesTradeQuery {
    Symbols.check("symbol", symbol);
    new TimeWindow(startTime, endTime).check(SPAN).notWith("fromId", fromId);
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
        .addIfPresent("fromId", fromId).addIfPresent("limit", limit);
  }

  /** Builds a {@link FuturesTradeQuery}; {@link #build()} checks the values. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final String symbol;
    private Long orderId;
    private Long fromId;
    private Integer limit;

    private Builder(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Only the trades of this order.
     *
     * @param orderId only the trades of this order
     * @return this builder
     */
    public Builder orderId(long orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * The first trade id to return.
     *
     * @param fromId the first trade id to return
     * @return this builder
     */
    public Builder fromId(long fromId) {
      this.fromId = fromId;
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
    public FuturesTradeQuery build() {
      return new FuturesTradeQuery(symbol, orderId, fromId, start(), end(), limit);
    }
  }
}
