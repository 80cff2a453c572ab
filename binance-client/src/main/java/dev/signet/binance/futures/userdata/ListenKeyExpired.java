package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * The listen key expired ({@code listenKeyExpired}): no more user data arrives on it until a new
 * key is started and subscribed ({@code FuturesAccountStream} does that itself). Its
 * {@code toString()} hides the key, which grants reading the account's events.
 *
 * <pre>{@code
 * if (event instanceof ListenKeyExpired) {
 *   bot.resyncFromRest();
 * }
 * }</pre>
 *
 * @param eventTime when it was produced ({@code E}; the USD-M docs send it as a string of digits)
 * @param listenKey the expired key ({@code listenKey})
 */
public record ListenKeyExpired(
    @JsonProperty("E") Instant eventTime,
    @JsonProperty("listenKey") String listenKey) implements FuturesUserEvent {
  /**
   * Checks the event time is present.
   *
   * @param eventTime {@code E}
   * @param listenKey {@code listenKey}, or null
   */
  public ListenKeyExpired {
    Required.field(eventTime, "E");
  }

  @Override
  public String toString() {
    return "ListenKeyExpired[eventTime=" + eventTime + ", listenKey=" + (listenKey == null ? "null" : "****") + "]";
  }
}
