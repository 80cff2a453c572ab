package dev.signet.binance.wallet;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The filters of a deposit history: {@code GET /sapi/v1/capital/deposit/hisrec}, and the
 * sub-account's {@code GET /sapi/v1/capital/deposit/subHisrec} (which has no {@code includeSource}).
 * Every field is optional; without a range Binance returns the last 90 days. Built with
 * {@link #builder()}; immutable.
 *
 * <pre>{@code
 * DepositHistoryQuery q = DepositHistoryQuery.builder()
 *     .coin("USDT").status(DepositStatus.SUCCESS)
 *     .startTime(Instant.parse("2026-11-01T00:00:00Z")).endTime(Instant.parse("2026-11-22T00:00:00Z"))
 *     .build();
 * }</pre>
 *
 * @param includeSource whether to include {@code sourceAddress}, or null (Binance's default false)
 * @param coin only this coin, or null
 * @param status only this state, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null (less than 90 days after {@code startTime})
 * @param offset how many records to skip, or null
 * @param limit page size 1..1000, or null (Binance's default 1000)
 * @param txId only this chain transaction, or null
 */
public record DepositHistoryQuery(Boolean includeSource, String coin, DepositStatus status, Instant startTime,
    Instant endTime, Integer offset, Integer limit, String txId) {
  /** The longest range Binance accepts: less than 90 days. */
  public static final Duration MAX_RANGE = Duration.ofDays(90);
  /** The largest {@code limit}. */
  public static final int MAX_LIMIT = 1000;

  private static final TimeWindow.Span SPAN = TimeWindow.Span.lessThan(MAX_RANGE);
  private static final Paging OFFSET = Paging.from("offset", 0);
  private static final Paging LIMIT = Paging.limit(MAX_LIMIT, null);

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param includeSource whether to include {@code sourceAddress}, or null
   * @param coin only this coin, or null
   * @param status only this state, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param offset how many records to skip, or null
   * @param limit page size 1..1000, or null
   * @param txId only this chain transaction, or null
   */
  public DepositHistoryQuery {
    if (coin != null) {
      WalletChecks.coin(coin, "coin");
    }
    new TimeWindow(startTime, endTime).check(SPAN);
    OFFSET.check(offset);
    LIMIT.check(limit);
    WalletChecks.optional(txId, "txId", "a chain transaction id");
  }

  /**
   * A query with no filter (the last 90 days).
   *
   * @return a query with no filter
   */
  public static DepositHistoryQuery all() {
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
   * The parameters of {@code deposit/hisrec}, in the order Binance documents them.
   *
   * @return the parameters
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime).addTo(Params.empty().addIfPresent("includeSource", includeSource)
        .addIfPresent("coin", coin).addIfPresent("status", status))
        .addIfPresent("offset", offset).addIfPresent("limit", limit).addIfPresent("txId", txId);
  }

  /**
   * The parameters of the sub-account's {@code deposit/subHisrec}, in the order Binance documents them.
   *
   * @param email the sub-account's e-mail
   * @return the parameters
   * @throws IllegalArgumentException when {@code includeSource} is set (that endpoint has none)
   */
  public Params toSubAccountParams(String email) {
    if (includeSource != null) {
      throw new IllegalArgumentException("includeSource is not a parameter of the sub-account deposit history;"
          + " leave it unset.");
    }
    return new TimeWindow(startTime, endTime).addTo(Params.empty().add("email", WalletChecks.email(email, "email"))
        .addIfPresent("coin", coin).addIfPresent("status", status))
        .addIfPresent("limit", limit).addIfPresent("offset", offset).addIfPresent("txId", txId);
  }

  /** Builds a {@link DepositHistoryQuery}; {@link #build()} checks the combination. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private Boolean includeSource;
    private String coin;
    private DepositStatus status;
    private Integer offset;
    private Integer limit;
    private String txId;

    private Builder() {}

    /**
     * Whether to include the sender's address ({@code sourceAddress}).
     *
     * @param include whether to include it
     * @return this builder
     */
    public Builder includeSource(boolean include) {
      this.includeSource = include;
      return this;
    }

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
     * Only deposits in this state.
     *
     * @param status the state
     * @return this builder
     */
    public Builder status(DepositStatus status) {
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
     * Only this chain transaction.
     *
     * @param txId the transaction id
     * @return this builder
     */
    public Builder txId(String txId) {
      this.txId = Objects.requireNonNull(txId, "txId");
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming a bad value or combination.
     *
     * @return the query
     */
    public DepositHistoryQuery build() {
      return new DepositHistoryQuery(includeSource, coin, status, start(), end(), offset, limit, txId);
    }
  }
}
