package dev.signet.kraken.account;

/**
 * The answer of {@code AddExport}: the id of the export report being prepared, for
 * {@code ExportStatus}, {@code RetrieveExport} and {@code RemoveExport}.
 *
 * <pre>{@code
 * String id = kraken.accountData().addExport(request).id();
 * }</pre>
 *
 * @param id the report's id, e.g. {@code TCJA}
 */
public record ExportId(String id) {}
