package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * An additional property of a deposit's or withdrawal's state ({@code status-prop}).
 *
 * <p>An open set: the constants are the values Kraken documents, {@link #of(String)} returns the
 * constant for a documented spelling (so {@code ==} and {@code equals} both hold) and otherwise a
 * value holding the exact text, which {@link #isKnown()} reports.
 *
 * <pre>{@code
 * boolean cancelled = FundingStatusProperty.CANCELED.equals(withdrawal.statusProperty());
 * }</pre>
 *
 * @param value the wire value, e.g. {@code cancel-pending}
 */
public record FundingStatusProperty(String value) implements WireValue {
  /** {@code cancel-pending}: cancellation requested. */
  public static final FundingStatusProperty CANCEL_PENDING = new FundingStatusProperty("cancel-pending");
  /** {@code canceled}: cancelled. */
  public static final FundingStatusProperty CANCELED = new FundingStatusProperty("canceled");
  /** {@code cancel-denied}: cancellation requested but denied. */
  public static final FundingStatusProperty CANCEL_DENIED = new FundingStatusProperty("cancel-denied");
  /** {@code return}: a return transaction initiated by Kraken; cannot be cancelled. */
  public static final FundingStatusProperty RETURN = new FundingStatusProperty("return");
  /** {@code onhold}: on hold pending review. */
  public static final FundingStatusProperty ON_HOLD = new FundingStatusProperty("onhold");

  private static final KnownValues<FundingStatusProperty> KNOWN = KnownValues.of(FundingStatusProperty.class, FundingStatusProperty::new, CANCEL_PENDING, CANCELED, CANCEL_DENIED, RETURN, ON_HOLD);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code cancel-pending}
   */
  public FundingStatusProperty {
    value = KnownValues.text(value, FundingStatusProperty.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken sends it
   * @return the matching constant, or a new value holding {@code value} when it is not documented
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FundingStatusProperty of(String value) {
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
  public static List<FundingStatusProperty> constants() {
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
