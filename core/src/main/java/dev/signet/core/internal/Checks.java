package dev.signet.core.internal;

import java.math.BigDecimal;

/**
 * The argument checks request builders share, so every one words the same fault the same way.
 *
 * <pre>{@code
 * this.price = Checks.positive(price, "price");
 * this.symbol = Checks.notBlank(symbol, "symbol", "a symbol such as BTCUSDT");
 * }</pre>
 */
public final class Checks {
  private Checks() {}

  /**
   * Returns {@code value} when it is greater than zero.
   *
   * @param value the value to check
   * @param name the name used in the exception message
   * @return {@code value} when it is greater than zero
   * @throws IllegalArgumentException naming {@code name}
   */
  public static BigDecimal positive(BigDecimal value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is null; pass a positive decimal.");
    }
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(name + " is " + value.toPlainString() + "; it must be greater than zero.");
    }
    return value;
  }

  /**
   * Returns {@code value} when it is not null or negative.
   *
   * @param value the value to check
   * @param name the name used in the exception message
   * @return {@code value} when it is not null or negative
   * @throws IllegalArgumentException naming {@code name}
   */
  public static java.time.Duration nonNegative(java.time.Duration value, String name) {
    java.util.Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " " + value + " is negative; pass zero or a positive duration.");
    }
    return value;
  }

  /**
   * Returns {@code value} when it is not null or blank.
   *
   * @param example what to pass instead, e.g. {@code "a symbol such as BTCUSDT"}
   * @param value the value to check
   * @param name the name used in the exception message
   * @return {@code value} when it is not null or blank
   * @throws IllegalArgumentException naming {@code name} and the example
   */
  public static String notBlank(String value, String name, String example) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is empty; pass " + example + ".");
    }
    return value;
  }

  /**
   * Checks that {@code value} is well-formed UTF-16 (no unpaired surrogate), so it has a UTF-8 form.
   *
   * @param key the parameter it belongs to, for the message
   * @param value the text to check
   * @throws IllegalArgumentException naming the key and the index of the unpaired surrogate
   */
  public static void wellFormed(String key, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(
            "Parameter '" + key + "' holds an unpaired UTF-16 surrogate at index " + i
                + "; it has no UTF-8 form. Pass well-formed text.");
      }
    }
  }
}
