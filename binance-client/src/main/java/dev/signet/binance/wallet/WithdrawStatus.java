package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a withdrawal ({@code status} of {@code GET /sapi/v1/capital/withdraw/history}), a number on the wire.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(int)} returns the
 * constant for a documented value (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding it exactly, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (w.status() == WithdrawStatus.COMPLETED) { ... }
 * WithdrawHistoryQuery.builder().status(WithdrawStatus.PROCESSING).build();
 * }</pre>
 *
 * @param code the wire value, e.g. {@code 0}
 */
public record WithdrawStatus(int code) implements WireValue {
  /** {@code 0}: the confirmation email was sent. */
  public static final WithdrawStatus EMAIL_SENT = new WithdrawStatus(0);
  /** {@code 2}: awaiting approval. */
  public static final WithdrawStatus AWAITING_APPROVAL = new WithdrawStatus(2);
  /** {@code 3}: rejected. */
  public static final WithdrawStatus REJECTED = new WithdrawStatus(3);
  /** {@code 4}: processing. */
  public static final WithdrawStatus PROCESSING = new WithdrawStatus(4);
  /** {@code 6}: completed. */
  public static final WithdrawStatus COMPLETED = new WithdrawStatus(6);

  private static final KnownValues<WithdrawStatus> KNOWN = KnownValues.of(WithdrawStatus.class, s -> new WithdrawStatus(Integer.parseInt(s)),
      EMAIL_SENT, AWAITING_APPROVAL, REJECTED, PROCESSING, COMPLETED);

  /**
   * The constant for {@code code}, or a value holding it exactly when none is.
   *
   * @param code the wire value, e.g. {@code 0}
   * @return the constant for {@code code}, or a value holding it exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static WithdrawStatus of(int code) {
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
  public static List<WithdrawStatus> constants() {
    return KNOWN.constants();
  }

  /**
   * True once nothing will change: {@code REJECTED} or {@code COMPLETED}.
   *
   * @return {@code true} for {@code REJECTED} and {@code COMPLETED}
   */
  public boolean isFinal() {
    return REJECTED.equals(this) || COMPLETED.equals(this);
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
