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
 * name it. {@link #read(JsonParser, DeserializationContext, FeeTier)} takes the tier expected at
 * this place (the previous pair's) and returns that very tier when both numbers are sent as it
 * prints them, making nothing. Not API.
 *
 * <pre>{@code
 * @JsonDeserialize(using = FeeTierDeserializer.class) public record FeeTier(BigDecimal volume, BigDecimal percent) {}
 * }</pre>
 */
public final class FeeTierDeserializer extends ValueDeserializer<FeeTier> {
  @Override
  public FeeTier deserialize(JsonParser p, DeserializationContext ctxt) {
    return read(p, ctxt, null);
  }

  /**
   * The tier the parser is on (its {@code START_ARRAY}), read to its end: {@code expected} itself
   * when both numbers' characters are those of {@code expected}'s {@code toString()} (which
   * {@code new BigDecimal} reads back to the same value and scale), else a new tier.
   *
   * @param p the parser on the tier's {@code START_ARRAY}
   * @param ctxt the Jackson deserialization context
   * @param expected the tier expected here, or null
   * @return the tier
   */
  static FeeTier read(JsonParser p, DeserializationContext ctxt, FeeTier expected) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ctxt.wrongTokenException(p, FeeTier.class, JsonToken.START_ARRAY, "a fee tier is [volume, percent]");
    }
    BigDecimal volume = element(p, ctxt, "volume", expected == null ? null : expected.volume());
    BigDecimal percent = element(p, ctxt, "percent", expected == null ? null : expected.percent());
    while (p.nextToken() != JsonToken.END_ARRAY) {
      p.skipChildren();
    }
    if (expected != null && volume == expected.volume() && percent == expected.percent()) {
      return expected;
    }
    return new FeeTier(volume, percent);
  }

  private static BigDecimal element(JsonParser p, DeserializationContext ctxt, String field, BigDecimal expected) {
    JsonToken t = p.nextToken();
    if (expected != null && (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
        || t == JsonToken.VALUE_STRING) && sameText(p, expected.toString())) {
      return expected;
    }
    BigDecimal value = t == JsonToken.END_ARRAY ? null : JsonFields.decimal(p, ctxt, FeeTier.class, field);
    if (value == null) {
      throw JsonFields.instantiationFailure(ctxt, FeeTier.class,
          new IllegalArgumentException("required field '" + field + "' is missing or null"));
    }
    return value;
  }

  private static boolean sameText(JsonParser p, String text) {
    int length = p.getStringLength();
    if (length != text.length()) {
      return false;
    }
    char[] chars = p.getStringCharacters();
    int offset = p.getStringOffset();
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
