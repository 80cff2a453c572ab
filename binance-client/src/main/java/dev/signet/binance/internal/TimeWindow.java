package dev.signet.binance.internal;

import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@code startTime}/{@code endTime} pair of a Binance history query, and its rules, written
 * once for every query that has one: the times in order, the longest span the endpoint accepts,
 * the parameters Binance does not combine with times, and the two parameters in the order the docs
 * list them. Immutable: each setter returns a new window. Each check throws an
 * {@link IllegalArgumentException} naming the parameters and the fix. Not API.
 *
 * <pre>{@code
 * TimeWindow w = TimeWindow.NONE.from(start).to(end).check(TimeWindow.Span.atMost(Duration.ofHours(24)));
 * Params p = w.addTo(Params.of("symbol", "BTCUSDT"));   // symbol, startTime, endTime
 * }</pre>
 *
 * @param startTime the inclusive start, or null
 * @param endTime the inclusive end, or null
 */
public record TimeWindow(Instant startTime, Instant endTime) {
  /** No window: Binance's default range. */
  public static final TimeWindow NONE = new TimeWindow(null, null);

  /**
   * This window from {@code startTime}, inclusive.
   *
   * @param startTime the start
   * @return a new window
   * @throws NullPointerException when {@code startTime} is null
   */
  public TimeWindow from(Instant startTime) {
    return new TimeWindow(Objects.requireNonNull(startTime, "startTime"), endTime);
  }

  /**
   * This window up to {@code endTime}, inclusive.
   *
   * @param endTime the end
   * @return a new window
   * @throws NullPointerException when {@code endTime} is null
   */
  public TimeWindow to(Instant endTime) {
    return new TimeWindow(startTime, Objects.requireNonNull(endTime, "endTime"));
  }

  /**
   * Checks the start is not after the end and, when both are given, that {@code span} allows them.
   *
   * @param span the longest window the endpoint accepts
   * @return this window
   * @throws IllegalArgumentException when the times are out of order or too far apart
   */
  public TimeWindow check(Span span) {
    if (startTime == null || endTime == null) {
      return this;
    }
    if (startTime.isAfter(endTime)) {
      throw new IllegalArgumentException("startTime " + startTime + " is after endTime " + endTime + "; swap them.");
    }
    span.check(startTime, endTime);
    return this;
  }

  /**
   * Checks {@code param} is not given together with a time, which Binance refuses.
   *
   * @param param the parameter Binance does not combine with times, e.g. {@code fromId}
   * @param value its value, or null when not given
   * @return this window
   * @throws IllegalArgumentException naming {@code param} when both are given
   */
  public TimeWindow notWith(String param, Object value) {
    if (value != null && (startTime != null || endTime != null)) {
      throw new IllegalArgumentException(param + " cannot be combined with startTime/endTime, which Binance refuses;"
          + " query by " + param + " or by time, not both.");
    }
    return this;
  }

  /**
   * Adds {@code startTime} then {@code endTime} (epoch millis), each when given.
   *
   * @param params the parameters so far
   * @return {@code params}
   */
  public Params addTo(Params params) {
    return params.addIfPresent("startTime", startTime).addIfPresent("endTime", endTime);
  }

  /**
   * The longest window an endpoint accepts: any, at most a duration (the spot account histories:
   * 24 hours) or less than one (the wallet histories: 90 or 7 days). Example:
   * {@code TimeWindow.Span.lessThan(Duration.ofDays(90))}.
   *
   * @param max the longest span, or null for any
   * @param inclusive whether a span of exactly {@code max} is accepted
   */
  public record Span(Duration max, boolean inclusive) {
    /** Any span. */
    public static final Span ANY = new Span(null, true);

    /**
     * Spans up to {@code max} inclusive, refused with the length in hours.
     *
     * @param max the longest span
     * @return the rule
     */
    public static Span atMost(Duration max) {
      return new Span(Objects.requireNonNull(max, "max"), true);
    }

    /**
     * Spans shorter than {@code max}, refused with the length in days.
     *
     * @param max the first span refused
     * @return the rule
     */
    public static Span lessThan(Duration max) {
      return new Span(Objects.requireNonNull(max, "max"), false);
    }

    private void check(Instant start, Instant end) {
      if (max == null) {
        return;
      }
      int cmp = Duration.between(start, end).compareTo(max);
      if (inclusive && cmp > 0) {
        throw new IllegalArgumentException("startTime " + start + " to endTime " + end + " is longer than "
            + max.toHours() + " hours, which Binance refuses; query one " + max.toHours() + "-hour window at a time.");
      }
      if (!inclusive && cmp >= 0) {
        throw new IllegalArgumentException("startTime " + start + " and endTime " + end + " are " + max.toDays()
            + " days or more apart; Binance accepts less than " + max.toDays() + " days. Query in shorter ranges.");
      }
    }
  }
}
