package dev.signet.binance.futures.market;

import dev.signet.binance.internal.QueryChecks;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Instant;
import java.util.Objects;

/**
 * The parameters of the {@code /futures/data} statistics: open interest history, the long/short
 * ratios and taker volume take a symbol ({@link #symbol(String, StatsPeriod)}); basis takes a pair and
 * a contract type ({@link #basis(String, ContractType, StatsPeriod)}). Each then takes an optional page
 * size (1 to 500, Binance's default 30) and time range; without one Binance returns the most recent
 * periods, and only the last 30 days are kept. Immutable; checked when set.
 *
 * <pre>{@code
 * StatsQuery q = StatsQuery.symbol("BTCUSDT", StatsPeriod.ONE_HOUR).limit(24).build();
 * List<OpenInterestStat> day = client.futures().market().data().openInterestHist(q);
 * }</pre>
 *
 * @param symbol the symbol, or null for a basis query
 * @param pair the pair of a basis query, else null
 * @param contractType the contract type of a basis query, else null
 * @param period the period
 * @param limit the page size 1..500, or null
 * @param startTime the inclusive start, or null
 * @param endTime the inclusive end, or null
 */
public record StatsQuery(String symbol, String pair, ContractType contractType, StatsPeriod period, Integer limit,
    Instant startTime, Instant endTime) {
  /** The largest {@code limit} Binance accepts. */
  public static final int MAX_LIMIT = 500;

  /**
   * Checks every value; see {@link Builder}.
   *
   * @param symbol the symbol, or null for a basis query
   * @param pair the pair of a basis query, else null
   * @param contractType the contract type of a basis query, else null
   * @param period the period
   * @param limit the page size 1..500, or null
   * @param startTime the inclusive start, or null
   * @param endTime the inclusive end, or null
   */
  public StatsQuery {
    if (symbol != null) {
      Symbols.check("symbol", symbol);
      if (pair != null || contractType != null) {
        throw new IllegalArgumentException("a statistics query takes a symbol or a pair and contract type, not both;"
            + " build it with StatsQuery.symbol(...) or StatsQuery.basis(...).");
      }
    } else {
      Symbols.check("pair", pair);
      Objects.requireNonNull(contractType, "contractType");
    }
    Objects.requireNonNull(period, "period");
    if (limit != null) {
      QueryChecks.limit(limit, MAX_LIMIT);
    }
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
  }

  /**
   * A builder for the statistics of {@code symbol}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param period the period
   * @return a new builder
   */
  public static Builder symbol(String symbol, StatsPeriod period) {
    return new Builder(Symbols.check("symbol", symbol), null, null, Objects.requireNonNull(period, "period"));
  }

  /**
   * A builder for the basis of one contract type of {@code pair}.
   *
   * @param pair the pair, e.g. {@code BTCUSDT}
   * @param contractType {@link ContractType#PERPETUAL}, {@link ContractType#CURRENT_QUARTER} or {@link ContractType#NEXT_QUARTER}
   * @param period the period
   * @return a new builder
   */
  public static Builder basis(String pair, ContractType contractType, StatsPeriod period) {
    return new Builder(null, Symbols.check("pair", pair), Objects.requireNonNull(contractType, "contractType"),
        Objects.requireNonNull(period, "period"));
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return {@code symbol} or {@code pair, contractType}, then {@code period, limit, startTime, endTime}, the optional ones when set
   */
  public Params toParams() {
    Params p = symbol != null ? Params.of("symbol", symbol) : Params.of("pair", pair).add("contractType", contractType);
    return p.add("period", period)
        .addIfPresent("limit", limit)
        .addIfPresent("startTime", startTime)
        .addIfPresent("endTime", endTime);
  }

  /** Builds a {@link StatsQuery}; {@link #build()} checks the values. Not thread-safe. */
  public static final class Builder {
    private final String symbol;
    private final String pair;
    private final ContractType contractType;
    private final StatsPeriod period;
    private Integer limit;
    private Instant startTime;
    private Instant endTime;

    private Builder(String symbol, String pair, ContractType contractType, StatsPeriod period) {
      this.symbol = symbol;
      this.pair = pair;
      this.contractType = contractType;
      this.period = period;
    }

    /**
     * The page size, 1 to 500.
     *
     * @param limit the number of periods
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = QueryChecks.limit(limit, MAX_LIMIT);
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
     * The query.
     *
     * @return the query
     * @throws IllegalArgumentException when {@code startTime} is after {@code endTime}
     */
    public StatsQuery build() {
      return new StatsQuery(symbol, pair, contractType, period, limit, startTime, endTime);
    }
  }
}
