package dev.signet.binance.spot.account;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters of {@code GET /api/v3/allOrderList}: an order list id to page from, or a time window
 * (at most 24 hours), and a page size. Built with {@link #builder()}; immutable. {@code fromId}
 * cannot be combined with {@code startTime}/{@code endTime}: {@code build()} refuses it.
 *
 * <pre>{@code
 * OrderListQuery q = OrderListQuery.builder().fromId(28).limit(100).build();
 * List<OrderList<Void>> lists = client.spot().accountData().allOrderLists(q);
 * }</pre>
 *
 * @param fromId the first order list id to return, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param limit page size 1..1000 (Binance's default 500), or null
 */
public record OrderListQuery(Long fromId, Instant startTime, Instant endTime, Integer limit) {
  private static final TimeWindow.Span SPAN = TimeWindow.Span.atMost(Duration.ofHours(24));
  private static final Paging LIMIT = Paging.limit(1000, "fromId or startTime/endTime");

  /**
   * Checks the fields and their combination; see {@link Builder}.
   *
   * @param fromId the first order list id to return, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size 1..1000 (Binance's default 500), or null
   */
  public OrderListQuery {
    new TimeWindow(startTime, endTime).check(SPAN).notWith("fromId", fromId);
    LIMIT.check(limit);
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
    return new TimeWindow(startTime, endTime).addTo(Params.empty().addIfPresent("fromId", fromId))
        .addIfPresent("limit", limit);
  }

  /** Builds an {@link OrderListQuery}; {@link #build()} checks the combination. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private Long fromId;
    private Integer limit;

    private Builder() {}

    /**
     * Order lists with this id or a later one.
     *
     * @param fromId the first order list id to return
     * @return this builder
     */
    public Builder fromId(long fromId) {
      this.fromId = fromId;
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
     * The query; throws {@link IllegalArgumentException} naming the parameter on a combination Binance refuses.
     *
     * @return the query
     */
    public OrderListQuery build() {
      return new OrderListQuery(fromId, start(), end(), limit);
    }
  }
}
