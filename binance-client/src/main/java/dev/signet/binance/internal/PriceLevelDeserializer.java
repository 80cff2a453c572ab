package dev.signet.binance.internal;

import dev.signet.binance.spot.market.PriceLevel;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Decodes one order-book level, {@code ["4.00000000", "431.00000000"]}, into a {@link PriceLevel}
 * by position (see {@link PositionalRow}). Not API.
 *
 * <p>Example: {@code @JsonDeserialize(using = PriceLevelDeserializer.class)} on {@link PriceLevel}.
 */
public final class PriceLevelDeserializer extends ValueDeserializer<PriceLevel> {
  /** Jackson builds it from the annotation on {@link PriceLevel}. */
  public PriceLevelDeserializer() {}

  @Override
  public PriceLevel deserialize(JsonParser p, DeserializationContext ctxt) {
    PositionalRow row = PositionalRow.start(p, ctxt, PriceLevel.class, "price level", 2);
    PriceLevel level = new PriceLevel(row.decimal("price"), row.decimal("qty"));
    row.end();
    return level;
  }
}
