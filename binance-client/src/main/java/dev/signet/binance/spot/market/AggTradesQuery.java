package dev.signet.binance.spot.market;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Instant;

/**
 * The parameters of {@code GET /api/v3/aggTrades}: a symbol and optionally a first aggregate id, a
 * time range and a page size. With none of {@code fromId}, {@code startTime}, {@code endTime}
 * Binance returns the most recent aggregate trades. Built with {@link #builder(String)}; immutable;
 * checked when set.
 *
 * <pre>{@code
 * AggTradesQuery q = AggTradesQuery.builder("BTCUSDT").fromId(26129L).limit(100).build();
 * List<AggTrade> trades = client.spot().market().aggTrades(q);
 * }</pre>
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param fromId the first aggregate trade id, inclusive, or null
 * @param startTime the inclusive start, or null
 * @param endTime the inclusive end, or null
 * @param limit the page size 1..1000 (Binance's default 500), or null
 */
public record AggTradesQuery(String symbol, Long fromId, Instant startTime, Instant endTime, Integer limit) {
  /** The largest {@code limit} Binance accepts. */
  public static final int MAX_LIMIT = 1000;

  private static final Paging LIMIT = Paging.limit(MAX_LIMIT, "fromId or startTime/endTime");

  /**
   * Checks every value; see {@link Builder}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param fromId the first aggregate trade id, inclusive, or null
   * @param startTime the inclusive start, or null
   * @param endTime the inclusive end, or null
   * @param limit the page size 1..1000 (Binance's default 500), or null
   */
  public AggTradesQuery {
    Symbols.check("symbol", symbol);
    if (fromId != null && fromId < 0) {
      throw new IllegalArgumentException("fromId " + fromId + " is negative; aggregate trade ids start at 0.");
    }
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
    LIMIT.check(limit);
  }

  /**
   * A builder for the aggregate trades of {@code symbol}.
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
   * @return {@code symbol, fromId, startTime, endTime, limit}, the optional ones when set
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime).addTo(Params.of("symbol", symbol).addIfPresent("fromId", fromId))
        .addIfPresent("limit", limit);
  }

  /** Builds an {@link AggTradesQuery}; {@link #build()} checks the values. Not thread-safe. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final String symbol;
    private Long fromId;
    private Integer limit;

    private Builder(String symbol) {
      this.symbol = Symbols.check("symbol", symbol);
    }

    /**
     * From this aggregate trade id, inclusive.
     *
     * @param fromId the first aggregate trade id
     * @return this builder
     */
    public Builder fromId(long fromId) {
      this.fromId = fromId;
      return this;
    }

    /**
     * The page size, 1 to 1000.
     *
     * @param limit the number of aggregate trades
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = LIMIT.check(limit);
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     * @throws IllegalArgumentException when a value is out of range or the times are out of order
     */
    public AggTradesQuery build() {
      return new AggTradesQuery(symbol, fromId, start(), end(), limit);
    }
  }
}
