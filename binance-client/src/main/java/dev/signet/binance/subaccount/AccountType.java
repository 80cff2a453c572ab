package dev.signet.binance.subaccount;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The account of a sub-account transfer ({@code fromAccountType}, {@code toAccountType}).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented value (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding it exactly, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * UniversalTransfer.builder(AccountType.SPOT, AccountType.USDT_FUTURE, "USDT", amount).toEmail("sub1@example.com").build();
 * }</pre>
 *
 * @param value the wire value, e.g. {@code SPOT}
 */
public record AccountType(String value) implements WireValue {
  /** {@code SPOT}: the spot account. */
  public static final AccountType SPOT = new AccountType("SPOT");
  /** {@code USDT_FUTURE}: the USD-M Futures account. */
  public static final AccountType USDT_FUTURE = new AccountType("USDT_FUTURE");
  /** {@code COIN_FUTURE}: the COIN-M Futures account. */
  public static final AccountType COIN_FUTURE = new AccountType("COIN_FUTURE");
  /** {@code MARGIN}: the cross margin account. */
  public static final AccountType MARGIN = new AccountType("MARGIN");
  /** {@code ISOLATED_MARGIN}: an isolated margin account (a transfer names its {@code symbol}). */
  public static final AccountType ISOLATED_MARGIN = new AccountType("ISOLATED_MARGIN");

  private static final KnownValues<AccountType> KNOWN = KnownValues.of(AccountType.class, AccountType::new,
      SPOT, USDT_FUTURE, COIN_FUTURE, MARGIN, ISOLATED_MARGIN);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code SPOT}
   */
  public AccountType {
    value = KnownValues.text(value, AccountType.class);
  }

  /**
   * The constant for {@code value}, or a value holding it exactly when none is.
   *
   * @param value the wire value, e.g. {@code SPOT}
   * @return the constant for {@code value}, or a value holding it exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AccountType of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return {@code true} if the value is one of the documented constants, {@code false} for a value kept as received
   */
  public boolean isKnown() {
    return KNOWN.isKnown(wireValue());
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, in the order the docs list them
   */
  public static List<AccountType> constants() {
    return KNOWN.constants();
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return wireValue();
  }
}
