package dev.signet.binance.internal;

import dev.signet.binance.stream.TradeEvent;
import dev.signet.core.internal.json.FieldLoop;
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
  private static final String[] REQUIRED = {"t", "m"};

  /** Jackson builds it from the annotation on {@link TradeEvent}. */
  public TradeEventDeserializer() {}

  @Override
  public TradeEvent deserialize(JsonParser p, DeserializationContext ctxt) {
    return FieldLoop.object(p, ctxt, TradeEvent.class, REQUIRED, new Read());
  }

  /** The members of one {@link TradeEvent}. */
  private static final class Read extends FieldLoop.Fields<TradeEvent> {
    private Instant eventTime;
    private String symbol;
    private long tradeId;
    private BigDecimal price;
    private BigDecimal quantity;
    private Long buyerOrderId;
    private Long sellerOrderId;
    private Instant tradeTime;
    private boolean buyerMaker;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      Class<?> a = TradeEvent.class;
      switch (name) {
        case "E" -> eventTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "s" -> symbol = JsonFields.string(p, ctxt, a, name);
        case "t" -> {
          tradeId = JsonFields.longValue(p, ctxt, a, name);
          seen(1);
        }
        case "p" -> price = JsonFields.decimal(p, ctxt, a, name);
        case "q" -> quantity = JsonFields.decimal(p, ctxt, a, name);
        case "b" -> buyerOrderId = StreamEventFields.nullableLong(p, ctxt, a, name);
        case "a" -> sellerOrderId = StreamEventFields.nullableLong(p, ctxt, a, name);
        case "T" -> tradeTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "m" -> {
          buyerMaker = JsonFields.bool(p, ctxt, a, name);
          seen(2);
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected TradeEvent build() {
      return new TradeEvent(eventTime, symbol, tradeId, price, quantity, buyerOrderId, sellerOrderId, tradeTime,
          buyerMaker);
    }
  }
}
