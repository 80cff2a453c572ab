package dev.signet.binance.wallet;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.ListFormat;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The filters of {@code GET /sapi/v1/capital/withdraw/history}. Every field is optional; without a
 * range Binance returns the last 90 days (the last 7 with {@code withdrawOrderId}). Built with
 * {@link #builder()}; immutable. The endpoint weighs 18,000 of the account's 180,000 a minute:
 * prefer {@code withdrawOrderId} or {@code idList} to paging through everything.
 *
 * <pre>{@code
 * WithdrawHistoryQuery q = WithdrawHistoryQuery.builder().withdrawOrderId("bot-2026-11-22-001").build();
 * }</pre>
 *
 * @param coin only this coin, or null
 * @param withdrawOrderId only the withdrawal with this client id, or null
 * @param status only this state, or null
 * @param offset how many records to skip, or null
 * @param limit page size 1..1000, or null (Binance's default 1000)
 * @param idList only these ids (from {@link WithdrawResult#id()}, at most 45; unmodifiable), or empty
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 */
public record WithdrawHistoryQuery(String coin, String withdrawOrderId, WithdrawStatus status, Integer offset,
    Integer limit, List<String> idList, Instant startTime, Instant endTime) {
  /** The longest range Binance accepts: less than 90 days. */
  public static final Duration MAX_RANGE = Duration.ofDays(90);
  /** The longest range Binance accepts with {@code withdrawOrderId}: less than 7 days. */
  public static final Duration MAX_RANGE_BY_ORDER_ID = Duration.ofDays(7);
  /** The most ids {@code idList} may hold. */
  public static final int MAX_IDS = 45;

  private static final Paging OFFSET = Paging.from("offset", 0);
  private static final Paging LIMIT = Paging.limit(1000, null);

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param coin only this coin, or null
   * @param withdrawOrderId only the withdrawal with this client id, or null
   * @param status only this state, or null
   * @param offset how many records to skip, or null
   * @param limit page size 1..1000, or null
   * @param idList only these ids (at most 45), or null or empty for all
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   */
  public WithdrawHistoryQuery {
    if (coin != null) {
      WalletChecks.coin(coin, "coin");
    }
    WalletChecks.optional(withdrawOrderId, "withdrawOrderId", "the client id the withdrawal was requested with");
    OFFSET.check(offset);
    LIMIT.check(limit);
    idList = idList == null ? List.of() : List.copyOf(idList);
    if (idList.size() > MAX_IDS) {
      throw new IllegalArgumentException("idList holds " + idList.size() + " ids; Binance accepts at most " + MAX_IDS
          + ". Query in batches.");
    }
    for (String id : idList) {
      WalletChecks.required(id, "idList element", "a withdrawal id from WithdrawResult.id()");
    }
    new TimeWindow(startTime, endTime)
        .check(TimeWindow.Span.lessThan(withdrawOrderId != null ? MAX_RANGE_BY_ORDER_ID : MAX_RANGE));
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
   * The parameters in the order Binance documents them ({@code idList} comma-separated).
   *
   * @return the parameters
   */
  public Params toParams() {
    Params p = Params.empty().addIfPresent("coin", coin).addIfPresent("withdrawOrderId", withdrawOrderId)
        .addIfPresent("status", status).addIfPresent("offset", offset).addIfPresent("limit", limit);
    if (!idList.isEmpty()) {
      p.addList("idList", idList, ListFormat.COMMA);
    }
    return new TimeWindow(startTime, endTime).addTo(p);
  }

  /** Builds a {@link WithdrawHistoryQuery}; {@link #build()} checks the combination. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private String coin;
    private String withdrawOrderId;
    private WithdrawStatus status;
    private Integer offset;
    private Integer limit;
    private List<String> idList;

    private Builder() {}

    /**
     * Only this coin.
     *
     * @param coin the coin, e.g. {@code USDT}
     * @return this builder
     */
    public Builder coin(String coin) {
      this.coin = WalletChecks.coin(coin, "coin");
      return this;
    }

    /**
     * Only the withdrawal requested with this client id.
     *
     * @param id the client id
     * @return this builder
     */
    public Builder withdrawOrderId(String id) {
      this.withdrawOrderId = Objects.requireNonNull(id, "withdrawOrderId");
      return this;
    }

    /**
     * Only withdrawals in this state.
     *
     * @param status the state
     * @return this builder
     */
    public Builder status(WithdrawStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Skips this many records.
     *
     * @param offset 0 or more
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * Page size.
     *
     * @param limit 1..1000
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Only these withdrawals.
     *
     * @param ids the ids {@link WithdrawResult#id()} returned, at most 45
     * @return this builder
     */
    public Builder idList(List<String> ids) {
      this.idList = List.copyOf(ids);
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming a bad value or combination.
     *
     * @return the query
     */
    public WithdrawHistoryQuery build() {
      return new WithdrawHistoryQuery(coin, withdrawOrderId, status, offset, limit, idList, start(), end());
    }
  }
}
