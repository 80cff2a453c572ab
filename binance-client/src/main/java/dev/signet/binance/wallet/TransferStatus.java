package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a universal transfer ({@code status} of {@code GET /sapi/v1/asset/transfer}).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented value (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding it exactly, which {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (row.status() == TransferStatus.CONFIRMED) { ... }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code CONFIRMED}
 */
public record TransferStatus(String value) implements WireValue {
  /** {@code CONFIRMED}: done. */
  public static final TransferStatus CONFIRMED = new TransferStatus("CONFIRMED");
  /** {@code FAILED}: failed. */
  public static final TransferStatus FAILED = new TransferStatus("FAILED");
  /** {@code PENDING}: not done yet. */
  public static final TransferStatus PENDING = new TransferStatus("PENDING");

  private static final KnownValues<TransferStatus> KNOWN = KnownValues.of(TransferStatus.class, TransferStatus::new,
      CONFIRMED, FAILED, PENDING);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code CONFIRMED}
   */
  public TransferStatus {
    value = KnownValues.text(value, TransferStatus.class);
  }

  /**
   * The constant for {@code value}, or a value holding it exactly when none is.
   *
   * @param value the wire value, e.g. {@code CONFIRMED}
   * @return the constant for {@code value}, or a value holding it exactly when none is
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TransferStatus of(String value) {
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
  public static List<TransferStatus> constants() {
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
