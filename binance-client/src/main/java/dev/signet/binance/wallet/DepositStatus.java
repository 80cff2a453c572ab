package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a deposit ({@code status} of {@code GET /sapi/v1/capital/deposit/hisrec}), a number on the wire.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(int)} returns the
 * constant for a documented value (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding it exactly, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (deposit.status() == DepositStatus.SUCCESS) { ... }
 * DepositHistoryQuery.builder().status(DepositStatus.PENDING).build();
 * }</pre>
 *
 * @param code the wire value, e.g. {@code 0}
 */
public record DepositStatus(int code) implements WireValue {
  /** {@code 0}: pending. */
  public static final DepositStatus PENDING = new DepositStatus(0);
  /** {@code 1}: credited, and withdrawable. */
  public static final DepositStatus SUCCESS = new DepositStatus(1);
  /** {@code 2}: rejected. */
  public static final DepositStatus REJECTED = new DepositStatus(2);
  /** {@code 6}: credited but cannot be withdrawn yet. */
  public static final DepositStatus CREDITED_CANNOT_WITHDRAW = new DepositStatus(6);
  /** {@code 7}: a wrong deposit. */
  public static final DepositStatus WRONG_DEPOSIT = new DepositStatus(7);
  /** {@code 8}: waiting for the user to confirm. */
  public static final DepositStatus WAITING_USER_CONFIRM = new DepositStatus(8);

  private static final KnownValues<DepositStatus> KNOWN = KnownValues.of(DepositStatus.class, s -> new DepositStatus(Integer.parseInt(s)),
      PENDING, SUCCESS, REJECTED, CREDITED_CANNOT_WITHDRAW, WRONG_DEPOSIT, WAITING_USER_CONFIRM);

  /**
   * The constant for {@code code}, or a value holding it exactly when none is.
   *
   * @param code the wire value, e.g. {@code 0}
   * @return the constant for {@code code}, or a value holding it exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DepositStatus of(int code) {
    return KNOWN.of(Integer.toString(code));
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
  public static List<DepositStatus> constants() {
    return KNOWN.constants();
  }

  /**
   * The code as Binance sends it, e.g. {@code 1}.
   *
   * @return the code as JSON carries it
   */
  @JsonValue
  public int jsonValue() {
    return code;
  }

  @Override
  public String wireValue() {
    return Integer.toString(code);
  }

  @Override
  public String toString() {
    return wireValue();
  }
}
