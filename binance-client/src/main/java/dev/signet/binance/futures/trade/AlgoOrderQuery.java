package dev.signet.binance.futures.trade;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters of {@code GET /fapi/v1/allAlgoOrders}: one contract, and optionally an algo id to page
 * from, a time window (less than 7 days) and a page size. Immutable.
 *
 * <pre>{@code
 * List<AlgoOrder> algos = client.futures().orders().allAlgoOrders(AlgoOrderQuery.builder("BTCUSDT").limit(100).build());
 * }</pre>
 *
 * @param symbol the contract
 * @param algoId the first algo id to return, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param limit page size 1..1000, or null
 */
public record AlgoOrderQuery(String symbol, Long algoId, Instant startTime, Instant endTime, Integer limit) {
  private static final TimeWindow.Span SPAN = TimeWindow.Span.lessThan(Duration.ofDays(7));
  private static final Paging LIMIT = Paging.limit(1000, "algoId or startTime/endTime");

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param symbol the contract
   * @param algoId the first algo id to return, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size 1..1000, or null
   */
  public AlgoOrderQuery {
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
    return new TimeWindow(startTime, endTime).addTo(Params.of("symbol", symbol).addIfPresent("algoId", algoId))
        .addIfPresent("limit", limit);
  }

  /** Builds a {@link AlgoOrderQuery}; {@link #build()} checks the values. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final String symbol;
    private Long algoId;
    private Integer limit;

    private Builder(String symbol) {
      this.symbol = symbol;
    }

    /**
     * The first algo id to return.
     *
     * @param algoId the first algo id to return
     * @return this builder
     */
    public Builder algoId(long algoId) {
      this.algoId = algoId;
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
    public AlgoOrderQuery build() {
      return new AlgoOrderQuery(symbol, algoId, start(), end(), limit);
    }
  }
}
