package dev.signet.binance.futures.trade;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.Symbols;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;

/**
 * The filters of {@code GET /fapi/v1/forceOrders}: the account's liquidation and ADL orders,
 * optionally of one contract, of one kind ({@code LIQUIDATION} or {@code ADL}), in a time window
 * (without {@code startTime}: the 7 days before {@code endTime}) and a page size. Immutable.
 *
 * <pre>{@code
 * List<FuturesOrder> liquidations = client.futures().orders().forceOrders(ForceOrderQuery.builder().autoCloseType("LIQUIDATION").build());
 * }</pre>
 *
 * @param symbol the contract, or null for every symbol
 * @param autoCloseType {@code LIQUIDATION} or {@code ADL}, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param limit page size 1..100, or null
 */
public record ForceOrderQuery(String symbol, String autoCloseType, Instant startTime, Instant endTime, Integer limit) {
  private static final TimeWindow.Span SPAN = TimeWindow.Span.ANY;
  private static final Paging LIMIT = Paging.limit(100, "startTime/endTime");

  /**
   * Checks the fields; see {@link Builder}.
   *
   * @param symbol the contract, or null for every symbol
   * @param autoCloseType {@code LIQUIDATION} or {@code ADL}, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param limit page size 1..100, or null
   */
  public ForceOrderQuery {
    if (symbol != null) {
      Symbols.check("symbol", symbol);
    }
    if (autoCloseType != null && !autoCloseType.equals("LIQUIDATION") && !autoCloseType.equals("ADL")) {
      throw new IllegalArgumentException("autoCloseType '" + autoCloseType + "' must be LIQUIDATION or ADL.");
    }
    new TimeWindow(startTime, endTime).check(SPAN);
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
   * @return the parameters
   */
  public Params toParams() {
    return new TimeWindow(startTime, endTime).addTo(Params.empty().addIfPresent("symbol", symbol)
        .addIfPresent("autoCloseType", autoCloseType)).addIfPresent("limit", limit);
  }

  /** Builds a {@link ForceOrderQuery}; {@link #build()} checks the values. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private String symbol;
    private String autoCloseType;
    private Integer limit;

    private Builder() {
    }

    /**
     * Only this contract.
     *
     * @param symbol the contract, e.g. {@code BTCUSDT}
     * @return this builder
     */
    public Builder symbol(String symbol) {
      this.symbol = symbol;
      return this;
    }

    /**
     * {@code LIQUIDATION} or {@code ADL}.
     *
     * @param autoCloseType {@code LIQUIDATION} or {@code ADL}
     * @return this builder
     */
    public Builder autoCloseType(String autoCloseType) {
      this.autoCloseType = autoCloseType;
      return this;
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
    public ForceOrderQuery build() {
      return new ForceOrderQuery(symbol, autoCloseType, start(), end(), limit);
    }
  }
}
