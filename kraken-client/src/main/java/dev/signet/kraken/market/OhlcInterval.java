package dev.signet.kraken.market;

/**
 * The candle widths {@code GET /0/public/OHLC} accepts, in minutes (its {@code interval} parameter).
 *
 * <pre>{@code
 * kraken.market().ohlc("XBTUSD", OhlcInterval.HOUR_1);
 * }</pre>
 */
public enum OhlcInterval {
  /** One minute (Kraken's default). */
  MINUTE_1(1),
  /** Five minutes. */
  MINUTE_5(5),
  /** Fifteen minutes. */
  MINUTE_15(15),
  /** Thirty minutes. */
  MINUTE_30(30),
  /** One hour. */
  HOUR_1(60),
  /** Four hours. */
  HOUR_4(240),
  /** One day. */
  DAY_1(1440),
  /** One week. */
  WEEK_1(10080),
  /** Fifteen days. */
  DAY_15(21600);

  private final int minutes;

  OhlcInterval(int minutes) {
    this.minutes = minutes;
  }

  /**
   * The width in minutes, as sent.
   *
   * @return the width in minutes, e.g. 60
   */
  public int minutes() {
    return minutes;
  }

  /**
   * The interval of {@code minutes}.
   *
   * @param minutes one of 1, 5, 15, 30, 60, 240, 1440, 10080, 21600
   * @return the interval
   * @throws IllegalArgumentException naming the allowed values when {@code minutes} is not one
   */
  public static OhlcInterval ofMinutes(int minutes) {
    for (OhlcInterval i : values()) {
      if (i.minutes == minutes) {
        return i;
      }
    }
    throw new IllegalArgumentException("interval " + minutes + " is not one Kraken accepts; use 1, 5, 15, 30, 60, 240,"
        + " 1440, 10080 or 21600 minutes.");
  }
}
