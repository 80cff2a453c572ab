package dev.signet.binance.futures.userdata;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A user data event Signet does not type (e.g. {@code ALGO_UPDATE}, or one Binance added later),
 * kept with every field as sent so nothing is lost.
 *
 * <pre>{@code
 * if (event instanceof OtherUserEvent other && other.type().equals("ALGO_UPDATE")) {
 *   String status = other.fields().get("o").get("X").asString();
 * }
 * }</pre>
 *
 * @param type the event type ({@code e})
 * @param eventTime when it was produced ({@code E})
 * @param fields every other field, as sent
 */
public record OtherUserEvent(
    @JsonProperty("e") String type,
    @JsonProperty("E") Instant eventTime,
    @JsonAnySetter Map<String, JsonNode> fields) implements FuturesUserEvent {
  /**
   * Checks the fields every event has, and copies the rest.
   *
   * @param type {@code e}
   * @param eventTime {@code E}
   * @param fields the other fields
   */
  public OtherUserEvent {
    Required.field(type, "e");
    Required.field(eventTime, "E");
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }
}
