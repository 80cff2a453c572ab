package dev.signet.binance.spot.userdata;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A Spot user data event Signet does not type (one Binance added later), kept with every field as
 * sent so nothing is lost.
 *
 * <pre>{@code
 * if (event instanceof OtherSpotUserEvent other) {
 *   log.info("unknown event {}: {}", other.type(), other.fields());
 * }
 * }</pre>
 *
 * @param type the event type ({@code e})
 * @param eventTime when it was produced ({@code E})
 * @param fields every other field, as sent
 */
public record OtherSpotUserEvent(
    @JsonProperty("e") String type,
    @JsonProperty("E") Instant eventTime,
    @JsonAnySetter Map<String, JsonNode> fields) implements SpotUserEvent {
  /**
   * Checks the fields every event has, and copies the rest.
   *
   * @param type {@code e}
   * @param eventTime {@code E}
   * @param fields the other fields
   */
  public OtherSpotUserEvent {
    Required.field(type, "e");
    Required.field(eventTime, "E");
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }
}
