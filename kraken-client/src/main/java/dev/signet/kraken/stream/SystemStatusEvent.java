package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigInteger;

/**
 * One element of Kraken's WebSocket v2 {@code status} channel, sent unasked on every successful
 * connection and whenever the trading engine's status changes:
 * {@code {"channel":"status","type":"update","data":[{"api_version":"v2","connection_id":13834774380200032777,
 * "system":"online","version":"2.0.0"}]}}. A bot stops placing orders while {@code system} is not
 * {@code online}; each new connection (after a {@link dev.signet.core.stream.StreamItem.Gap}) sends one.
 *
 * <pre>{@code
 * if (status.take() instanceof StreamItem.Event<SystemStatusEvent> e && !e.value().online()) { pauseTrading(); }
 * }</pre>
 *
 * @param system the engine's status ({@code system}): {@code online}, {@code cancel_only},
 *     {@code maintenance} or {@code post_only}, kept as sent
 * @param apiVersion the API version ({@code api_version}), {@code v2}, or null
 * @param connectionId the connection's identifier for debugging ({@code connection_id}; wider than a long), or null
 * @param version the WebSocket service's version ({@code version}), or null
 */
public record SystemStatusEvent(
    @JsonProperty("system") String system,
    @JsonProperty("api_version") String apiVersion,
    @JsonProperty("connection_id") BigInteger connectionId,
    @JsonProperty("version") String version) {
  /**
   * Checks the status is present.
   *
   * @param system {@code system}
   * @param apiVersion {@code api_version}, or null
   * @param connectionId {@code connection_id}, or null
   * @param version {@code version}, or null
   */
  public SystemStatusEvent {
    Required.field(system, "system");
  }

  /**
   * Whether markets operate normally: every order type may be submitted and orders match.
   *
   * @return true when {@code system} is {@code online}
   */
  public boolean online() {
    return system.equals("online");
  }
}
