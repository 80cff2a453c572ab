package dev.signet.binance.spot.market;

import dev.signet.core.WireValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window of the rolling-window ticker ({@code windowSize} of {@code GET /api/v3/ticker}):
 * {@code 1m}…{@code 59m}, {@code 1h}…{@code 23h} or {@code 1d}…{@code 7d}; units cannot be mixed
 * ({@code 1d2h} is refused). Binance's default is {@code 1d}. Checked when made, so a window
 * Binance would reject is never sent.
 *
 * <pre>{@code
 * WindowTicker t = client.spot().market().rollingTicker("BTCUSDT", WindowSize.hours(4));
 * WindowSize w = WindowSize.of("15m");
 * }</pre>
 *
 * @param value the wire value, e.g. {@code 15m}
 */
public record WindowSize(String value) implements WireValue {
  private static final Pattern SYNTAX = Pattern.compile("([1-9][0-9]?)([mhd])");

  /**
   * Checks the value is a window Binance accepts.
   *
   * @param value the wire value, e.g. {@code 15m}
   * @throws IllegalArgumentException naming the value and the accepted ranges
   */
  public WindowSize {
    Matcher m = value == null ? null : SYNTAX.matcher(value);
    int max = m == null || !m.matches() ? 0 : switch (m.group(2)) {
      case "m" -> 59;
      case "h" -> 23;
      default -> 7;
    };
    if (max == 0 || Integer.parseInt(m.group(1)) > max) {
      throw new IllegalArgumentException("windowSize '" + value + "' is not a Binance window: use 1m to 59m,"
          + " 1h to 23h or 1d to 7d, one unit only (e.g. 15m, 4h, 7d).");
    }
  }

  /**
   * The window spelled {@code value}, e.g. {@code 15m}.
   *
   * @param value the wire value
   * @return the window
   * @throws IllegalArgumentException when Binance would not accept it
   */
  public static WindowSize of(String value) {
    return new WindowSize(value);
  }

  /**
   * A window of {@code n} minutes, 1 to 59.
   *
   * @param n the minutes
   * @return the window {@code <n>m}
   */
  public static WindowSize minutes(int n) {
    return new WindowSize(n + "m");
  }

  /**
   * A window of {@code n} hours, 1 to 23.
   *
   * @param n the hours
   * @return the window {@code <n>h}
   */
  public static WindowSize hours(int n) {
    return new WindowSize(n + "h");
  }

  /**
   * A window of {@code n} days, 1 to 7.
   *
   * @param n the days
   * @return the window {@code <n>d}
   */
  public static WindowSize days(int n) {
    return new WindowSize(n + "d");
  }

  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
