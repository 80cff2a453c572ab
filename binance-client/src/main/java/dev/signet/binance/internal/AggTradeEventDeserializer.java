package dev.signet.binance.internal;

import dev.signet.binance.stream.AggTradeEvent;
import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams an {@link AggTradeEvent} off the parser, as {@link TradeEventDeserializer} streams a
 * trade. Accepts and refuses what Jackson's record decoding does with {@code SignetJson}; a missing
 * {@code a}, {@code f}, {@code l} or {@code m} is refused naming it. Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = AggTradeEventDeserializer.class)} on {@link AggTradeEvent}.
 */
public final class AggTradeEventDeserializer extends ValueDeserializer<AggTradeEvent> {
  private static final String[] REQUIRED = {"a", "f", "l", "m"};

  /** Jackson builds it from the annotation on {@link AggTradeEvent}. */
  public AggTradeEventDeserializer() {}

  @Override
  public AggTradeEvent deserialize(JsonParser p, DeserializationContext ctxt) {
    Class<?> c = AggTradeEvent.class;
    Instant eventTime = null;
    String symbol = null;
    long aggregateTradeId = 0;
    BigDecimal price = null;
    BigDecimal quantity = null;
    long firstTradeId = 0;
    long lastTradeId = 0;
    Instant tradeTime = null;
    boolean buyerMaker = false;
    int seen = 0;
    for (String name = JsonFields.firstName(p, ctxt, c); name != null; name = p.nextName()) {
      p.nextToken();
      switch (name) {
        case "E" -> eventTime = JsonFields.epochMillis(p, ctxt, c, name);
        case "s" -> symbol = JsonFields.string(p, ctxt, c, name);
        case "a" -> {
          aggregateTradeId = JsonFields.longValue(p, ctxt, c, name);
          seen |= 1;
        }
        case "p" -> price = JsonFields.decimal(p, ctxt, c, name);
        case "q" -> quantity = JsonFields.decimal(p, ctxt, c, name);
        case "f" -> {
          firstTradeId = JsonFields.longValue(p, ctxt, c, name);
          seen |= 2;
        }
        case "l" -> {
          lastTradeId = JsonFields.longValue(p, ctxt, c, name);
          seen |= 4;
        }
        case "T" -> tradeTime = JsonFields.epochMillis(p, ctxt, c, name);
        case "m" -> {
          buyerMaker = JsonFields.bool(p, ctxt, c, name);
          seen |= 8;
        }
        default -> p.skipChildren();
      }
    }
    if (seen != 15) {
      throw JsonFields.missing(ctxt, c, REQUIRED[Integer.numberOfTrailingZeros(~seen)]);
    }
    try {
      return new AggTradeEvent(eventTime, symbol, aggregateTradeId, price, quantity, firstTradeId, lastTradeId,
          tradeTime, buyerMaker);
    } catch (IllegalArgumentException refused) {
      throw JsonFields.instantiationFailure(ctxt, c, refused);
    }
  }
}
