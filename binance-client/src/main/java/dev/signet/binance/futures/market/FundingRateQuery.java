package dev.signet.binance.futures.market;

import dev.signet.binance.internal.QueryChecks;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Instant;
import java.util.Objects;

/**
 * The parameters of {@code GET /fapi/v1/fundingRate}: optionally a symbol (else every symbol), a time
 * range and a page size (1 to 1000, Binance's default 100). Without a time range Binance returns the
 * most recent 200 records; with more than {@code limit} in the range, the first {@code limit} from
 * {@code startTime}. Immutable; checked when set.
 *
 * <pre>{@code
 * FundingRateQuery q = FundingRateQuery.builder().symbol("BTCUSDT").limit(3).build();
 * List<FundingRate> rates = client.futures().market().tickers().fundingRates(q);
 * }</pre>
 *
 * @param symbol the symbol, or null for every symbol
 * @param startTime the inclusive start, or null
 * @param endTime the inclusive end, or null
 * @param limit the page size 1..1000, or null
 */
public record FundingRateQuery(String symbol, Instant startTime, Instant endTime, Integer limit) {
  /** The largest {@code limit} Binance accepts. */
  public static final int MAX_LIMIT = 1000;

  /**
   * Checks every value; see {@link Builder}.
   *
   * @param symbol the symbol, or null for every symbol
   * @param startTime the inclusive start, or null
   * @param endTime the inclusive end, or null
   * @param limit the page size 1..1000, or null
   */
  public FundingRateQuery {
    if (symbol != null) {
      Symbols.check("symbol", symbol);
    }
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
    if (limit != null) {
      QueryChecks.limit(limit, MAX_LIMIT);
    }
  }

  /**
   * A builder: every symbol, most recent records, until set otherwise.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return {@code symbol, startTime, endTime, limit}, each when set
   */
  public Params toParams() {
    return Params.empty().addIfPresent("symbol", symbol)
        .addIfPresent("startTime", startTime)
        .addIfPresent("endTime", endTime)
        .addIfPresent("limit", limit);
  }

  /** Builds a {@link FundingRateQuery}; {@link #build()} checks the values. Not thread-safe. */
  public static final class Builder {
    private String symbol;
    private Instant startTime;
    private Instant endTime;
    private Integer limit;

    private Builder() {}

    /**
     * Only this symbol.
     *
     * @param symbol the symbol, e.g. {@code BTCUSDT}
     * @return this builder
     */
    public Builder symbol(String symbol) {
      this.symbol = Symbols.check("symbol", symbol);
      return this;
    }

    /**
     * From this time, inclusive.
     *
     * @param startTime the inclusive start
     * @return this builder
     */
    public Builder startTime(Instant startTime) {
      this.startTime = Objects.requireNonNull(startTime, "startTime");
      return this;
    }

    /**
     * Up to this time, inclusive.
     *
     * @param endTime the inclusive end
     * @return this builder
     */
    public Builder endTime(Instant endTime) {
      this.endTime = Objects.requireNonNull(endTime, "endTime");
      return this;
    }

    /**
     * The page size, 1 to 1000.
     *
     * @param limit the number of records
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = QueryChecks.limit(limit, MAX_LIMIT);
      return this;
    }

    /**
     * The query.
     *
     * @return the query
     * @throws IllegalArgumentException when {@code startTime} is after {@code endTime}
     */
    public FundingRateQuery build() {
      return new FundingRateQuery(symbol, startTime, endTime, limit);
    }
  }
}
