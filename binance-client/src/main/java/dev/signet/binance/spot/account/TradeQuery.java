package dev.signet.binance.spot.account;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters of {@code GET /api/v3/myTrades}: one symbol, and optionally an order, a time window
 * (at most 24 hours), a trade id to page from and a page size. Built with {@link #builder(String)};
 * immutable. Binance supports only these combinations besides {@code limit}: none, {@code orderId},
 * {@code startTime}, {@code endTime}, {@code fromId}, {@code startTime + endTime},
 * {@code orderId + fromId}; any other is refused by {@code build()} before anything is sent.
 *
 * <pre>{@code
 * TradeQuery q = TradeQuery.builder("BTCUSDT").fromId(28457).limit(1000).build();
 * List<AccountTrade> page = client.spot().accountData().myTrades(q);
 * }</pre>
 *
 * @param symbol the symbol
 * @param orderId only the trades of this order, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param fromId the first trade id to return, or null for the most recent trades
 * @param limit page size 1..1000 (Binance's default 500), or null
 */
public record TradeQuery(String symbol, Long orderId, Instant startTime, Instant endTime, Long fromId, Integer limit) {
  private static final TimeWindow.Span SPAN = TimeWindow.Span.atMost(Duration.ofHours(24));
  private static final Paging LIMIT = Paging.limit(1000, "fromId or startTime/endTime");

  /**
   * Checks the fields and their combination; see {@link Builder}.
   *
   * @param symbol the symbol
   * @param orderId only the trades of this order, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param fromId the first trade id to return, or null for the most recent trades
   * @param limit page size 1..1000 (Binance's default 500), or null
   */
  public TradeQuery {
    Symbols.check("symbol", symbol);
    new TimeWindow(startTime, endTime).check(SPAN).notWith("orderId", orderId).notWith("fromId", fromId);
    LIMIT.check(limit);
  }

  /**
   * A new builder for the trades of {@code symbol}.
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
        .addIfPresent("fromId", fromId).addIfPresent("limit", limit);
  }

  /** Builds a {@link TradeQuery}; {@link #build()} checks the combination. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final String symbol;
    private Long orderId;
    private Long fromId;
    private Integer limit;

    private Builder(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Only the trades of this order (weight 5 instead of 20).
     *
     * @param orderId the order's id
     * @return this builder
     */
    public Builder orderId(long orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * From this trade id, inclusive.
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
     * @param limit page size 1..1000
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming the parameter on a combination Binance refuses.
     *
     * @return the query
     */
    public TradeQuery build() {
      return new TradeQuery(symbol, orderId, start(), end(), fromId, limit);
    }
  }
}
