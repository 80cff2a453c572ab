package dev.signet.binance.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of the market-data calls that take loose arguments rather than a query record: a
 * {@code timeZone} Binance accepts, and a {@code limit} in range (the rule is {@link Paging}'s;
 * the time-window rules are {@link TimeWindow}'s). Each throws {@link IllegalArgumentException}
 * naming the parameter, the value and the fix. Not API.
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
   * {@code limit} when it is 1 to {@code max}, for the calls that page with {@code fromId} or times.
   *
   * @param limit the page size asked for
   * @param max the endpoint's largest page
   * @return {@code limit}
   * @throws IllegalArgumentException when it is out of range
   */
  public static int limit(int limit, int max) {
    return Paging.limit(max, "fromId or startTime/endTime").check(limit);
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
