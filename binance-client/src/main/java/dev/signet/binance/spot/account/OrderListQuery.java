package dev.signet.binance.spot.account;

import dev.signet.binance.internal.QueryChecks;
import dev.signet.core.Params;
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
  /**
   * Checks the fields and their combination; see {@link Builder}.
   *
   * @param fromId the first order list id to return, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size 1..1000 (Binance's default 500), or null
   */
  public OrderListQuery {
    QueryChecks.dayWindow(startTime, endTime);
    QueryChecks.notWithTimes("fromId", fromId, startTime, endTime);
    if (limit != null) {
      QueryChecks.limit(limit, 1000);
    }
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
    return Params.empty().addIfPresent("fromId", fromId).addIfPresent("startTime", startTime)
        .addIfPresent("endTime", endTime).addIfPresent("limit", limit);
  }

  /** Builds an {@link OrderListQuery}; {@link #build()} checks the combination. */
  public static final class Builder {
    private Long fromId;
    private Instant startTime;
    private Instant endTime;
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
     * From this time, inclusive.
     *
     * @param startTime inclusive start
     * @return this builder
     */
    public Builder startTime(Instant startTime) {
      this.startTime = java.util.Objects.requireNonNull(startTime, "startTime");
      return this;
    }

    /**
     * Up to this time, inclusive.
     *
     * @param endTime inclusive end
     * @return this builder
     */
    public Builder endTime(Instant endTime) {
      this.endTime = java.util.Objects.requireNonNull(endTime, "endTime");
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
      return new OrderListQuery(fromId, startTime, endTime, limit);
    }
  }
}
