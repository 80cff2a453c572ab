package dev.signet.kraken.internal;

import dev.signet.core.internal.json.JsonFields;
import dev.signet.kraken.market.FeeTier;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads one of AssetPairs' fee tiers, {@code [volume, percent]}, straight off the parser, each
 * number through {@link JsonFields#decimal} (from its characters, never a {@code double}); later
 * elements are skipped. An AssetPairs answer holds about twenty tiers a pair, so this replaces
 * Jackson's array-shaped record binding where it costs most. A tier that is not an array, or has a
 * missing, null or non-decimal element, is refused naming the element, as the record's own checks
 * name it. Not API.
 *
 * <pre>{@code
 * @JsonDeserialize(using = FeeTierDeserializer.class) public record FeeTier(BigDecimal volume, BigDecimal percent) {}
 * }</pre>
 */
public final class FeeTierDeserializer extends ValueDeserializer<FeeTier> {
  @Override
  public FeeTier deserialize(JsonParser p, DeserializationContext ctxt) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ctxt.wrongTokenException(p, FeeTier.class, JsonToken.START_ARRAY, "a fee tier is [volume, percent]");
    }
    BigDecimal volume = element(p, ctxt, "volume");
    BigDecimal percent = element(p, ctxt, "percent");
    while (p.nextToken() != JsonToken.END_ARRAY) {
      p.skipChildren();
    }
    return new FeeTier(volume, percent);
  }

  private static BigDecimal element(JsonParser p, DeserializationContext ctxt, String field) {
    BigDecimal value = p.nextToken() == JsonToken.END_ARRAY ? null : JsonFields.decimal(p, ctxt, FeeTier.class, field);
    if (value == null) {
      throw JsonFields.instantiationFailure(ctxt, FeeTier.class,
          new IllegalArgumentException("required field '" + field + "' is missing or null"));
    }
    return value;
  }
}
