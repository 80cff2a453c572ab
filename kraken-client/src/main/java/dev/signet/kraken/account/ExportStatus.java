package dev.signet.kraken.account;

import dev.signet.core.internal.json.Required;
import dev.signet.kraken.internal.AccountSeconds;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One export report in ExportStatus. Kraken sends every value as a string, the times as unix
 * seconds; a time of {@code "0"} (not yet reached) gives null.
 *
 * <pre>{@code
 * for (ExportStatus s : kraken.accountData().exportStatus(ExportReport.TRADES)) {
 *   if (s.status() == ExportState.PROCESSED) { ByteString zip = kraken.accountData().retrieveExport(s.id()); }
 * }
 * }</pre>
 *
 * @param id the report's id
 * @param descr the description it was asked with
 * @param format {@code CSV} or {@code TSV}
 * @param report trades or ledgers
 * @param subtype the subtype, e.g. {@code all}
 * @param status queued, processing or processed (unknown values are kept)
 * @param flags deprecated, or null
 * @param fields the fields included, e.g. {@code all}
 * @param createdtm when it was asked for
 * @param expiretm deprecated: when it expires, or null
 * @param starttm when processing began, or null
 * @param completedtm when processing finished, or null
 * @param datastarttm the start of the report's data, or null
 * @param dataendtm the end of the report's data, or null
 * @param aclass deprecated, or null
 * @param asset the assets included, e.g. {@code all}
 */
public record ExportStatus(
    String id,
    String descr,
    String format,
    ExportReport report,
    String subtype,
    ExportState status,
    String flags,
    String fields,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant createdtm,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant expiretm,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant starttm,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant completedtm,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant datastarttm,
    @JsonDeserialize(using = AccountSeconds.ZeroUnset.class) Instant dataendtm,
    String aclass,
    String asset) {
  /**
   * Checks the id, report and status are present.
   *
   * @param id the report's id
   * @param descr the description it was asked with
   * @param format {@code CSV} or {@code TSV}
   * @param report trades or ledgers
   * @param subtype the subtype, e.g. {@code all}
   * @param status queued, processing or processed (unknown values are kept)
   * @param flags deprecated, or null
   * @param fields the fields included, e.g. {@code all}
   * @param createdtm when it was asked for
   * @param expiretm deprecated: when it expires, or null
   * @param starttm when processing began, or null
   * @param completedtm when processing finished, or null
   * @param datastarttm the start of the report's data, or null
   * @param dataendtm the end of the report's data, or null
   * @param aclass deprecated, or null
   * @param asset the assets included, e.g. {@code all}
   */
  public ExportStatus {
    Required.field(id, "id");
    Required.field(report, "report");
    Required.field(status, "status");
  }
}
