package dev.signet.binance.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The UTC date-time text some SAPI answers carry instead of epoch millis ({@code applyTime} and
 * {@code completeTime} of the withdrawal history: {@code 2019-10-12 11:12:02}). Not API.
 *
 * <pre>{@code
 * Instant t = UtcText.parse("2019-10-12 11:12:02");   // 2019-10-12T11:12:02Z
 * }</pre>
 */
public final class UtcText {
  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  private UtcText() {}

  /**
   * The instant {@code text} names, read as UTC.
   *
   * @param text e.g. {@code 2019-10-12 11:12:02}
   * @return the instant
   * @throws IllegalArgumentException when the text has another shape
   */
  public static Instant parse(String text) {
    try {
      return LocalDateTime.parse(text, FORMAT).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a UTC time of the form yyyy-MM-dd HH:mm:ss");
    }
  }

  /**
   * Checks {@code text} parses, for a record's compact constructor, naming the field when not.
   *
   * @param text the field's value
   * @param field the field's name
   * @throws IllegalArgumentException naming the field when the text has another shape
   */
  public static void check(String text, String field) {
    try {
      parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("field '" + field + "': " + e.getMessage());
    }
  }
}
