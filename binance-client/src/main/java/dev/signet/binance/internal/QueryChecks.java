package dev.signet.binance.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks Binance's market-data queries share besides the symbol ({@link Symbols}): a
 * {@code limit} in range, a time range in order, a {@code timeZone} Binance accepts. Each throws
 * {@link IllegalArgumentException} naming the parameter, the value and the fix. Not API.
 *
 * <pre>{@code
 * QueryChecks.limit(limit, 1000);             // 1..1000
 * QueryChecks.timeZone("+05:45");             // hours or hh:mm, -12:00 to +14:00
 * }</pre>
 */
public final class QueryChecks {
  private static final Pattern TIME_ZONE = Pattern.compile("([+-]?)([0-9]{1,2})(?::([0-5][0-9]))?");

  private QueryChecks() {}

  /**
   * {@code limit} when it is 1 to {@code max}.
   *
   * @param limit the page size asked for
   * @param max the endpoint's largest page
   * @return {@code limit}
   * @throws IllegalArgumentException when it is out of range
   */
  public static int limit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw new IllegalArgumentException("limit " + limit + " is outside 1.." + max
          + "; ask for at most " + max + " and page with fromId or startTime/endTime for more.");
    }
    return limit;
  }

  /**
   * Checks {@code startTime} is not after {@code endTime} (either may be null).
   *
   * @param startTime the inclusive start, or null
   * @param endTime the inclusive end, or null
   * @throws IllegalArgumentException when both are given out of order
   */
  public static void timeRange(Instant startTime, Instant endTime) {
    if (startTime != null && endTime != null && startTime.isAfter(endTime)) {
      throw new IllegalArgumentException("startTime " + startTime + " is after endTime " + endTime + "; swap them.");
    }
  }

  /**
   * Checks {@code startTime} is not after {@code endTime} and, when both are given, that they are at
   * most 24 hours apart (Binance's account history queries refuse wider windows).
   *
   * @param startTime the inclusive start, or null
   * @param endTime the inclusive end, or null
   * @throws IllegalArgumentException when both are given out of order or more than 24 hours apart
   */
  public static void dayWindow(Instant startTime, Instant endTime) {
    timeRange(startTime, endTime);
    if (startTime != null && endTime != null && Duration.between(startTime, endTime).compareTo(Duration.ofHours(24)) > 0) {
      throw new IllegalArgumentException("startTime " + startTime + " to endTime " + endTime + " is longer than 24 hours,"
          + " which Binance refuses; query one 24-hour window at a time.");
    }
  }

  /**
   * Checks {@code param} is not given together with a time window ({@code startTime}/{@code endTime}).
   *
   * @param param the parameter Binance does not combine with times, e.g. {@code fromId}
   * @param value its value, or null when not given
   * @param startTime the start, or null
   * @param endTime the end, or null
   * @throws IllegalArgumentException naming {@code param} when both are given
   */
  public static void notWithTimes(String param, Object value, Instant startTime, Instant endTime) {
    if (value != null && (startTime != null || endTime != null)) {
      throw new IllegalArgumentException(param + " cannot be combined with startTime/endTime, which Binance refuses;"
          + " query by " + param + " or by time, not both.");
    }
  }

  /**
   * {@code timeZone} when Binance accepts it: hours ({@code 8}, {@code -1}) or hours and minutes
   * ({@code 05:45}, {@code -1:00}), from -12:00 to +14:00.
   *
   * @param timeZone the time zone as Binance spells it
   * @return {@code timeZone}
   * @throws IllegalArgumentException when Binance would refuse it
   */
  public static String timeZone(String timeZone) {
    Matcher m = timeZone == null ? null : TIME_ZONE.matcher(timeZone);
    if (m == null || !m.matches() || !inRange(m)) {
      throw new IllegalArgumentException("timeZone '" + timeZone + "' is not a Binance time zone: use hours (8, -1)"
          + " or hours and minutes (05:45, -1:00), from -12:00 to +14:00.");
    }
    return timeZone;
  }

  private static boolean inRange(Matcher m) {
    int minutes = Integer.parseInt(m.group(2)) * 60 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    return m.group(1).equals("-") ? minutes <= 12 * 60 : minutes <= 14 * 60;
  }
}
