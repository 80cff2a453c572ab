package dev.signet.binance.spot.market;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * A kline interval ({@code interval} of {@code klines} and {@code uiKlines}), as the Spot REST docs
 * list them; case-sensitive: {@code 1m} is a minute, {@code 1M} a month.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * List<Candle> hourly = client.spot().market().klines("BTCUSDT", Interval.ONE_HOUR);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code 1h}
 */
public record Interval(String value) implements WireValue {
  /** {@code 1s}: one second. */
  public static final Interval ONE_SECOND = new Interval("1s");
  /** {@code 1m}: one minute. */
  public static final Interval ONE_MINUTE = new Interval("1m");
  /** {@code 3m}: three minutes. */
  public static final Interval THREE_MINUTES = new Interval("3m");
  /** {@code 5m}: five minutes. */
  public static final Interval FIVE_MINUTES = new Interval("5m");
  /** {@code 15m}: fifteen minutes. */
  public static final Interval FIFTEEN_MINUTES = new Interval("15m");
  /** {@code 30m}: thirty minutes. */
  public static final Interval THIRTY_MINUTES = new Interval("30m");
  /** {@code 1h}: one hour. */
  public static final Interval ONE_HOUR = new Interval("1h");
  /** {@code 2h}: two hours. */
  public static final Interval TWO_HOURS = new Interval("2h");
  /** {@code 4h}: four hours. */
  public static final Interval FOUR_HOURS = new Interval("4h");
  /** {@code 6h}: six hours. */
  public static final Interval SIX_HOURS = new Interval("6h");
  /** {@code 8h}: eight hours. */
  public static final Interval EIGHT_HOURS = new Interval("8h");
  /** {@code 12h}: twelve hours. */
  public static final Interval TWELVE_HOURS = new Interval("12h");
  /** {@code 1d}: one day. */
  public static final Interval ONE_DAY = new Interval("1d");
  /** {@code 3d}: three days. */
  public static final Interval THREE_DAYS = new Interval("3d");
  /** {@code 1w}: one week. */
  public static final Interval ONE_WEEK = new Interval("1w");
  /** {@code 1M}: one month (upper-case M; {@code 1m} is a minute). */
  public static final Interval ONE_MONTH = new Interval("1M");

  private static final KnownValues<Interval> KNOWN = KnownValues.of(Interval.class, Interval::new,
      ONE_SECOND, ONE_MINUTE, THREE_MINUTES, FIVE_MINUTES, FIFTEEN_MINUTES, THIRTY_MINUTES, ONE_HOUR, TWO_HOURS, FOUR_HOURS, SIX_HOURS, EIGHT_HOURS, TWELVE_HOURS, ONE_DAY, THREE_DAYS, ONE_WEEK, ONE_MONTH);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code 1h}
   */
  public Interval {
    value = KnownValues.text(value, Interval.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, e.g. {@code 1h}
   * @return the constant spelled {@code value}, or a value holding {@code value} exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Interval of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} if the value is one of the documented constants, {@code false} for a value kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, in the order the docs list them
   */
  public static List<Interval> constants() {
    return KNOWN.constants();
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
