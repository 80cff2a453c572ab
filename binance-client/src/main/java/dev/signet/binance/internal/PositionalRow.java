package dev.signet.binance.internal;

import dev.signet.core.internal.json.JsonFields;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads one row Binance sends as a positional JSON array (a kline, an order-book level) element by
 * element, each named for the errors: a row that is not an array, ends early, or holds a value of
 * the wrong type fails as a Jackson exception naming the element, e.g. "kline element 4 (close) is
 * missing: the row has 4 elements, 11 are documented". Elements after the documented ones are
 * skipped. Not API.
 *
 * <pre>{@code
 * PositionalRow row = PositionalRow.start(p, ctxt, Candle.class, "kline", 11);
 * Instant open = row.instant("openTime");
 * BigDecimal close = row.decimal("close");
 * row.end();
 * }</pre>
 */
final class PositionalRow {
  private final JsonParser p;
  private final DeserializationContext ctxt;
  private final Class<?> type;
  private final String what;
  private final int documented;
  private int index;

  private PositionalRow(JsonParser p, DeserializationContext ctxt, Class<?> type, String what, int documented) {
    this.p = p;
    this.ctxt = ctxt;
    this.type = type;
    this.what = what;
    this.documented = documented;
  }

  /** Starts reading the array the parser is on. */
  static PositionalRow start(JsonParser p, DeserializationContext ctxt, Class<?> type, String what, int documented) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw ctxt.wrongTokenException(p, type, JsonToken.START_ARRAY,
          "a " + what + " is a JSON array of " + documented + " elements");
    }
    return new PositionalRow(p, ctxt, type, what, documented);
  }

  /** The next element as a decimal (a JSON string or number). */
  BigDecimal decimal(String name) {
    next(name);
    BigDecimal value = JsonFields.decimal(p, ctxt, type, name);
    if (value == null) {
      throw failure(index - 1, name, "is null");
    }
    return value;
  }

  /** The next element as a {@code long} (a JSON integer). */
  long longValue(String name) {
    next(name);
    return JsonFields.longValue(p, ctxt, type, name);
  }

  /** The next element, epoch milliseconds, as an instant. */
  Instant instant(String name) {
    return Instant.ofEpochMilli(longValue(name));
  }

  /** Skips any elements after the documented ones, leaving the parser on the row's end. */
  void end() {
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null) {
        throw failure(index, "end", "is missing: the array does not end");
      }
      p.skipChildren();
    }
  }

  private void next(String name) {
    JsonToken t = p.nextToken();
    if (t == JsonToken.END_ARRAY || t == null) {
      throw failure(index, name, "is missing: the row has " + index + " elements, " + documented + " are documented");
    }
    index++;
  }

  private RuntimeException failure(int position, String name, String why) {
    return MismatchedInputException.from(p, type, what + " element " + position + " (" + name + ") " + why);
  }
}
