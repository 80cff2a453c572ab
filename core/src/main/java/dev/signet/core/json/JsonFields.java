package dev.signet.core.json;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * Helpers for the few hand-written streaming deserializers of records that repeat thousands of
 * times in one response (balances), where Jackson's property-based record creation dominates the
 * decode: they read each field straight off the parser. Every helper accepts the exchanges' usual
 * spellings (a decimal as a JSON string or number, {@code null}) and reports anything else as a
 * Jackson exception, which Signet turns into {@code MalformedResponseException}.
 *
 * <pre>{@code
 * case "free" -> free = JsonFields.decimal(p, ctxt, Balance.class, "free");
 * }</pre>
 */
public final class JsonFields {
  private JsonFields() {}

  /**
   * Moves to the first property name of the object the parser is on (at its {@code START_OBJECT}
   * or already at a property name) and returns it, or null for an empty object.
   */
  public static String firstName(JsonParser p, DeserializationContext ctxt, Class<?> type) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return p.nextName();
    }
    if (t == JsonToken.PROPERTY_NAME) {
      return p.currentName();
    }
    throw ctxt.wrongTokenException(p, type, JsonToken.START_OBJECT, "expected a JSON object for " + type.getSimpleName());
  }

  /** The current value (the parser on it) as a {@link BigDecimal}; JSON null gives null. */
  public static BigDecimal decimal(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_STRING, "'" + field + "' must be a decimal");
    }
    String text = p.getString();
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw ctxt.weirdStringException(text, BigDecimal.class, "'" + field + "' of " + type.getSimpleName() + " is not a decimal");
    }
  }

  /** The current value as a string; JSON null gives null; numbers and booleans as their text. */
  public static String string(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getString();
  }
}
