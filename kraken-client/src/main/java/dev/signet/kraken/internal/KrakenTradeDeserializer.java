package dev.signet.kraken.internal;

import dev.signet.core.internal.json.ExpectedNames;
import dev.signet.core.internal.json.FieldLoop;
import dev.signet.core.internal.json.JsonFields;
import dev.signet.kraken.stream.KrakenTrade;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Streams a {@link KrakenTrade} off the parser: a busy pair trades hundreds of times a second, and
 * Jackson's record creation and its {@code DateTimeFormatter} cost more than reading the fields
 * (benchmarks/RESULTS.md, run 12). Accepts and refuses what Jackson's record decoding does with
 * {@code SignetJson}; a missing {@code trade_id} is refused naming it. Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = KrakenTradeDeserializer.class)} on {@link KrakenTrade}.
 */
public final class KrakenTradeDeserializer extends ValueDeserializer<KrakenTrade> {
  /** The members in the order the exchange sends them (any order decodes). */
  private static final ExpectedNames NAMES = new ExpectedNames("symbol", "side", "price", "qty", "ord_type", "trade_id", "timestamp");
  private static final String[] REQUIRED = {"trade_id"};

  /** Jackson builds it from the annotation on {@link KrakenTrade}. */
  public KrakenTradeDeserializer() {}

  @Override
  public KrakenTrade deserialize(JsonParser p, DeserializationContext ctxt) {
    return FieldLoop.object(p, ctxt, KrakenTrade.class, NAMES, REQUIRED, new Read());
  }

  /** The members of one {@link KrakenTrade}. */
  private static final class Read extends FieldLoop.Fields<KrakenTrade> {
    private String symbol;
    private String side;
    private BigDecimal price;
    private BigDecimal qty;
    private String ordType;
    private long tradeId;
    private Instant timestamp;

    @Override
    protected boolean read(String name, JsonParser p, DeserializationContext ctxt) {
      Class<?> a = KrakenTrade.class;
      switch (name) {
        case "symbol" -> symbol = JsonFields.string(p, ctxt, a, name);
        case "side" -> side = JsonFields.string(p, ctxt, a, name);
        case "price" -> price = JsonFields.decimal(p, ctxt, a, name);
        case "qty" -> qty = JsonFields.decimal(p, ctxt, a, name);
        case "ord_type" -> ordType = JsonFields.string(p, ctxt, a, name);
        case "trade_id" -> {
          tradeId = JsonFields.longValue(p, ctxt, a, name);
          seen(1);
        }
        case "timestamp" -> timestamp = StreamTimestamps.instant(p, ctxt);
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    protected KrakenTrade build() {
      return new KrakenTrade(symbol, side == null ? null : Side.of(side), price, qty,
          ordType == null ? null : OrderType.of(ordType), tradeId, timestamp);
    }
  }
}
