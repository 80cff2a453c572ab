package dev.signet.binance.internal;

import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.binance.stream.DepthUpdate;
import dev.signet.core.internal.json.FieldLoop;
import dev.signet.core.internal.json.JsonFields;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams a {@link DepthUpdate} off the parser: a busy symbol's diff. depth stream sends ten events
 * a second of 20 levels a side or more, and Jackson's property-based record creation cost more
 * than reading the fields (benchmarks/RESULTS.md, run 12). Accepts and refuses what Jackson's record
 * decoding does with {@code SignetJson} (fields in any order, unknown ones skipped, a missing
 * {@code U} or {@code u} refused naming it, the record's own checks as Jackson reports them). Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = DepthUpdateDeserializer.class)} on {@link DepthUpdate}.
 */
public final class DepthUpdateDeserializer extends ValueDeserializer<DepthUpdate> {
  private static final String[] REQUIRED = {"U", "u"};

  /** Jackson builds it from the annotation on {@link DepthUpdate}. */
  public DepthUpdateDeserializer() {}

  @Override
  public DepthUpdate deserialize(JsonParser p, DeserializationContext ctxt) {
    return FieldLoop.object(p, ctxt, DepthUpdate.class, REQUIRED, new Read());
  }

  /** The members of one {@link DepthUpdate}. */
  private static final class Read extends FieldLoop.Fields<DepthUpdate> {
    private String eventType;
    private Instant eventTime;
    private Instant transactionTime;
    private String symbol;
    private long first;
    private long last;
    private Long previous;
    private List<PriceLevel> bids;
    private List<PriceLevel> asks;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      Class<?> a = DepthUpdate.class;
      switch (name) {
        case "e" -> eventType = JsonFields.string(p, ctxt, a, name);
        case "E" -> eventTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "T" -> transactionTime = JsonFields.epochMillis(p, ctxt, a, name);
        case "s" -> symbol = JsonFields.string(p, ctxt, a, name);
        case "U" -> {
          first = JsonFields.longValue(p, ctxt, a, name);
          seen(1);
        }
        case "u" -> {
          last = JsonFields.longValue(p, ctxt, a, name);
          seen(2);
        }
        case "pu" -> previous = StreamEventFields.nullableLong(p, ctxt, a, name);
        case "b" -> bids = StreamEventFields.levels(p, ctxt, a, name);
        case "a" -> asks = StreamEventFields.levels(p, ctxt, a, name);
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected DepthUpdate build() {
      return new DepthUpdate(eventType, eventTime, transactionTime, symbol, first, last, previous, bids, asks);
    }
  }
}
