package dev.signet.binance.internal;

import dev.signet.binance.wallet.Network;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import java.math.BigDecimal;

/**
 * The argument checks the wallet and sub-account requests share, so each fault is worded once:
 * coins and assets, amounts, addresses and e-mails (time windows and page sizes are
 * {@link TimeWindow}'s and {@link Paging}'s, for every query). Each throws an
 * {@link IllegalArgumentException} naming the parameter and the fix. Not API.
 *
 * <pre>{@code
 * String coin = WalletChecks.coin(coin, "coin");
 * BigDecimal amount = WalletChecks.amount(amount, "amount");   // 1.50 -> 1.5
 * }</pre>
 */
public final class WalletChecks {
  /** The most digits Binance accepts on either side of a decimal's point ({@code ^([0-9]{1,20})(\.[0-9]{1,20})?$}). */
  public static final int MAX_DIGITS = 20;

  private WalletChecks() {}

  /**
   * A coin or asset code, e.g. {@code BTC}: not blank, no spaces.
   *
   * @param value the code
   * @param name the parameter's name, e.g. {@code coin}
   * @return {@code value}
   */
  public static String coin(String value, String name) {
    Checks.notBlank(value, name, "a coin such as BTC");
    if (!value.strip().equals(value) || value.contains(" ")) {
      throw new IllegalArgumentException(name + " '" + value + "' holds a space; pass a coin such as BTC.");
    }
    return value;
  }

  /**
   * An amount: greater than zero, at most {@value #MAX_DIGITS} digits before and after the point.
   * Trailing zeros are dropped ({@code 1.50} is sent as {@code 1.5}).
   *
   * @param value the amount
   * @param name the parameter's name, e.g. {@code amount}
   * @return {@code value} without trailing zeros
   */
  public static BigDecimal amount(BigDecimal value, String name) {
    BigDecimal plain = Checks.positive(value, name).stripTrailingZeros();
    if (plain.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(name + " " + plain.toPlainString() + " has " + plain.scale()
          + " decimal places; Binance accepts at most " + MAX_DIGITS + ". Round it to the network's"
          + " withdrawIntegerMultiple (GET /sapi/v1/capital/config/getall).");
    }
    if (plain.precision() - plain.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(name + " " + plain.toPlainString() + " has more than " + MAX_DIGITS
          + " digits before the decimal point; Binance accepts at most " + MAX_DIGITS + ".");
    }
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /**
   * A required text such as an address: not blank.
   *
   * @param value the text
   * @param name the parameter's name, e.g. {@code address}
   * @param example what to pass, e.g. {@code "the destination address"}
   * @return {@code value}
   */
  public static String required(String value, String name, String example) {
    return Checks.notBlank(value, name, example);
  }

  /**
   * An optional text: null, or not blank.
   *
   * @param value the text, or null
   * @param name the parameter's name
   * @param example what to pass, e.g. {@code "a network such as BSC"}
   * @return {@code value}
   */
  public static String optional(String value, String name, String example) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank; pass " + example + ", or leave it unset.");
    }
    return value;
  }

  /**
   * A sub-account's e-mail: not blank, one {@code @} with text on both sides, no spaces.
   *
   * @param value the e-mail
   * @param name the parameter's name, e.g. {@code email}
   * @return {@code value}
   */
  public static String email(String value, String name) {
    Checks.notBlank(value, name, "the sub-account's e-mail, e.g. sub1@example.com");
    int at = value.indexOf('@');
    if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1 || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(name + " '" + value + "' is not an e-mail address; pass the sub-account's"
          + " e-mail, e.g. sub1@example.com.");
    }
    return value;
  }

  /**
   * Adds the parameters of a deposit-address call to {@code params}: {@code coin}, {@code network},
   * {@code amount} (which the {@code LIGHTNING} network needs).
   *
   * @param params the parameters so far (the sub-account's {@code email}, or none)
   * @param coin the coin
   * @param network the network, or null for the coin's default
   * @param amount the amount, or null
   * @return {@code params}
   */
  public static Params depositAddress(Params params, String coin, Network network, BigDecimal amount) {
    if (Network.LIGHTNING.equals(network) && amount == null) {
      throw new IllegalArgumentException("amount is required on the LIGHTNING network; pass the amount to deposit.");
    }
    return params.add("coin", coin(coin, "coin")).addIfPresent("network", network)
        .addIfPresent("amount", amount == null ? null : amount(amount, "amount"));
  }
}
