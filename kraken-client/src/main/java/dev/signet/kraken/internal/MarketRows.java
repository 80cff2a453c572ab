package dev.signet.kraken.internal;

import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads Kraken's positional market-data rows ({@code [int time, "open", ...]}) straight off the
 * parser: each element is taken as what the docs say it is (a decimal as a JSON string or number,
 * an integer, a string, a time in unix seconds with or without a fraction), and anything else is
 * refused with an {@link IllegalArgumentException} naming the member, the row and the field, which
 * the executor turns into {@code MalformedResponseException}. Times never pass through
 * {@code double}: the number's text is read as a decimal. Not API.
 *
 * <pre>{@code
 * List<Candle> candles = MarketRows.rows(p, "XXBTZUSD", (q, at) -> new Candle(MarketRows.seconds(q, at, "time"), ...));
 * }</pre>
 */
public final class MarketRows {
  private MarketRows() {}

  /**
   * Reads one row; the parser is on the row's {@code START_ARRAY} and each helper moves to the next element.
   *
   * @param <T> the row's type
   */
  @FunctionalInterface
  public interface Row<T> {
    /**
     * The row's value.
     *
     * @param p the parser, on the row's {@code START_ARRAY}
     * @param at where the row is, e.g. {@code XXBTZUSD[3]}, for messages (its {@code toString()}, made only for one)
     * @return the row's value
     */
    T read(JsonParser p, Object at);
  }

  /**
   * The token the parser is on, or the next one when it is on none.
   *
   * @param p the parser
   * @return the current token
   */
  public static JsonToken begin(JsonParser p) {
    return p.currentToken() == null ? p.nextToken() : p.currentToken();
  }

  /**
   * Checks the parser is on {@code expected}.
   *
   * @param p the parser
   * @param expected the token the docs promise
   * @param at where, for the message
   * @param what what the docs promise, e.g. {@code an array of rows}
   */
  public static void expect(JsonParser p, JsonToken expected, String at, String what) {
    JsonToken t = p.currentToken();
    if (t != expected) {
      throw new IllegalArgumentException(at + ": expected " + what + ", found " + describe(t));
    }
  }

  /**
   * The array of rows the parser is on, each read by {@code row}; extra elements after a row's documented ones are skipped.
   *
   * @param <T> the row's type
   * @param p the parser, on the array's {@code START_ARRAY}
   * @param at where the array is, e.g. {@code XXBTZUSD}
   * @param row reads one row
   * @return the rows in order, unmodifiable
   */
  public static <T> List<T> rows(JsonParser p, String at, Row<T> row) {
    return rows(p, at, 16, row);
  }

