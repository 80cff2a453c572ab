package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A grid's sub-order filled or partly filled ({@code GRID_UPDATE}).
 *
 * <pre>{@code
 * if (event instanceof GridUpdate g) {
 *   pnl.add(g.grid().realizedProfit());
 * }
 * }</pre>
 *
 * @param transactionTime when the fill happened ({@code T})
 * @param eventTime when the event was produced ({@code E})
 * @param grid the grid ({@code gu})
 */
public record GridUpdate(
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("gu") Grid grid) implements FuturesUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param transactionTime {@code T}
   * @param eventTime {@code E}
   * @param grid {@code gu}
   */
  public GridUpdate {
    Required.field(transactionTime, "T");
    Required.field(eventTime, "E");
    Required.field(grid, "gu");
  }

  /**
   * The grid of a {@link GridUpdate}.
   *
   * @param strategyId the strategy id ({@code si})
   * @param strategyType e.g. {@code GRID} ({@code st})
   * @param status the strategy's status ({@code ss})
   * @param symbol the symbol ({@code s})
   * @param realizedProfit the realized PnL ({@code r})
   * @param unmatchedAveragePrice the unmatched average price ({@code up})
   * @param unmatchedQuantity the unmatched quantity ({@code uq})
   * @param unmatchedFee the unmatched fee ({@code uf})
   * @param matchedProfit the matched PnL ({@code mp})
   * @param updateTime when it changed ({@code ut})
   */
  public record Grid(
      @JsonProperty(value = "si", required = true) long strategyId,
      @JsonProperty("st") String strategyType,
      @JsonProperty("ss") String status,
      @JsonProperty("s") String symbol,
      @JsonProperty("r") BigDecimal realizedProfit,
      @JsonProperty("up") BigDecimal unmatchedAveragePrice,
      @JsonProperty("uq") BigDecimal unmatchedQuantity,
      @JsonProperty("uf") BigDecimal unmatchedFee,
      @JsonProperty("mp") BigDecimal matchedProfit,
      @JsonProperty("ut") Instant updateTime) {
    /**
     * Checks the fields the docs always send.
     *
     * @param strategyId {@code si}
     * @param strategyType {@code st}
     * @param status {@code ss}
     * @param symbol {@code s}
     * @param realizedProfit {@code r}
     * @param unmatchedAveragePrice {@code up}
     * @param unmatchedQuantity {@code uq}
     * @param unmatchedFee {@code uf}
     * @param matchedProfit {@code mp}
     * @param updateTime {@code ut}
     */
    public Grid {
      Required.field(strategyType, "st");
      Required.field(status, "ss");
      Required.field(symbol, "s");
      Required.field(realizedProfit, "r");
      Required.field(unmatchedAveragePrice, "up");
      Required.field(unmatchedQuantity, "uq");
      Required.field(unmatchedFee, "uf");
      Required.field(matchedProfit, "mp");
      Required.field(updateTime, "ut");
    }
  }
}
