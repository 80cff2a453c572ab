package dev.signet.binance.futures.account;

import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The filters of {@code GET /fapi/v1/positionMargin/history}: one symbol, and optionally the
 * direction ({@link #ADD} or {@link #REDUCE}), a time window shorter than 30 days (Binance keeps 30
 * days) and a page size (Binance's default 500). Built with {@link #builder(String)}; immutable.
 *
 * <pre>{@code
 * MarginChangeQuery q = MarginChangeQuery.builder("BTCUSDT").type(MarginChangeQuery.ADD)
 *     .startTime(Instant.parse("2026-11-01T00:00:00Z")).limit(100).build();
 * List<MarginChange> added = client.futures().positions().marginChanges(q);
 * }</pre>
 *
 * @param symbol the symbol
 * @param type {@link #ADD} or {@link #REDUCE}, or null for both
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null (Binance: now)
 * @param limit page size, 1 or more, or null (Binance's default 500)
 */
public record MarginChangeQuery(String symbol, Integer type, Instant startTime, Instant endTime, Integer limit) {
  /** {@code type} 1: margin added. */
  public static final int ADD = 1;
  /** {@code type} 2: margin reduced. */
  public static final int REDUCE = 2;
  /** Windows must be shorter than this. */
  public static final Duration MAX_WINDOW = Duration.ofDays(30);

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param symbol the symbol
   * @param type {@link #ADD} or {@link #REDUCE}, or null for both
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null (Binance: now)
   * @param limit page size, 1 or more, or null (Binance's default 500)
   */
  public MarginChangeQuery {
    Symbols.check("symbol", symbol);
    if (type != null && type != ADD && type != REDUCE) {
      throw new IllegalArgumentException("type " + type + " is neither 1 (MarginChangeQuery.ADD) nor 2"
          + " (MarginChangeQuery.REDUCE); pass one of them, or leave it unset for both.");
    }
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.lessThan(MAX_WINDOW));
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("limit " + limit + " must be 1 or more.");
    }
  }

  /**
   * A new builder for {@code symbol}'s margin changes.
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
    return Params.of("symbol", symbol)
        .addIfPresent("type", type)
        .addIfPresent("startTime", startTime)
        .addIfPresent("endTime", endTime)
        .addIfPresent("limit", limit);
  }

  /** Builds a {@link MarginChangeQuery}; {@link #build()} checks the values. */
  public static final class Builder {
    private final String symbol;
    private Integer type;
    private Instant startTime;
    private Instant endTime;
    private Integer limit;

    private Builder(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Only additions ({@link MarginChangeQuery#ADD}) or reductions ({@link MarginChangeQuery#REDUCE}).
     *
     * @param type 1 or 2
     * @return this builder
     */
    public Builder type(int type) {
      this.type = type;
      return this;
    }

    /**
     * From this time, inclusive.
     *
     * @param startTime inclusive start
     * @return this builder
     */
    public Builder startTime(Instant startTime) {
      this.startTime = Objects.requireNonNull(startTime, "startTime");
      return this;
    }

    /**
     * Up to this time, inclusive.
     *
     * @param endTime inclusive end
     * @return this builder
     */
    public Builder endTime(Instant endTime) {
      this.endTime = Objects.requireNonNull(endTime, "endTime");
      return this;
    }

    /**
     * Page size.
     *
     * @param limit 1 or more
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming a bad value and the fix.
     *
     * @return the query
     */
    public MarginChangeQuery build() {
      return new MarginChangeQuery(symbol, type, startTime, endTime, limit);
    }
  }
}
