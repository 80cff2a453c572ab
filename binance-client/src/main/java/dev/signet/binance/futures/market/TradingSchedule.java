package dev.signet.binance.futures.market;

import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The trading sessions of the TradFi perpetuals' underlying markets: {@code GET /fapi/v1/tradingSchedule}.
 *
 * <p>Every field is required (the docs always send it) unless said otherwise: a missing or null one fails the decode naming it.
 *
 * <p>Example: {@code List<TradingSchedule.Session> equity = client.futures().market().data().tradingSchedule().marketSchedules().get("EQUITY").sessions();}
 *
 * @param updateTime when the schedule was updated
 * @param marketSchedules the sessions by market, e.g. {@code EQUITY}, {@code COMMODITY} (unmodifiable)
 */
public record TradingSchedule(
    Instant updateTime,
    Map<String, Market> marketSchedules) {
  /**
   * Checks every required field is present.
   *
   * @param updateTime when the schedule was updated
   * @param marketSchedules the sessions by market, e.g. {@code EQUITY}, {@code COMMODITY} (unmodifiable)
   */
  public TradingSchedule {
    Required.field(updateTime, "updateTime");
    marketSchedules = Map.copyOf(Required.field(marketSchedules, "marketSchedules"));
  }
  /**
   * One trading session of a market.
   *
   * <p>Example: {@code s.type()   // "OVERNIGHT"}
   *
   * @param startTime when it starts
   * @param endTime when it ends
   * @param type the session type, e.g. {@code PRE_MARKET}, {@code REGULAR}, {@code NO_TRADING}
   */
  public record Session(
      Instant startTime,
      Instant endTime,
      String type) {
    /**
     * Checks every required field is present.
     *
     * @param startTime when it starts
     * @param endTime when it ends
     * @param type the session type, e.g. {@code PRE_MARKET}, {@code REGULAR}, {@code NO_TRADING}
     */
    public Session {
      Required.field(startTime, "startTime");
      Required.field(endTime, "endTime");
      Required.field(type, "type");
    }
  }

  /**
   * The sessions of one market.
   *
   * <p>Example: {@code m.sessions().get(0)}
   *
   * @param sessions its sessions, in time order (unmodifiable)
   */
  public record Market(
      List<Session> sessions) {
    /**
     * Checks every required field is present.
     *
     * @param sessions its sessions, in time order (unmodifiable)
     */
    public Market {
      sessions = Required.list(sessions, "sessions");
    }
  }
}
