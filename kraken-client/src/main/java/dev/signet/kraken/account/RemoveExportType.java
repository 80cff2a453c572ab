package dev.signet.kraken.account;

import dev.signet.core.WireValue;

/**
 * How RemoveExport removes a report, its {@code type}: {@code cancel} a queued or processing one,
 * {@code delete} a processed one.
 *
 * <pre>{@code
 * boolean done = kraken.accountData().removeExport("TCJA", RemoveExportType.DELETE);
 * }</pre>
 */
public enum RemoveExportType implements WireValue {
  /** {@code cancel}: a report still queued or processing. */
  CANCEL,
  /** {@code delete}: a processed report. */
  DELETE;

  @Override
  public String wireValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
