package dev.signet.binance.futures;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Instant;

/**
 * The filters of {@code GET /fapi/v1/income}. Every field is optional; without a time range
 * Binance returns the last 7 days. Built with {@link #builder()}; immutable.
 *
 * <pre>{@code
 * IncomeQuery q = IncomeQuery.builder()
 *     .symbol("BTCUSDT")
 *     .incomeType(IncomeType.FUNDING_FEE)
 *     .startTime(Instant.parse("2026-11-01T00:00:00Z"))
 *     .limit(1000)
 *     .build();
 * }</pre>
 *
 * @param symbol the symbol, or null for all
 * @param incomeType the income type, or null for all
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param page the page number (1-based), or null
 * @param limit page size 1..1000 (Binance's default 100), or null
 */
public record IncomeQuery(
    String symbol, IncomeType incomeType, Instant startTime, Instant endTime, Integer page, Integer limit) {
  /** The largest {@code limit} Binance accepts. */
  public static final int MAX_LIMIT = 1000;

  private static final Paging PAGE = Paging.from("page", 1);
  private static final Paging LIMIT = Paging.limit(MAX_LIMIT, "startTime/endTime");

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param symbol the symbol, or null for all
   * @param incomeType the income type, or null for all
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param page the page number (1-based), or null
   * @param limit page size 1..1000 (Binance's default 100), or null
   */
  public IncomeQuery {
    if (symbol != null && symbol.isBlank()) {
      throw new IllegalArgumentException("symbol is blank; pass a symbol such as BTCUSDT, or leave it unset for all symbols.");
    }
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
    PAGE.check(page);
    LIMIT.check(limit);
  }

  /**
   * A query with no filter (the last 7 days of every income type).
   *
   * @return a query with no filter (the last 7 days of every income type)
   */
  public static IncomeQuery all() {
    return builder().build();
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters in the order Binance documents them
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime)
        .addTo(Params.empty().addIfPresent("symbol", symbol).addIfPresent("incomeType", incomeType))
        .addIfPresent("page", page)
        .addIfPresent("limit", limit);
  }

  /** Builds an {@link IncomeQuery}; each setter checks its value at once. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private String symbol;
    private IncomeType incomeType;
    private Integer page;
    private Integer limit;

    private Builder() {}

    /**
     * Only this symbol, e.g. {@code BTCUSDT}.
     *
     * @param symbol the symbol, or null for all
     * @return this builder
     */
    public Builder symbol(String symbol) {
      if (symbol == null || symbol.isBlank()) {
        throw new IllegalArgumentException("symbol is empty; pass a symbol such as BTCUSDT, or do not call symbol().");
      }
      this.symbol = symbol;
      return this;
    }

    /**
     * Only this income type.
     *
     * @param incomeType the income type, or null for all
     * @return this builder
     */
    public Builder incomeType(IncomeType incomeType) {
      this.incomeType = java.util.Objects.requireNonNull(incomeType, "incomeType");
      return this;
    }

    /**
     * Page number, from 1.
     *
     * @param page the page number (1-based), or null
     * @return this builder
     */
    public Builder page(int page) {
      this.page = page;
      return this;
    }

    /**
     * Page size, 1..1000.
     *
     * @param limit page size 1..1000 (Binance's default 100), or null
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} on an inconsistent combination.
     *
     * @return the query
     */
    public IncomeQuery build() {
      return new IncomeQuery(symbol, incomeType, start(), end(), page, limit);
    }
  }
}
