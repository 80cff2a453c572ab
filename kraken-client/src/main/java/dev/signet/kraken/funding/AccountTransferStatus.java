package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a transfer between a master account and a subaccount ({@code AccountTransfer}'s {@code status}).
 *
 * <p>An open set: the constants are the values Kraken documents, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports.
 *
 * <pre>{@code
 * boolean done = result.status() == AccountTransferStatus.COMPLETE;
 * }</pre>
 *
 * @param value the wire value, e.g. {@code pending}
 */
public record AccountTransferStatus(String value) implements WireValue {
  /** {@code pending}. */
  public static final AccountTransferStatus PENDING = new AccountTransferStatus("pending");
  /** {@code complete}. */
  public static final AccountTransferStatus COMPLETE = new AccountTransferStatus("complete");

  private static final KnownValues<AccountTransferStatus> KNOWN = KnownValues.of(AccountTransferStatus.class, AccountTransferStatus::new, PENDING, COMPLETE);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code pending}
   */
  public AccountTransferStatus {
    value = KnownValues.text(value, AccountTransferStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AccountTransferStatus of(String value) {
    return KNOWN.of(value);
  }

  /**
   * True when the value is one of the documented constants.
   *
   * @return true for a documented value, false for one Kraken added since
   */
  public boolean isKnown() {
    return KNOWN.isKnown(value);
  }

  /**
   * The documented values, in the order the docs list them.
   *
   * @return the documented constants, unmodifiable
   */
  public static List<AccountTransferStatus> constants() {
    return KNOWN.constants();
  }

  @JsonValue
  @Override
  public String wireValue() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
