package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The state of an export report in ExportStatus: {@code Queued}, {@code Processing} or {@code Processed}.
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling and otherwise a value holding the exact text, which
 * {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * if (status.status() == ExportState.PROCESSED) { kraken.accountData().retrieveExport(status.id()); }
 * }</pre>
 *
 * @param value the wire value, e.g. {@code Processed}
 */
public record ExportState(String value) implements WireValue {
  /** {@code Queued}. */
  public static final ExportState QUEUED = new ExportState("Queued");
  /** {@code Processing}. */
  public static final ExportState PROCESSING = new ExportState("Processing");
  /** {@code Processed}. */
  public static final ExportState PROCESSED = new ExportState("Processed");

  private static final KnownValues<ExportState> KNOWN = KnownValues.of(ExportState.class, ExportState::new,
      QUEUED,
      PROCESSING,
      PROCESSED);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code Processed}
   */
  public ExportState {
    value = KnownValues.text(value, ExportState.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken spells it
   * @return the matching constant, or a new value holding {@code value}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ExportState of(String value) {
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
  public static List<ExportState> constants() {
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
