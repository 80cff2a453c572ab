package dev.signet.kraken.internal;

import dev.signet.core.internal.Checks;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The early checks of the market-data parameters: pair names, counts in a range, values from a
 * documented set; each failure names the parameter and what to pass instead. Not API.
 *
 * <pre>{@code
 * int count = MarketChecks.range(count, 1, 500, "count");
 * }</pre>
 */
public final class MarketChecks {
  private MarketChecks() {}

  /**
   * A pair name as Kraken's comma lists need it: not blank, no comma.
   *
   * @param name the pair name, e.g. {@code XBTUSD}
   * @param parameter the parameter, for the message
   * @return {@code name}
   * @throws IllegalArgumentException when it is blank or holds a comma
   */
  public static String pairName(String name, String parameter) {
    Checks.notBlank(name, parameter, "a pair such as XBTUSD, XXBTZUSD or BTC/USD");
    if (name.indexOf(',') >= 0) {
      throw new IllegalArgumentException(parameter + " '" + name + "' holds a comma; pass each pair as its own name.");
    }
    return name;
  }

  /**
   * {@code value} when it lies in {@code [min, max]}.
   *
   * @param value the value
   * @param min the smallest allowed
   * @param max the largest allowed
   * @param parameter the parameter, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the parameter and the range
   */
  public static int range(int value, int min, int max, String parameter) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(parameter + " must be " + min + " to " + max + "; got " + value + ".");
    }
    return value;
  }

  /**
   * {@code value} when it is one of {@code allowed}.
   *
   * @param value the value
   * @param allowed the documented values
   * @param parameter the parameter, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming the parameter and the allowed values
   */
  public static int oneOf(int value, int[] allowed, String parameter) {
    for (int a : allowed) {
      if (a == value) {
        return value;
      }
    }
    throw new IllegalArgumentException(parameter + " must be one of "
        + Arrays.stream(allowed).mapToObj(Integer::toString).collect(Collectors.joining(", ")) + "; got " + value + ".");
  }
}
