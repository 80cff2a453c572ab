package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of a deposit or withdrawal ({@code status}), an IFEX financial transaction state as Kraken's spec lists it.
 *
 * <p>An open set: the constants are the values Kraken documents, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports.
 *
 * <pre>{@code
 * boolean done = withdrawal.status() == FundingStatus.SUCCESS;
 * }</pre>
 *
 * @param value the wire value, e.g. {@code Initial}
 */
public record FundingStatus(String value) implements WireValue {
  /** {@code Initial}: accepted, not yet processed. */
  public static final FundingStatus INITIAL = new FundingStatus("Initial");
  /** {@code Pending}: being processed. */
  public static final FundingStatus PENDING = new FundingStatus("Pending");
  /** {@code Settled}: settled, not yet final. */
  public static final FundingStatus SETTLED = new FundingStatus("Settled");
  /** {@code Success}: completed. */
  public static final FundingStatus SUCCESS = new FundingStatus("Success");
  /** {@code Failure}: failed or cancelled. */
  public static final FundingStatus FAILURE = new FundingStatus("Failure");

  private static final KnownValues<FundingStatus> KNOWN = KnownValues.of(FundingStatus.class, FundingStatus::new, INITIAL, PENDING, SETTLED, SUCCESS, FAILURE);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code Initial}
   */
  public FundingStatus {
    value = KnownValues.text(value, FundingStatus.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FundingStatus of(String value) {
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
  public static List<FundingStatus> constants() {
    return KNOWN.constants();
  }

  /**
   * True once the transfer reached {@code Success} or {@code Failure}.
   *
   * @return true for {@code Success} and {@code Failure}, false otherwise (also for undocumented values)
   */
  public boolean isFinal() {
    return SUCCESS.equals(this) || FAILURE.equals(this);
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
