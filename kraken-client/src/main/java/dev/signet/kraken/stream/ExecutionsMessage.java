package dev.signet.kraken.stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * One frame of Kraken's private WebSocket v2 {@code executions} channel: the open orders and recent
 * fills as a snapshot, then each order's status changes and fills as updates:
 * {@code {"channel":"executions","type":"update","data":[{"order_id":"OK4GJX-KSTLS-7DZZO5",...}],"sequence":8}}.
 *
 * <pre>{@code
 * if (executions.take() instanceof StreamItem.Event<ExecutionsMessage> e) {
 *   e.value().data().forEach(bot::onExecution);
 * }
 * }</pre>
 *
 * @param channel always {@code executions}
 * @param type snapshot or update
 * @param sequence the frame's sequence number on this connection ({@code sequence}), or null
 * @param data the execution reports, in order
 */
public record ExecutionsMessage(
    @JsonProperty("channel") String channel,
    @JsonProperty("type") BookMessage.Type type,
    @JsonProperty("sequence") Long sequence,
    @JsonProperty("data") List<ExecutionEvent> data) {
  /**
   * Checks this is an {@code executions} frame with a type and data.
   *
   * @param channel {@code executions}
   * @param type {@code type}
   * @param sequence {@code sequence}, or null
   * @param data {@code data}
   */
  public ExecutionsMessage {
    if (!"executions".equals(Required.field(channel, "channel"))) {
      throw new IllegalArgumentException("channel is \"" + channel + "\", expected \"executions\"");
    }
    Required.field(type, "type");
    data = Required.list(data, "data");
  }
}
