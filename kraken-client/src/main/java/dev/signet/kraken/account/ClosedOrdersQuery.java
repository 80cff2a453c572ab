package dev.signet.kraken.account;

import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.util.Objects;

/**
 * The parameters of {@code POST /0/private/ClosedOrders}: every one optional. {@code start}
 * (exclusive) and {@code end} (inclusive) are a whole unix second or an order txid (that order's
 * open time); pages hold {@value AccountPage#SIZE} orders, newest first, from offset {@code ofs}.
 * Immutable.
 *
 * <pre>{@code
 * ClosedOrdersQuery q = ClosedOrdersQuery.builder()
 *     .start(Instant.parse("2024-01-01T00:00:00Z")).closeTime(CloseTime.CLOSE).trades(true).build();
 * AccountPage<KrakenOrder> page = kraken.accountData().closedOrders(q);
 * }</pre>
 */
public final class ClosedOrdersQuery {
  private final Builder b;

  private ClosedOrdersQuery(Builder b) {
    this.b = b.copy();
  }

  /**
   * A builder with nothing set (Kraken's defaults: the newest 50 closed orders).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's parameters.
   *
   * @return a new builder, a copy
   */
  public Builder toBuilder() {
    return b.copy();
  }

  /**
   * This query asking the page after {@code page}.
   *
   * @param page a page this query (or one with the same filters) answered
   * @return a copy with {@code ofs} at the page's next offset
   */
  public ClosedOrdersQuery next(AccountPage<?> page) {
    return toBuilder().offset(page.nextOffset()).build();
  }

  /**
   * The {@code ofs} asked, 0 when unset.
   *
   * @return the offset of the first order asked
   */
  public int offset() {
    return b.window.offsetOrZero();
  }

  /**
   * The form parameters, in the docs' order: trades, userref, cl_ord_id, start, end, ofs,
   * closetime, consolidate_taker, without_count.
   *
   * @return the parameters, those set
   */
  public Params toParams() {
    Params p = Params.empty().addIfPresent("trades", b.trades).addIfPresent("userref", b.userref)
        .addIfPresent("cl_ord_id", b.clientOrderId);
    b.window.addTo(p);
    return p.addIfPresent("closetime", b.closeTime).addIfPresent("consolidate_taker", b.consolidateTaker)
        .addIfPresent("without_count", b.withoutCount);
  }

  @Override
  public String toString() {
    return "ClosedOrdersQuery" + toParams();
  }

  /** Builds a {@link ClosedOrdersQuery}; example: {@code ClosedOrdersQuery.builder().userref(7).build()}. */
  public static final class Builder extends HistoryBuilder<Builder> {
    private Boolean trades;
    private Integer userref;
    private String clientOrderId;
    private CloseTime closeTime;
    private Boolean consolidateTaker;
    private Boolean withoutCount;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    private Builder copy() {
      Builder c = new Builder();
      c.trades = trades;
      c.userref = userref;
      c.clientOrderId = clientOrderId;
      c.window = window;
      c.closeTime = closeTime;
      c.consolidateTaker = consolidateTaker;
      c.withoutCount = withoutCount;
      return c;
    }

    /**
     * {@code trades}: list each order's trade ids.
     *
     * @param value true to list trade ids
     * @return this builder
     */
    public Builder trades(boolean value) {
      trades = value;
      return this;
    }

    /**
     * {@code userref}: only orders placed with this user reference.
     *
     * @param value the user reference
     * @return this builder
     */
    public Builder userref(int value) {
      userref = value;
      return this;
    }

    /**
     * {@code cl_ord_id}: only the order placed with this client order id.
     *
     * @param value the client order id, not blank
     * @return this builder
     */
    public Builder clientOrderId(String value) {
      clientOrderId = Checks.notBlank(value, "cl_ord_id", "a client order id such as a UUID");
      return this;
    }

    /**
     * {@code closetime}: which time {@code start} and {@code end} compare with.
     *
     * @param value open, close or both (Kraken's default)
     * @return this builder
     */
    public Builder closeTime(CloseTime value) {
      closeTime = Objects.requireNonNull(value, "closetime");
      return this;
    }

    /**
     * {@code consolidate_taker}: false lists every taker trade separately (Kraken's default true).
     *
     * @param value whether to consolidate taker trades
     * @return this builder
     */
    public Builder consolidateTaker(boolean value) {
      consolidateTaker = value;
      return this;
    }

    /**
     * {@code without_count}: true skips counting (faster); the page then has no count.
     *
     * @param value true to leave the count out
     * @return this builder
     */
    public Builder withoutCount(boolean value) {
      withoutCount = value;
      return this;
    }

    /**
     * The query.
     *
     * @return the immutable query
     */
    public ClosedOrdersQuery build() {
      return new ClosedOrdersQuery(this);
    }
  }
}
