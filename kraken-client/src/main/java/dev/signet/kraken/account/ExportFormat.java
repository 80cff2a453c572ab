package dev.signet.kraken.account;

import dev.signet.core.WireValue;

/**
 * The file format of an export report, AddExport's {@code format} (default {@code CSV}).
 *
 * <pre>{@code
 * AddExport.builder(ExportReport.TRADES, "my trades").format(ExportFormat.TSV).build();
 * }</pre>
 */
public enum ExportFormat implements WireValue {
  /** Comma-separated values, {@code CSV}. */
  CSV,
  /** Tab-separated values, {@code TSV}. */
  TSV;

  @Override
  public String wireValue() {
    return name();
  }
}
