package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A deposit, withdrawal or transfer between accounts changed a balance ({@code balanceUpdate}).
 *
 * <pre>{@code
 * if (event instanceof BalanceUpdate u) {
 *   balances.merge(u.asset(), u.delta(), BigDecimal::add);
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param asset the asset ({@code a})
 * @param delta the change ({@code d}; negative for a debit)
 * @param clearTime when it cleared ({@code T})
 */
public record BalanceUpdate(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("a") String asset,
    @JsonProperty("d") BigDecimal delta,
    @JsonProperty("T") Instant clearTime) implements SpotUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param asset {@code a}
   * @param delta {@code d}
   * @param clearTime {@code T}
   */
  public BalanceUpdate {
    Required.field(eventTime, "E");
    Required.field(asset, "a");
    Required.field(delta, "d");
    Required.field(clearTime, "T");
  }
}
