package dev.signet.binance.internal;

import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.core.internal.json.FieldLoop;
import dev.signet.core.internal.json.JsonFields;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * What the hand-written stream event decoders ({@link DepthUpdateDeserializer},
 * {@link TradeEventDeserializer}, {@link AggTradeEventDeserializer}) share: the nullable integer of
 * a USD-M-only field and the price-level lists of a diff. depth event, a level's failure a Jackson
 * exception carrying its path ({@code b[3]}) as Jackson's own record decoding reports it. Not API.
 *
 * <pre>{@code
 * List<PriceLevel> bids = StreamEventFields.levels(p, ctxt, DepthUpdate.class, "b");
 * }</pre>
 */
final class StreamEventFields {
  private static final PriceLevelDeserializer LEVEL = new PriceLevelDeserializer();

  private StreamEventFields() {}

  /** The current value as a {@code Long}; JSON null gives null. */
  static Long nullableLong(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : JsonFields.longValue(p, ctxt, type, field);
  }

  /** The current value, an array of {@code ["price","qty"]} levels; JSON null gives null. */
  static List<PriceLevel> levels(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    return FieldLoop.array(p, ctxt, type, field, LEVEL::deserialize);
  }
}
