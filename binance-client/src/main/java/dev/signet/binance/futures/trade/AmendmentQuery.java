package dev.signet.binance.futures.trade;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.binance.spot.OrderRef;
import dev.signet.core.Params;
import java.time.Instant;
import java.util.Objects;

/**
 * The filters of {@code GET /fapi/v1/orderAmendment}: one order's modifications (Binance keeps 3
 * months), optionally in a time window, with a page size. Immutable.
 *
 * <pre>{@code
 * AmendmentQuery q = AmendmentQuery.builder(OrderRef.byId("BTCUSDT", 20072994037L)).limit(100).build();
 * }</pre>
 *
 * @param ref which order
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param limit page size 1..100 (Binance's default 50), or null
 */
public record AmendmentQuery(OrderRef ref, Instant startTime, Instant endTime, Integer limit) {
  private static final Paging LIMIT = Paging.limit(100, "startTime/endTime");

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param ref which order
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size 1..100, or null
   */
  public AmendmentQuery {
    Objects.requireNonNull(ref, "ref");
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
    LIMIT.check(limit);
  }

  /**
   * Every kept modification of {@code ref}.
   *
   * @param ref which order
   * @return the query
   */
  public static AmendmentQuery of(OrderRef ref) {
    return new AmendmentQuery(ref, null, null, null);
  }

  /**
   * A new builder for the modifications of {@code ref}.
   *
   * @param ref which order
   * @return a new builder
   */
  public static Builder builder(OrderRef ref) {
    return new Builder(ref);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime).addTo(ref.toParams()).addIfPresent("limit", limit);
  }

  /** Builds an {@link AmendmentQuery}; {@link #build()} checks the values. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private final OrderRef ref;
    private Integer limit;

    private Builder(OrderRef ref) {
      this.ref = ref;
    }

    /**
     * Page size, 1..100.
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
    public AmendmentQuery build() {
      return new AmendmentQuery(ref, start(), end(), limit);
    }
  }
}
