package dev.signet.binance.spot.market;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.QueryChecks;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Instant;
import java.util.Objects;

/**
 * The parameters of {@code GET /api/v3/klines} and {@code /api/v3/uiKlines}: a symbol and an
 * interval, and optionally a time range, a time zone for the interval boundaries and a page size.
 * Without a time range Binance returns the most recent klines; {@code startTime}/{@code endTime}
 * are UTC whatever {@code timeZone} says. Built with {@link #builder(String, Interval)}; immutable;
 * every value is checked when set, so a query Binance would refuse is never sent.
 *
 * <pre>{@code
 * KlinesQuery q = KlinesQuery.builder("BTCUSDT", Interval.ONE_HOUR)
 *     .startTime(Instant.parse("2026-07-01T00:00:00Z"))
 *     .timeZone("8")
 *     .limit(24)
 *     .build();
 * List<Candle> candles = client.spot().market().klines(q);
 * }</pre>
 *
 * @param symbol the symbol, e.g. {@code BTCUSDT}
 * @param interval the kline interval
 * @param startTime the inclusive start (UTC), or null
 * @param endTime the inclusive end (UTC), or null
 * @param timeZone the time zone of the interval boundaries ({@code 0} by default), or null
 * @param limit the page size 1..1000 (Binance's default 500), or null
 */
public record KlinesQuery(String symbol, Interval interval, Instant startTime, Instant endTime, String timeZone,
    Integer limit) {
  /** The largest {@code limit} Binance accepts. */
  public static final int MAX_LIMIT = 1000;

  private static final Paging LIMIT = Paging.limit(MAX_LIMIT, "startTime/endTime");

  /**
   * Checks every value; see {@link Builder}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param interval the kline interval
   * @param startTime the inclusive start (UTC), or null
   * @param endTime the inclusive end (UTC), or null
   * @param timeZone the time zone of the interval boundaries ({@code 0} by default), or null
   * @param limit the page size 1..1000 (Binance's default 500), or null
   */
  public KlinesQuery {
    Symbols.check("symbol", symbol);
    Objects.requireNonNull(interval, "interval");
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
    if (timeZone != null) {
      QueryChecks.timeZone(timeZone);
    }
    LIMIT.check(limit);
  }

  /**
   * A builder for the klines of {@code symbol} at {@code interval}.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @param interval the kline interval
   * @return a new builder
   */
  public static Builder builder(String symbol, Interval interval) {
    return new Builder(symbol, interval);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return {@code symbol, interval, startTime, endTime, timeZone, limit}, the optional ones when set
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime).addTo(Params.of("symbol", symbol).add("interval", interval))
        .addIfPresent("timeZone", timeZone)
        .addIfPresent("limit", limit);
  }

  /** Builds a {@link KlinesQuery}; {@link #build()} checks the values. Not thread-safe. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final String symbol;
    private final Interval interval;
    private String timeZone;
    private Integer limit;

    private Builder(String symbol, Interval interval) {
      this.symbol = Symbols.check("symbol", symbol);
      this.interval = Objects.requireNonNull(interval, "interval");
    }

    /**
     * The time zone of the interval boundaries: hours ({@code 8}) or hours and minutes ({@code 05:45}).
     *
     * @param timeZone the time zone, -12:00 to +14:00
     * @return this builder
     */
    public Builder timeZone(String timeZone) {
      this.timeZone = QueryChecks.timeZone(timeZone);
      return this;
    }

    /**
     * The page size, 1 to 1000.
     *
     * @param limit the number of klines
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
     * @throws IllegalArgumentException when {@code startTime} is after {@code endTime}
     */
    public KlinesQuery build() {
      return new KlinesQuery(symbol, interval, start(), end(), timeZone, limit);
    }
  }
}
