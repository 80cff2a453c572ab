package dev.signet.kraken.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;

/**
 * The RFC 3339 timestamps of WebSocket v2 frames ({@code "2023-09-25T07:48:36.925533Z"}) read
 * straight off the parser's characters: the form Kraken sends (UTC, {@code Z}, up to nine
 * fraction digits, seconds 00–59) is read without {@code DateTimeFormatter}; every other value
 * goes to Jackson's own {@code Instant} decoding, so it accepts and refuses exactly what that does.
 * Not API.
 *
 * <pre>{@code
 * Instant at = StreamTimestamps.instant(p, ctxt);
 * }</pre>
 */
final class StreamTimestamps {
  private StreamTimestamps() {}

  /**
   * The current value as an instant; JSON null gives null.
   *
   * @param p the parser on the value
   * @param ctxt the context, for the general path
   * @return the instant, or null
   */
  static Instant instant(JsonParser p, DeserializationContext ctxt) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_STRING) {
      Instant fast = parse(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
      if (fast != null) {
        return fast;
      }
    }
    return ctxt.readValue(p, Instant.class);
  }

  /**
   * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} as an instant, or null for any other text.
   *
   * @param c the characters
   * @param o the first one's index
   * @param n how many
   * @return the instant, or null when the text is not of that form
   */
  static Instant parse(char[] c, int o, int n) {
    if (n < 20 || n > 30 || c[o + 4] != '-' || c[o + 7] != '-' || c[o + 10] != 'T' || c[o + 13] != ':'
        || c[o + 16] != ':' || c[o + n - 1] != 'Z') {
      return null;
    }
    int year = digits(c, o, 4);
    int month = digits(c, o + 5, 2);
    int day = digits(c, o + 8, 2);
    int hour = digits(c, o + 11, 2);
    int minute = digits(c, o + 14, 2);
    int second = digits(c, o + 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
        || second > 59) {
      return null;
    }
    int nanos = 0;
    int end = o + n - 1;
    if (end > o + 19) {
      int fraction = end - (o + 20);
      if (c[o + 19] != '.' || fraction < 1 || fraction > 9) {
        return null;
      }
      nanos = digits(c, o + 20, fraction);
      if (nanos < 0) {
        return null;
      }
      for (int i = fraction; i < 9; i++) {
        nanos *= 10;
      }
    }
    try {
      long days = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    } catch (DateTimeException e) {
      return null; // e.g. February 30: the general path refuses it in its own words
    }
  }

  private static int digits(char[] c, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = c[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }
}
