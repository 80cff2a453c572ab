package dev.signet.kraken.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Kraken's unix-second timestamps ({@code 1688667796.8802} as a JSON number, or {@code "1688667796"}
 * as a string) to {@link Instant}, exactly: the number's text is read as a decimal, never through
 * {@code double}; more than nine fractional digits, or text that is not a decimal, is refused naming
 * the field. Also the request side: an {@link Instant} to whole unix seconds. Not API.
 *
 * <pre>{@code
 * @JsonDeserialize(using = AccountSeconds.class) Instant time
 * Instant t = AccountSeconds.parse("1688667796.8802", "time");
 * }</pre>
 */
public class AccountSeconds extends ValueDeserializer<Instant> {
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  /** The deserializer; stateless. */
  public AccountSeconds() {}

  /**
   * The instant {@code text} (unix seconds with an optional fraction) names, exactly.
   *
   * @param text the decimal text, e.g. {@code 1688667796.8802}
   * @param field the field, for the message
   * @return the instant, to the nanosecond
   * @throws IllegalArgumentException naming the field when the text is not such a number
   */
  public static Instant parse(String text, String field) {
    return of(decimal(text, field), field);
  }

  private static BigDecimal decimal(String text, String field) {
    try {
      return new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("field '" + field + "' is not unix seconds: '" + text + "'");
    }
  }

  /**
   * The instant {@code seconds} names, exactly.
   *
   * @param seconds unix seconds with an optional fraction
   * @param field the field, for the message
   * @return the instant, to the nanosecond
   * @throws IllegalArgumentException naming the field past nanosecond precision or the range of {@link Instant}
   */
  public static Instant of(BigDecimal seconds, String field) {
    try {
      BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
      int nanos = seconds.subtract(whole).multiply(NANOS_PER_SECOND).intValueExact();
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("field '" + field + "' is not unix seconds to the nanosecond: "
          + seconds.toPlainString());
    }
  }

  /**
   * The unix seconds Kraken takes for {@code value} (start, end, starttm, …).
   *
   * @param value the instant, a whole second
   * @param name the parameter, for the message
   * @return the unix seconds, in decimal
   * @throws IllegalArgumentException naming the parameter when {@code value} has a fraction of a second
   */
  public static String wholeSeconds(Instant value, String name) {
    if (value.getNano() != 0) {
      throw new IllegalArgumentException(name + " " + value + " has a fraction of a second; Kraken takes whole unix"
          + " seconds: pass value.truncatedTo(ChronoUnit.SECONDS) or the next whole second.");
    }
    return Long.toString(value.getEpochSecond());
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) {
    String field = p.currentName() == null ? "time" : p.currentName();
    JsonToken t = p.currentToken();
    BigDecimal seconds;
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      seconds = p.getDecimalValue();
    } else if (t == JsonToken.VALUE_STRING) {
      seconds = decimal(p.getString(), field);
    } else {
      throw new IllegalArgumentException("field '" + field + "' must be unix seconds, found " + t);
    }
    return unset(seconds) ? null : of(seconds, field);
  }

  /** True when {@code seconds} means "not set" (only in {@link ZeroUnset}). */
  boolean unset(BigDecimal seconds) {
    return false;
  }

  /**
   * As {@link AccountSeconds}, with {@code 0} (or {@code "0"}) meaning unset: gives null.
   *
   * <p>Example: {@code @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant validUntil}.
   */
  public static final class ZeroUnset extends AccountSeconds {
    /** The deserializer; stateless. */
    public ZeroUnset() {}

    @Override
    boolean unset(BigDecimal seconds) {
      return seconds.signum() == 0;
    }
  }
}
