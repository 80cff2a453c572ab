package dev.signet.binance.internal;

import dev.signet.binance.spot.market.Candle;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Decodes one kline row, {@code [1499040000000, "0.01634790", ..., 308, ..., "0"]}, into a
 * {@link Candle} by position (see {@link PositionalRow}). Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = CandleDeserializer.class)} on {@link Candle}.
 */
public final class CandleDeserializer extends ValueDeserializer<Candle> {
  /** Jackson builds it from the annotation on {@link Candle}. */
  public CandleDeserializer() {}

  @Override
  public Candle deserialize(JsonParser p, DeserializationContext ctxt) {
    PositionalRow row = PositionalRow.start(p, ctxt, Candle.class, "kline", 11);
    Candle candle = new Candle(row.instant("openTime"), row.decimal("open"), row.decimal("high"), row.decimal("low"),
        row.decimal("close"), row.decimal("volume"), row.instant("closeTime"), row.decimal("quoteVolume"),
        row.longValue("count"), row.decimal("takerBuyBaseVolume"), row.decimal("takerBuyQuoteVolume"));
    row.end();
    return candle;
  }
}
