package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * A trading strategy (e.g. a grid) changed ({@code STRATEGY_UPDATE}).
 *
 * <pre>{@code
 * if (event instanceof StrategyUpdate u && u.strategy().status().equals("CANCELLED")) { ... }
 * }</pre>
 *
 * @param transactionTime when the change happened ({@code T})
 * @param eventTime when the event was produced ({@code E})
 * @param strategy the strategy ({@code su})
 */
public record StrategyUpdate(
    @JsonProperty("T") Instant transactionTime,
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("su") Strategy strategy) implements FuturesUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param transactionTime {@code T}
   * @param eventTime {@code E}
   * @param strategy {@code su}
   */
  public StrategyUpdate {
    Required.field(transactionTime, "T");
    Required.field(eventTime, "E");
    Required.field(strategy, "su");
  }

  /**
   * The strategy of a {@link StrategyUpdate}.
   *
   * @param strategyId the strategy id ({@code si})
   * @param strategyType e.g. {@code GRID} ({@code st})
   * @param status {@code NEW}, {@code WORKING}, {@code CANCELLED} or {@code EXPIRED} ({@code ss})
   * @param symbol the symbol ({@code s})
   * @param updateTime when it changed ({@code ut})
   * @param opCode why ({@code c}: 8001 parameters updated, 8002 cancelled by the user, 8003 an order placed or
   *     cancelled by hand, 8004 stop limit reached, 8005 position liquidated, 8006 open order limit, 8007 new grid
   *     order, 8008 margin not enough, 8009 price out of bounds, 8010 market closed or paused, 8011 close failed,
   *     8012 max notional exceeded, 8013 KYC or jurisdiction, 8014 quantitative rules, 8015 position empty)
   */
  public record Strategy(
      @JsonProperty(value = "si", required = true) long strategyId,
      @JsonProperty("st") String strategyType,
      @JsonProperty("ss") String status,
      @JsonProperty("s") String symbol,
      @JsonProperty("ut") Instant updateTime,
      @JsonProperty(value = "c", required = true) int opCode) {
    /**
     * Checks the fields the docs always send.
     *
     * @param strategyId {@code si}
     * @param strategyType {@code st}
     * @param status {@code ss}
     * @param symbol {@code s}
     * @param updateTime {@code ut}
     * @param opCode {@code c}
     */
    public Strategy {
      Required.field(strategyType, "st");
      Required.field(status, "ss");
      Required.field(symbol, "s");
      Required.field(updateTime, "ut");
    }
  }
}
