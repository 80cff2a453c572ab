package dev.signet.binance.internal;

import dev.signet.binance.stream.AggTradeEvent;
import dev.signet.core.internal.json.FieldLoop;
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
    return FieldLoop.object(p, ctxt, AggTradeEvent.class, REQUIRED, new Read());
  }

  /** The members of one {@link AggTradeEvent}. */
  private static final class Read extends FieldLoop.Fields<AggTradeEvent> {
    private Instant eventTime;
    private String symbol;
    private long aggregateTradeId;
    private BigDecimal price;
    private BigDecimal quantity;
    private long firstTradeId;
    private long lastTradeId;
    private Instant tradeTime;
    private boolean buyerMaker;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      Class<?> a = AggTradeEvent.class;
      switch (name) {
        case "E" -> eventTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "s" -> symbol = JsonFields.string(p, ctxt, a, name);
        case "a" -> {
          aggregateTradeId = JsonFields.longValue(p, ctxt, a, name);
          seen(1);
        }
        case "p" -> price = JsonFields.decimal(p, ctxt, a, name);
        case "q" -> quantity = JsonFields.decimal(p, ctxt, a, name);
        case "f" -> {
          firstTradeId = JsonFields.longValue(p, ctxt, a, name);
          seen(2);
        }
        case "l" -> {
          lastTradeId = JsonFields.longValue(p, ctxt, a, name);
          seen(4);
        }
        case "T" -> tradeTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "m" -> {
          buyerMaker = JsonFields.bool(p, ctxt, a, name);
          seen(8);
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected AggTradeEvent build() {
      return new AggTradeEvent(eventTime, symbol, aggregateTradeId, price, quantity, firstTradeId, lastTradeId,
          tradeTime, buyerMaker);
    }
  }
}
