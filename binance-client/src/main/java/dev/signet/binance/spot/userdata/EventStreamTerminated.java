package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * The subscription ended ({@code eventStreamTerminated}): its token expired, the session logged
 * out, or it was unsubscribed. No more events arrive on it.
 *
 * <pre>{@code
 * if (event instanceof EventStreamTerminated) {
 *   bot.resubscribeAndResync();
 * }
 * }</pre>
 *
 * @param eventTime when the event was produced ({@code E})
 */
public record EventStreamTerminated(@JsonProperty("E") Instant eventTime) implements SpotUserEvent {
  /**
   * Checks the event time is present.
   *
   * @param eventTime {@code E}
   */
  public EventStreamTerminated {
    Required.field(eventTime, "E");
  }
}
