package dev.signet.binance.spot.account;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters of {@code GET /api/v3/myAllocations}: one symbol, and optionally a time window (at
 * most 24 hours), or an order and/or an allocation id to page from, and a page size. Built with
 * {@link #builder(String)}; immutable. Binance supports only these combinations besides
 * {@code limit}: none, {@code startTime}, {@code endTime}, {@code startTime + endTime},
 * {@code fromAllocationId}, {@code orderId}, {@code orderId + fromAllocationId}; any other is
 * refused by {@code build()} before anything is sent.
 *
 * <pre>{@code
 * AllocationQuery q = AllocationQuery.builder("BTCUSDT").orderId(1).fromAllocationId(0).build();
 * List<Allocation> a = client.spot().accountData().myAllocations(q);
 * }</pre>
 *
 * @param symbol the symbol
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param fromAllocationId the first allocation id to return, or null
 * @param limit page size 1..1000 (Binance's default 500), or null
 * @param orderId only the allocations of this order, or null
 */
public record AllocationQuery(String symbol, Instant startTime, Instant endTime, Long fromAllocationId, Integer limit,
    Long orderId) {
  private static final TimeWindow.Span SPAN = TimeWindow.Span.atMost(Duration.ofHours(24));
  private static final Paging LIMIT = Paging.limit(1000, "fromAllocationId or startTime/endTime");

  /**
   * Checks the fields and their combination; see {@link Builder}.
   *
   * @param symbol the symbol
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param fromAllocationId the first allocation id to return, or null
   * @param limit page size 1..1000 (Binance's default 500), or null
   * @param orderId only the allocations of this order, or null
   */
  public AllocationQuery {
    Symbols.check("symbol", symbol);
    new TimeWindow(startTime, endTime).check(SPAN).notWith("fromAllocationId", fromAllocationId)
        .notWith("orderId", orderId);
    LIMIT.check(limit);
  }

  /**
   * A new builder for the allocations of {@code symbol}.
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
    return new TimeWindow(startTime, endTime).addTo(Params.of("symbol", symbol))
        .addIfPresent("fromAllocationId", fromAllocationId).addIfPresent("limit", limit).addIfPresent("orderId", orderId);
  }

  /** Builds an {@link AllocationQuery}; {@link #build()} checks the combination. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final String symbol;
    private Long fromAllocationId;
    private Integer limit;
    private Long orderId;

    private Builder(String symbol) {
      this.symbol = symbol;
    }

    /**
     * Allocations with this id or a later one.
     *
     * @param fromAllocationId the first allocation id to return
     * @return this builder
     */
    public Builder fromAllocationId(long fromAllocationId) {
      this.fromAllocationId = fromAllocationId;
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
     * Only the allocations of this order.
     *
     * @param orderId the order's id
     * @return this builder
     */
    public Builder orderId(long orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming the parameter on a combination Binance refuses.
     *
     * @return the query
     */
    public AllocationQuery build() {
      return new AllocationQuery(symbol, start(), end(), fromAllocationId, limit, orderId);
    }
  }
}
