package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An external system (e.g. margin collateral) locked or unlocked part of a balance ({@code externalLockUpdate}).
 *
 * <pre>{@code
 * if (event instanceof ExternalLockUpdate u) {
 *   locked.merge(u.asset(), u.delta(), BigDecimal::add);
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 * @param asset the asset ({@code a})
 * @param delta the amount locked, or unlocked when negative ({@code d})
 * @param transactionTime when it happened ({@code T})
 */
public record ExternalLockUpdate(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("a") String asset,
    @JsonProperty("d") BigDecimal delta,
    @JsonProperty("T") Instant transactionTime) implements SpotUserEvent {
  /**
   * Checks the fields the docs always send.
   *
   * @param eventTime {@code E}
   * @param asset {@code a}
   * @param delta {@code d}
   * @param transactionTime {@code T}
   */
  public ExternalLockUpdate {
    Required.field(eventTime, "E");
    Required.field(asset, "a");
    Required.field(delta, "d");
    Required.field(transactionTime, "T");
  }
}
