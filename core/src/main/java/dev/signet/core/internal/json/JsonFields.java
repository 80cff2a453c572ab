package dev.signet.core.internal.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Helpers for the few hand-written streaming deserializers of records that repeat thousands of
 * times in one response (balances) or sit on the hottest call path (the Binance account), where
 * Jackson's property-based record creation dominates the decode: they read each field straight off
 * the parser. Every helper accepts what {@code SignetJson} accepts for the same field (a decimal as
 * a JSON string or number, an integer as a number or an integer in a string) and refuses what it
 * refuses (a JSON null for a primitive, a number where a string belongs, a decimal longer than the
 * parser's number limit), as a Jackson exception naming the field, which Signet turns into
 * {@code MalformedResponseException}. A reference value that is JSON null comes back null, for the
 * record's constructor to check ({@link Required}); {@link #instantiationFailure} reports its
 * refusal exactly as Jackson reports a record constructor that throws.
 *
 * <pre>{@code
 * case "free" -> free = JsonFields.decimal(p, ctxt, Balance.class, "free");
 * ...
 * try {
 *   return new Balance(asset, free, locked);
 * } catch (IllegalArgumentException e) {
 *   throw JsonFields.instantiationFailure(ctxt, Balance.class, e);
 * }
 * }</pre>
 */
public final class JsonFields {
  /** The longest decimal string read without the number-length check: 18 digits, a sign and a point. */
  private static final int MAX_FAST_LENGTH = 20;

  private JsonFields() {}

  /**
   * Moves to the first property name of the object the parser is on (at its {@code START_OBJECT}
   * or already at a property name) and returns it, or null for an empty object.
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @return the first property name, or null when the object is empty
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

  /**
   * The current value (the parser on it) as a {@link BigDecimal}; JSON null gives null.
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @return the current value (the parser on it) as a {@link BigDecimal}; JSON null gives null
   */
  public static BigDecimal decimal(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    // the usual case, a short decimal string, first; the refusals and the other token types apart
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      int length = p.getStringLength();
      if (length <= MAX_FAST_LENGTH) {
        BigDecimal value = parseDecimal(p.getStringCharacters(), p.getStringOffset(), length);
        if (value != null) {
          return value;
        }
      }
    }
    return decimalOtherwise(p, ctxt, type, field);
  }

  private static BigDecimal decimalOtherwise(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_STRING, "'" + field + "' must be a decimal");
    }
    int length = p.getStringLength();
    if (t == JsonToken.VALUE_STRING) {
      p.streamReadConstraints().validateFPLength(length); // a number token was checked by the parser itself
    }
    BigDecimal value = parseDecimal(p.getStringCharacters(), p.getStringOffset(), length);
    if (value == null) {
      String text = p.getString();
      throw ctxt.weirdStringException(text, BigDecimal.class, "'" + field + "' of " + type.getSimpleName() + " is not a decimal");
    }
    return value;
  }

  /**
   * The decimal in {@code chars[offset, offset + length)}, exactly as {@code new BigDecimal(text)}
   * gives it (same unscaled value and scale), or null when it is not a decimal. The exchanges'
   * usual form, an optional minus sign and at most 18 digits around one optional point, is read
   * into a {@code long} without the general parser; anything else (exponents, longer numbers, a
   * plus sign) goes to {@code BigDecimal}'s own parser.
   *
   * @param chars the characters holding the decimal
   * @param offset the index of the first character
   * @param length the number of characters
   * @return the decimal in {@code chars[offset, offset + length)}, exactly as {@code new BigDecimal(text)} gives it (same unscaled value and scale), or null when it is not a decimal
   */
  public static BigDecimal parseDecimal(char[] chars, int offset, int length) {
    int end = offset + length;
    int i = offset;
    boolean negative = i < end && chars[i] == '-';
    if (negative) {
      i++;
    }
    // two plain digit loops, before and after the point: no per-character point or count bookkeeping;
    // times ten as (x + 4x) * 2, two address additions, rather than a multiply on the digit chain
    int start = i;
    long unscaled = 0;
    for (int d; i < end && (d = (char) (chars[i] - '0')) <= 9; i++) {
      unscaled = ((unscaled + (unscaled << 2)) << 1) + d;
    }
    int scale = 0;
    if (i < end && chars[i] == '.') {
      int fraction = ++i;
      for (int d; i < end && (d = (char) (chars[i] - '0')) <= 9; i++) {
        unscaled = ((unscaled + (unscaled << 2)) << 1) + d;
      }
      scale = i - fraction;
      start++; // the point is not a digit
    }
    int digits = i - start;
    if (i == end && digits > 0 && digits <= 18) {
      return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }
    return generalDecimal(chars, offset, length);
  }

  private static BigDecimal generalDecimal(char[] chars, int offset, int length) {
    try {
      return new BigDecimal(chars, offset, length);
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  /**
   * The current value as a string; JSON null gives null; a number, boolean, array or object is refused.
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @return the current value as a string; JSON null gives null; a number, boolean, array or object is refused
   */
  public static String string(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_STRING, "'" + field + "' must be a string");
    }
    return p.getString();
  }

  /**
   * The current value as a {@code long}: a JSON integer or an integer in a string; JSON null is refused.
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @return the current value as a {@code long}: a JSON integer or an integer in a string; JSON null is refused
   */
  public static long longValue(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getString().trim();
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw ctxt.weirdStringException(text, long.class, "'" + field + "' of " + type.getSimpleName() + " is not an integer");
      }
    }
    throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_NUMBER_INT, "'" + field + "' must be an integer");
  }

  /**
   * The current value as an {@code int}, as {@link #longValue} and within the {@code int} range.
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @return the current value as an {@code int}, as {@link #longValue} and within the {@code int} range
   */
  public static int intValue(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    long value = longValue(p, ctxt, type, field);
    if (value != (int) value) {
      throw ctxt.weirdNumberException(value, int.class, "'" + field + "' of " + type.getSimpleName() + " is out of int range");
    }
    return (int) value;
  }

  /**
   * The current value as a {@code boolean}: JSON true/false or the strings {@code "true"}/{@code "false"}; null is refused.
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @return the current value as a {@code boolean}: JSON true/false or the strings {@code "true"}/{@code "false"}; null is refused
   */
  public static boolean bool(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return t == JsonToken.VALUE_TRUE;
    }
    if (t == JsonToken.VALUE_STRING) {
      String text = p.getString().trim();
      if (text.equals("true") || text.equals("false")) {
        return text.equals("true");
      }
      throw ctxt.weirdStringException(text, boolean.class, "'" + field + "' of " + type.getSimpleName() + " is not a boolean");
    }
    throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_TRUE, "'" + field + "' must be a boolean");
  }

  /**
   * The current value, epoch milliseconds, as an {@link Instant}; JSON null gives null.
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @return the current value, epoch milliseconds, as an {@link Instant}; JSON null gives null
   */
  public static Instant epochMillis(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    return p.currentToken() == JsonToken.VALUE_NULL ? null : Instant.ofEpochMilli(longValue(p, ctxt, type, field));
  }

  /**
   * The current value, a JSON array of strings, as a list; JSON null gives null.
   *
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @return the current value, a JSON array of strings, as a list; JSON null gives null
   */
  public static List<String> strings(JsonParser p, DeserializationContext ctxt, Class<?> type, String field) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw ctxt.wrongTokenException(p, type, JsonToken.START_ARRAY, "'" + field + "' must be an array of strings");
    }
    List<String> values = new ArrayList<>();
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
        throw ctxt.wrongTokenException(p, type, JsonToken.VALUE_STRING, "'" + field + "' must be an array of strings");
      }
      values.add(string(p, ctxt, type, field));
    }
    return values;
  }

  /**
   * The current value, a JSON array of objects, each decoded by {@code element} (the parser on the
   * element's {@code START_OBJECT}); JSON null gives null.
   *
   * @param <T> the decoded result type
   * @param p the parser positioned at the value
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @param element the decoder of one element
   * @return the current value, a JSON array of objects, each decoded by {@code element} (the parser on the element's {@code START_OBJECT}); JSON null gives null
   */
  public static <T> List<T> objects(JsonParser p, DeserializationContext ctxt, Class<?> type, String field,
      ValueDeserializer<T> element) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      throw ctxt.wrongTokenException(p, type, JsonToken.START_ARRAY, "'" + field + "' must be an array");
    }
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.deserialize(p, ctxt));
    }
    return values;
  }

  /**
   * The error for a required primitive field the object lacked (the parser past its end):
   * "required field 'name' is missing or null", as a Jackson exception.
   *
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param field the field being decoded, named in errors
   * @return the error for a required primitive field the object lacked (the parser past its end): "required field 'name' is missing or null", as a Jackson exception
   */
  public static DatabindException missing(DeserializationContext ctxt, Class<?> type, String field) {
    return DatabindException.from(ctxt, Required.message(field) + " (in " + type.getSimpleName() + ")");
  }

  /**
   * The error for a record constructor that refused the decoded fields, worded as Jackson words it
   * for a record it builds itself ("Cannot construct instance of `...`, problem: ...").
   *
   * @param ctxt the Jackson deserialization context
   * @param type the record being decoded, named in errors
   * @param refusal the exception the constructor threw
   * @return the error for a record constructor that refused the decoded fields, worded as Jackson words it for a record it builds itself ("Cannot construct instance of `...`, problem: ...")
   */
  public static DatabindException instantiationFailure(DeserializationContext ctxt, Class<?> type,
      IllegalArgumentException refusal) {
    return ctxt.instantiationException(type, refusal);
  }
}