  /**
   * The array of rows the parser is on, as {@link #rows(JsonParser, String, Row)}, room made for
   * {@code expected} rows at first (the most the endpoint sends, when that is also what it usually
   * sends). The list is {@link List#of}'s, so the answer records' {@code List.copyOf} keeps it as
   * it is rather than copying every row's reference twice.
   *
   * @param <T> the row's type
   * @param p the parser, on the array's {@code START_ARRAY}
   * @param at where the array is, e.g. {@code XXBTZUSD}
   * @param expected how many rows to make room for at first (at least 1)
   * @param row reads one row
   * @return the rows in order, unmodifiable
   */
  @SuppressWarnings("unchecked")
  public static <T> List<T> rows(JsonParser p, String at, int expected, Row<T> row) {
    expect(p, JsonToken.START_ARRAY, at, "an array of rows");
    Object[] out = new Object[expected];
    int n = 0;
    RowAt here = new RowAt(at);
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      here.index = n;
      if (t != JsonToken.START_ARRAY) {
        expect(p, JsonToken.START_ARRAY, here.toString(), "a row (a JSON array)");
      }
      T value = row.read(p, here);
      if (value == null) {
        throw new IllegalArgumentException(here + ": the row decoded to nothing");
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = value;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        p.skipChildren();
      }
    }
    return (List<T>) List.of(n == out.length ? out : Arrays.copyOf(out, n));
  }

  /**
   * The next element as a decimal: a JSON string or number, read from its text.
   *
   * @param p the parser
   * @param at the row, for messages
   * @param field the element's name, for messages
   * @return the decimal
   */
  public static BigDecimal decimal(JsonParser p, Object at, String field) {
    return decimalHere(next(p, at, field), at, field);
  }

  /**
   * The current value as a decimal: a JSON string or number, read from its text.
   *
   * @param p the parser, on the value
   * @param at where, for messages
   * @param field the value's name, for messages
   * @return the decimal
   */
  public static BigDecimal decimalHere(JsonParser p, Object at, String field) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new IllegalArgumentException(at + "." + field + ": expected a decimal, found " + describe(t));
    }
    BigDecimal value = JsonFields.parseDecimal(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
    if (value == null) {
      throw new IllegalArgumentException(at + "." + field + ": '" + p.getString() + "' is not a decimal");
    }
    return value;
  }

  /**
   * The next element as a JSON integer that fits a {@code long}.
   *
   * @param p the parser
   * @param at the row, for messages
   * @param field the element's name, for messages
   * @return the integer
   */
  public static long integer(JsonParser p, Object at, String field) {
    return integerHere(next(p, at, field), at, field);
  }

  /**
   * The current value as a JSON integer that fits a {@code long}.
   *
   * @param p the parser, on the value
   * @param at where, for messages
   * @param field the value's name, for messages
   * @return the integer
   */
  public static long integerHere(JsonParser p, Object at, String field) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw new IllegalArgumentException(at + "." + field + ": expected an integer that fits a long, found "
          + describe(p.currentToken()));
    }
    return p.getLongValue();
  }

  /**
   * The next element as a JSON string.
   *
   * @param p the parser
   * @param at the row, for messages
   * @param field the element's name, for messages
   * @return the string
   */
  public static String string(JsonParser p, Object at, String field) {
    if (next(p, at, field).currentToken() != JsonToken.VALUE_STRING) {
      throw new IllegalArgumentException(at + "." + field + ": expected a string, found " + describe(p.currentToken()));
    }
    return p.getString();
  }

  /**
   * The next element, unix seconds with or without a fraction (a JSON number or string), as the exact instant.
   *
   * @param p the parser
   * @param at the row, for messages
   * @param field the element's name, for messages
   * @return the instant, to the nanosecond as sent
   */
  public static Instant seconds(JsonParser p, Object at, String field) {
    JsonToken t = next(p, at, field).currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_STRING) {
      Instant fast = plainSeconds(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (fast != null) {
        return fast;
      }
    }
    return instant(decimalHere(p, at, field), at + "." + field);
  }

  /**
   * The common form, digits with at most nine fractional digits (more only when zeros), read
   * without a {@code BigDecimal}; null for anything else (a sign, an exponent, out of range), which
   * the general path then reads or refuses.
   */
  private static Instant plainSeconds(char[] c, int offset, int length) {
    int end = offset + length;
    int i = offset;
    long whole = 0;
    for (; i < end && c[i] >= '0' && c[i] <= '9' && i - offset < 18; i++) {
      whole = whole * 10 + (c[i] - '0');
    }
    if (i == offset) {
      return null;
    }
    long nanos = 0;
    int fraction = 0;
    if (i < end && c[i] == '.') {
      for (i++; i < end && c[i] >= '0' && c[i] <= '9'; i++, fraction++) {
        if (fraction < 9) {
          nanos = nanos * 10 + (c[i] - '0');
        } else if (c[i] != '0') {
          return null;
        }
      }
    }
    if (i != end) {
      return null;
    }
    for (; fraction < 9; fraction++) {
      nanos *= 10;
    }
    try {
      return Instant.ofEpochSecond(whole, nanos);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /**
   * The instant {@code seconds} after the epoch, exactly.
   *
   * @param seconds unix seconds, at most 9 fractional digits that are not zero
   * @param at where, for messages
   * @return the instant
   * @throws IllegalArgumentException when the time has more precision than a nanosecond or is out of range
   */
  public static Instant instant(BigDecimal seconds, String at) {
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    BigDecimal nanos = seconds.subtract(whole).movePointRight(9);
    try {
      return Instant.ofEpochSecond(whole.longValueExact(), nanos.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw new IllegalArgumentException(at + ": " + seconds.toPlainString()
          + " is not a time in unix seconds to the nanosecond");
    }
  }

  /** Where a row is, {@code <array>[<index>]}: rendered only for a message. */
  private static final class RowAt {
    private final String array;
    private int index;

    private RowAt(String array) {
      this.array = array;
    }

    @Override
    public String toString() {
      return array + "[" + index + "]";
    }
  }

  private static JsonParser next(JsonParser p, Object at, String field) {
    if (p.nextToken() == JsonToken.END_ARRAY) {
      throw new IllegalArgumentException(at + "." + field + ": the row ends before it");
    }
    return p;
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the answer";
    }
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }
}
