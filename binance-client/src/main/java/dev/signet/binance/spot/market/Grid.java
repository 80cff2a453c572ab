package dev.signet.binance.spot.market;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The arithmetic behind {@link SymbolRules}, written once: rounding to a step, the precision check
 * ({@code -1111}), the min/max/step check of a filter and the notional check, each failing with
 * an {@link IllegalArgumentException} that names the filter, the value and the nearest valid values.
 *
 * <p>Example: {@code Grid.round("price", p, "tickSize", tick, RoundingMode.DOWN, "BTCUSDT")}.
 */
final class Grid {
  private Grid() {}

  /** {@code value} rounded to a multiple of {@code step} (unchanged when step is null or 0). */
  static BigDecimal round(String what, BigDecimal value, String stepName, BigDecimal step, RoundingMode mode,
      String symbol) {
    Objects.requireNonNull(value, what);
    Objects.requireNonNull(mode, "mode");
    if (step == null || step.signum() == 0) {
      return value;
    }
    try {
      return toStep(value, step, mode);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " " + value.toPlainString() + " of " + symbol + " is not a multiple of "
          + stepName + " " + step.toPlainString() + " and RoundingMode.UNNECESSARY forbids rounding; the nearest valid "
          + plural(what) + " are " + nearest(value, step) + ".");
    }
  }

  /** Checks {@code value} has at most {@code precision} decimals, as Binance does ({@code -1111}). */
  static void precision(String what, BigDecimal value, int precision, String precisionName, String symbol) {
    Objects.requireNonNull(value, what);
    if (value.scale() > precision) {
      BigDecimal down = value.setScale(precision, RoundingMode.DOWN);
      BigDecimal up = value.setScale(precision, RoundingMode.UP);
      throw new IllegalArgumentException(what + " " + value.toPlainString() + " has " + value.scale() + " decimals; "
          + symbol + " allows at most " + precision + " (" + precisionName + ") and Binance answers -1111 BAD_PRECISION;"
          + " the nearest valid " + (down.compareTo(up) == 0 ? what + " is " + down.toPlainString()
              : plural(what) + " are " + down.toPlainString() + " and " + up.toPlainString()) + ".");
    }
  }

  /** Checks {@code value} against a filter's minimum, maximum and step (a zero one is not checked). */
  static BigDecimal check(String filter, String what, BigDecimal value, BigDecimal min, String minName, BigDecimal max,
      String maxName, BigDecimal step, String stepName, String symbol) {
    if (min.signum() > 0 && value.compareTo(min) < 0) {
      throw new IllegalArgumentException(filter + ": " + what + " " + value.toPlainString() + " of " + symbol
          + " is below " + minName + " " + min.toPlainString() + "; the nearest valid " + what + " is "
          + min.toPlainString() + ".");
    }
    if (max.signum() > 0 && value.compareTo(max) > 0) {
      throw new IllegalArgumentException(filter + ": " + what + " " + value.toPlainString() + " of " + symbol
          + " is above " + maxName + " " + max.toPlainString() + "; the nearest valid " + what + " is "
          + max.toPlainString() + ".");
    }
    if (step.signum() > 0 && value.remainder(step).signum() != 0) {
      throw new IllegalArgumentException(filter + ": " + what + " " + value.toPlainString() + " of " + symbol
          + " is not a multiple of " + stepName + " " + step.toPlainString() + "; the nearest valid " + plural(what) + " are "
          + nearest(value, step) + ".");
    }
    return value;
  }

  /** Checks {@code price * quantity} against {@code min} and {@code max} (null or 0: not checked). */
  static void notional(String filter, BigDecimal price, BigDecimal quantity, BigDecimal min, BigDecimal max,
      BigDecimal step, String symbol) {
    BigDecimal notional = price.multiply(quantity);
    if (min != null && min.signum() > 0 && notional.compareTo(min) < 0) {
      throw new IllegalArgumentException(filter + ": price × quantity = " + notional.toPlainString() + " of " + symbol
          + " is below minNotional " + min.toPlainString() + "; at price " + price.toPlainString()
          + " the smallest valid quantity is " + quantityFor(min, price, step, RoundingMode.UP).toPlainString() + ".");
    }
    if (max != null && max.signum() > 0 && notional.compareTo(max) > 0) {
      throw new IllegalArgumentException(filter + ": price × quantity = " + notional.toPlainString() + " of " + symbol
          + " is above maxNotional " + max.toPlainString() + "; at price " + price.toPlainString()
          + " the largest valid quantity is " + quantityFor(max, price, step, RoundingMode.DOWN).toPlainString() + ".");
    }
  }

  private static BigDecimal quantityFor(BigDecimal notional, BigDecimal price, BigDecimal step, RoundingMode mode) {
    return toStep(notional.divide(price, step.scale() + 1, mode), step, mode);
  }

  private static BigDecimal toStep(BigDecimal value, BigDecimal step, RoundingMode mode) {
    BigDecimal steps = value.divide(step, 0, mode);
    return steps.multiply(step).setScale(Math.max(0, step.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY);
  }

  private static String plural(String what) {
    return what.endsWith("ity") ? what.substring(0, what.length() - 1) + "ies" : what + "s";
  }

  private static String nearest(BigDecimal value, BigDecimal step) {
    return toStep(value, step, RoundingMode.FLOOR).toPlainString() + " and "
        + toStep(value, step, RoundingMode.CEILING).toPlainString();
  }
}
