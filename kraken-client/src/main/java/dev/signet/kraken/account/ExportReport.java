package dev.signet.kraken.account;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.signet.core.WireValue;
import dev.signet.core.internal.json.KnownValues;
import java.util.List;

/**
 * The kind of export report: {@code trades} or {@code ledgers} (AddExport and ExportStatus {@code report}).
 *
 * <p>An open set: the constants are the values the docs list, {@link #of(String)} returns the
 * constant for a documented spelling and otherwise a value holding the exact text, which
 * {@link #isKnown()} reports and which is sent back unchanged.
 *
 * <pre>{@code
 * List<ExportStatus> statuses = kraken.accountData().exportStatus(ExportReport.LEDGERS);
 * }</pre>
 *
 * @param value the wire value, e.g. {@code trades}
 */
public record ExportReport(String value) implements WireValue {
  /** {@code trades}. */
  public static final ExportReport TRADES = new ExportReport("trades");
  /** {@code ledgers}. */
  public static final ExportReport LEDGERS = new ExportReport("ledgers");

  private static final KnownValues<ExportReport> KNOWN = KnownValues.of(ExportReport.class, ExportReport::new,
      TRADES,
      LEDGERS);

  /**
   * Checks the value is neither null nor blank; prefer {@link #of(String)}, which reuses the constants.
   *
   * @param value the wire value, e.g. {@code trades}
   */
  public ExportReport {
    value = KnownValues.text(value, ExportReport.class);
  }

  /**
   * The constant spelled {@code value}, or a value holding {@code value} exactly when none is.
   *
   * @param value the wire value, as Kraken spells it
   * @return the matching constant, or a new value holding {@code value}
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ExportReport of(String value) {
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
  public static List<ExportReport> constants() {
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
