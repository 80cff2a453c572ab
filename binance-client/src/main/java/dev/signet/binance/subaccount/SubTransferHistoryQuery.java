package dev.signet.binance.subaccount;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;
import java.time.Instant;

/**
 * The filters of a sub-account's own transfer history, {@code GET /sapi/v1/sub-account/transfer/subUserHistory};
 * every field optional (no direction: transfers out; no range: the last 30 days). Built with
 * {@link #builder()}; immutable.
 *
 * <pre>{@code
 * SubTransferHistoryQuery q = SubTransferHistoryQuery.builder().asset("USDT").transfersIn().returnFailHistory(true).build();
 * }</pre>
 *
 * @param asset only this asset, or null
 * @param type {@code 1} transfers in, {@code 2} transfers out, or null (Binance's default: out)
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param limit page size, 1 or more, or null (Binance's default 500)
 * @param returnFailHistory whether failed transfers are listed too, or null (Binance's default false)
 */
public record SubTransferHistoryQuery(String asset, Integer type, Instant startTime, Instant endTime, Integer limit,
    Boolean returnFailHistory) {
  private static final Paging LIMIT = Paging.from("limit", 1);

  /**
   * Checks the fields.
   *
   * @param asset only this asset, or null
   * @param type {@code 1} in, {@code 2} out, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size, or null
   * @param returnFailHistory whether failed transfers are listed too, or null
   */
  public SubTransferHistoryQuery {
    if (asset != null) {
      WalletChecks.coin(asset, "asset");
    }
    if (type != null && type != 1 && type != 2) {
      throw new IllegalArgumentException("type " + type + " is neither 1 (transfers in) nor 2 (transfers out);"
          + " use transfersIn() or transfersOut().");
    }
    new TimeWindow(startTime, endTime).check(TimeWindow.Span.ANY);
    LIMIT.check(limit);
  }

  /**
   * No filter: the last 30 days of transfers out.
   *
   * @return a query with no filter
   */
  public static SubTransferHistoryQuery all() {
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
   * @return the parameters
   */
  public Params toParams() {
    Params p = Params.empty().addIfPresent("asset", asset).addIfPresent("type", type);
    return new TimeWindow(startTime, endTime).addTo(p)
        .addIfPresent("limit", limit)
        .addIfPresent("returnFailHistory", returnFailHistory);
  }

  /** Builds a {@link SubTransferHistoryQuery}. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private String asset;
    private Integer type;
    private Integer limit;
    private Boolean returnFailHistory;

    private Builder() {}

    /**
     * Only this asset.
     *
     * @param asset e.g. {@code USDT}
     * @return this builder
     */
    public Builder asset(String asset) {
      this.asset = WalletChecks.coin(asset, "asset");
      return this;
    }

    /**
     * Only transfers in ({@code type=1}).
     *
     * @return this builder
     */
    public Builder transfersIn() {
      this.type = 1;
      return this;
    }

    /**
     * Only transfers out ({@code type=2}).
     *
     * @return this builder
     */
    public Builder transfersOut() {
      this.type = 2;
      return this;
    }

    /**
     * Page size.
     *
     * @param limit 1 or more
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Whether failed transfers are listed too.
     *
     * @param include {@code true} to list them
     * @return this builder
     */
    public Builder returnFailHistory(boolean include) {
      this.returnFailHistory = include;
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming a bad value.
     *
     * @return the query
     */
    public SubTransferHistoryQuery build() {
      return new SubTransferHistoryQuery(asset, type, start(), end(), limit, returnFailHistory);
    }
  }
}
