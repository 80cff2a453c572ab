package dev.signet.binance.futures.market;

import dev.signet.binance.internal.QueryChecks;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.binance.spot.market.Interval;
import dev.signet.core.Params;
import java.time.Instant;
import java.util.Objects;

/**
 * The parameters of the USD-M Futures kline family: {@code klines}, {@code markPriceKlines} and
 * {@code premiumIndexKlines} take a symbol ({@link #symbol(String, Interval)}), {@code indexPriceKlines}
 * a pair ({@link #pair(String, Interval)}), {@code continuousKlines} a pair and a contract type
 * ({@link #continuous(String, ContractType, Interval)}); each then takes an optional time range and page
 * size. Without a time range Binance returns the most recent klines. Immutable; every value is checked
 * when set (USD-M Futures has no {@code 1s} interval and pages up to 1500 klines), so a query Binance
 * would refuse is never sent.
 *
 * <pre>{@code
 * FuturesKlinesQuery q = FuturesKlinesQuery.continuous("BTCUSDT", ContractType.PERPETUAL, Interval.ONE_HOUR)
 *     .startTime(Instant.parse("2026-07-01T00:00:00Z"))
 *     .limit(24)
 *     .build();
 * List<Candle> candles = client.futures().market().continuousKlines(q);
 * }</pre>
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}, or null for a pair query
 * @param pair the pair, or null for a symbol query
 * @param contractType the contract type of a continuous query, else null
 * @param interval the kline interval
 * @param startTime the inclusive start, or null
 * @param endTime the inclusive end, or null
 * @param limit the page size 1..1500 (Binance's default 500), or null
 */
public record FuturesKlinesQuery(String symbol, String pair, ContractType contractType, Interval interval,
    Instant startTime, Instant endTime, Integer limit) {
  /** The largest {@code limit} Binance accepts. */
  public static final int MAX_LIMIT = 1500;

  /**
   * Checks every value; see {@link Builder}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}, or null for a pair query
   * @param pair the pair, or null for a symbol query
   * @param contractType the contract type of a continuous query, else null
   * @param interval the kline interval
   * @param startTime the inclusive start, or null
   * @param endTime the inclusive end, or null
   * @param limit the page size 1..1500 (Binance's default 500), or null
   */
  public FuturesKlinesQuery {
    if ((symbol == null) == (pair == null)) {
      throw new IllegalArgumentException("a futures klines query takes a symbol or a pair, not " + (symbol == null
          ? "neither" : "both") + "; build it with FuturesKlinesQuery.symbol(...), pair(...) or continuous(...).");
    }
    if (symbol != null) {
      Symbols.check("symbol", symbol);
    } else {
      Symbols.check("pair", pair);
    }
    if (symbol != null && contractType != null) {
      throw new IllegalArgumentException("contractType goes with a pair, not a symbol;"
          + " build the query with FuturesKlinesQuery.continuous(pair, contractType, interval).");
    }
    checkInterval(interval);
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
    if (limit != null) {
      QueryChecks.limit(limit, MAX_LIMIT);
    }
  }

  /**
   * A builder for the klines of {@code symbol}: {@code klines}, {@code markPriceKlines}, {@code premiumIndexKlines}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param interval the kline interval, {@code 1m} or longer
   * @return a new builder
   */
  public static Builder symbol(String symbol, Interval interval) {
    return new Builder(Symbols.check("symbol", symbol), null, null, checkInterval(interval));
  }

  /**
   * A builder for the klines of {@code pair}: {@code indexPriceKlines}.
   *
   * @param pair the pair, e.g. {@code BTCUSDT}
   * @param interval the kline interval, {@code 1m} or longer
   * @return a new builder
   */
  public static Builder pair(String pair, Interval interval) {
    return new Builder(null, Symbols.check("pair", pair), null, checkInterval(interval));
  }

  /**
   * A builder for the klines of one contract type of {@code pair}: {@code continuousKlines}.
   *
   * @param pair the pair, e.g. {@code BTCUSDT}
   * @param contractType the contract type, e.g. {@link ContractType#PERPETUAL}
   * @param interval the kline interval, {@code 1m} or longer
   * @return a new builder
   */
  public static Builder continuous(String pair, ContractType contractType, Interval interval) {
    return new Builder(null, Symbols.check("pair", pair), Objects.requireNonNull(contractType, "contractType"),
        checkInterval(interval));
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return {@code symbol} or {@code pair[, contractType]}, then {@code interval, startTime, endTime, limit}, the optional ones when set
   */
  public Params toParams() {
    Params p = symbol != null ? Params.of("symbol", symbol) : Params.of("pair", pair).addIfPresent("contractType", contractType);
    return p.add("interval", interval)
        .addIfPresent("startTime", startTime)
        .addIfPresent("endTime", endTime)
        .addIfPresent("limit", limit);
  }

  private static Interval checkInterval(Interval interval) {
    Objects.requireNonNull(interval, "interval");
    if (Interval.ONE_SECOND.equals(interval)) {
      throw new IllegalArgumentException("interval 1s is not offered by USD-M Futures; use Interval.ONE_MINUTE or longer.");
    }
    return interval;
  }

  /** Builds a {@link FuturesKlinesQuery}; {@link #build()} checks the values. Not thread-safe. */
  public static final class Builder {
    private final String symbol;
    private final String pair;
    private final ContractType contractType;
    private final Interval interval;
    private Instant startTime;
    private Instant endTime;
    private Integer limit;

    private Builder(String symbol, String pair, ContractType contractType, Interval interval) {
      this.symbol = symbol;
      this.pair = pair;
      this.contractType = contractType;
      this.interval = interval;
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
     * The page size, 1 to 1500; it sets the weight (1 below 100, 2 below 500, 5 to 1000, 10 above).
     *
     * @param limit the number of klines
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
    public FuturesKlinesQuery build() {
      return new FuturesKlinesQuery(symbol, pair, contractType, interval, startTime, endTime, limit);
    }
  }
}
