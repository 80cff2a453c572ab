package dev.signet.binance.internal;

import dev.signet.binance.spot.market.WindowSize;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks on Binance stream names, made before anything is sent: a name's characters, the
 * lowercase symbol prefix, the windows the rolling-window ticker streams have. Not API.
 *
 * <pre>{@code
 * String stream = BinanceStreamNames.of("BTCUSDT", "@trade"); // btcusdt@trade
 * }</pre>
 */
public final class BinanceStreamNames {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9!@_.\\-]{1,100}");

  private BinanceStreamNames() {}

  /**
   * A stream name as given, when Binance could accept it.
   *
   * @param stream the name
   * @return {@code stream}
   * @throws IllegalArgumentException naming the characters allowed
   */
  public static String check(String stream) {
    if (stream == null || !NAME.matcher(stream).matches()) {
      throw new IllegalArgumentException("stream '" + stream + "' is not a Binance stream name: letters, digits "
          + "and !@_.- only, 1 to 100 characters, e.g. btcusdt@trade");
    }
    return stream;
  }

  /**
   * The stream of a symbol: its checked, lowercased name and {@code suffix}.
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @param suffix e.g. {@code @trade}
   * @return e.g. {@code btcusdt@trade}
   */
  public static String of(String symbol, String suffix) {
    return Symbols.check("symbol", symbol).toLowerCase(Locale.ROOT) + suffix;
  }

  /**
   * The wire value of a window the rolling-window ticker streams have.
   *
   * @param window 1h, 4h or 1d
   * @return its wire value
   * @throws IllegalArgumentException for any other window
   */
  public static String window(WindowSize window) {
    String value = Objects.requireNonNull(window, "window").value();
    if (!value.equals("1h") && !value.equals("4h") && !value.equals("1d")) {
      throw new IllegalArgumentException("window " + value + " has no stream: the rolling-window ticker streams are "
          + "1h, 4h and 1d (WindowSize.hours(1), hours(4), days(1)); for other windows poll rollingTicker");
    }
    return value;
  }
}
