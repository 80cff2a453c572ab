package dev.signet.binance.subaccount;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a sub-account transfer ({@code status} of the transfer histories).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented value (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding it exactly, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (t.status() == SubTransferStatus.SUCCESS) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code PROCESS}
 */
public record SubTransferStatus(String value) implements WireValue {
  /** {@code PROCESS}: in progress. */
  public static final SubTransferStatus PROCESS = new SubTransferStatus("PROCESS");
  /** {@code SUCCESS}: done. */
  public static final SubTransferStatus SUCCESS = new SubTransferStatus("SUCCESS");
  /** {@code FAILURE}: failed (listed only with {@code returnFailHistory}). */
  public static final SubTransferStatus FAILURE = new SubTransferStatus("FAILURE");

  private static final KnownValues<SubTransferStatus> KNOWN = KnownValues.of(SubTransferStatus.class, SubTransferStatus::new,
      PROCESS, SUCCESS, FAILURE);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code PROCESS}
   */
  public SubTransferStatus {
    value = KnownValues.text(value, SubTransferStatus.class);
  }

  /**
   * The constant for {@code value}, or a value holding it exactly when none is.
   *
   * @param value the wire value, e.g. {@code PROCESS}
   * @return the constant for {@code value}, or a value holding it exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SubTransferStatus of(String value) {
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
  public static List<SubTransferStatus> constants() {
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
