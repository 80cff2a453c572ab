package dev.signet.binance.internal;

import dev.signet.binance.stream.TradeEvent;
import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams a {@link TradeEvent} off the parser (a busy symbol trades hundreds of times a second;
 * see {@link DepthUpdateDeserializer} for why and benchmarks/RESULTS.md, run 12, for the gain).
 * Accepts and refuses what Jackson's record decoding does with {@code SignetJson}; a missing
 * {@code t} or {@code m} is refused naming it. Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = TradeEventDeserializer.class)} on {@link TradeEvent}.
 */
public final class TradeEventDeserializer extends ValueDeserializer<TradeEvent> {
  /** Jackson builds it from the annotation on {@link TradeEvent}. */
  public TradeEventDeserializer() {}

  @Override
  public TradeEvent deserialize(JsonParser p, DeserializationContext ctxt) {
    Class<?> a = TradeEvent.class;
    Instant eventTime = null;
    String symbol = null;
    long tradeId = 0;
    BigDecimal price = null;
    BigDecimal quantity = null;
    Long buyerOrderId = null;
    Long sellerOrderId = null;
    Instant tradeTime = null;
    boolean buyerMaker = false;
    int seen = 0;
    for (String name = JsonFields.firstName(p, ctxt, a); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "E" -> eventTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "s" -> symbol = JsonFields.string(p, ctxt, a, name);
        case "t" -> {
          tradeId = JsonFields.longValue(p, ctxt, a, name);
          seen |= 1;
        }
        case "p" -> price = JsonFields.decimal(p, ctxt, a, name);
        case "q" -> quantity = JsonFields.decimal(p, ctxt, a, name);
        case "b" -> buyerOrderId = StreamEventFields.nullableLong(p, ctxt, a, name);
        case "a" -> sellerOrderId = StreamEventFields.nullableLong(p, ctxt, a, name);
        case "T" -> tradeTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "m" -> {
          buyerMaker = JsonFields.bool(p, ctxt, a, name);
          seen |= 2;
        }
        default -> p.skipChildren();
      }
    }
    if (seen != 3) {
      throw JsonFields.missing(ctxt, a, (seen & 1) == 0 ? "t" : "m");
    }
    try {
      return new TradeEvent(eventTime, symbol, tradeId, price, quantity, buyerOrderId, sellerOrderId, tradeTime,
          buyerMaker);
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, a, refused);
    }
  }
}
