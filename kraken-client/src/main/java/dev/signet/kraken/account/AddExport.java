package dev.signet.kraken.account;

import dev.signet.core.ListFormat;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.internal.AccountSeconds;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of {@code POST /0/private/AddExport}: the report kind and a description are
 * required; format (default {@code CSV}), fields (default all), {@code starttm} (default the 1st of
 * the month) and {@code endtm} (default now) are optional; times are whole unix seconds. Immutable.
 *
 * <pre>{@code
 * ExportId id = kraken.accountData().addExport(AddExport.builder(ExportReport.LEDGERS, "2024 ledger")
 *     .startTime(Instant.parse("2024-01-01T00:00:00Z")).format(ExportFormat.TSV).build());
 * }</pre>
 *
 * @param report trades or ledgers
 * @param description the report's description
 * @param format the file format, or null for Kraken's default (CSV)
 * @param fields the fields to include, or null for all; unmodifiable
 * @param startTime the report's start, or null
 * @param endTime the report's end, or null
 */
public record AddExport(ExportReport report, String description, ExportFormat format, List<String> fields,
    Instant startTime, Instant endTime) {
  /**
   * Checks the required parameters, the fields and that times are whole seconds.
   *
   * @param report trades or ledgers
   * @param description the report's description
   * @param format the file format, or null for Kraken's default (CSV)
   * @param fields the fields to include, or null for all; unmodifiable
   * @param startTime the report's start, or null
   * @param endTime the report's end, or null
   */
  public AddExport {
    Objects.requireNonNull(report, "report");
    Checks.notBlank(description, "description", "a description such as \"2024 trades\"");
    if (fields != null) {
      if (fields.isEmpty()) {
        throw new IllegalArgumentException("fields is an empty list; name at least one field such as time, or leave"
            + " it out for all fields.");
      }
      fields.forEach(f -> Checks.notBlank(f, "fields[]", "a field such as ordertxid or time"));
      fields = List.copyOf(fields);
    }
    if (startTime != null) {
      AccountSeconds.wholeSeconds(startTime, "starttm");
    }
    if (endTime != null) {
      AccountSeconds.wholeSeconds(endTime, "endtm");
    }
    if (startTime != null && endTime != null && !startTime.isBefore(endTime)) {
      throw new IllegalArgumentException("starttm " + startTime + " is not before endtm " + endTime
          + "; pass a start before the end.");
    }
  }

  /**
   * A builder for a report with Kraken's defaults for everything but the kind and description.
   *
   * @param report trades or ledgers
   * @param description the report's description
   * @return a new builder
   */
  public static Builder builder(ExportReport report, String description) {
    return new Builder(report, description);
  }

  /**
   * The form parameters, in the docs' order: report, description, format, fields, starttm, endtm.
   *
   * @return the parameters, those set
   */
  public Params toParams() {
    Params p = Params.of("report", report.wireValue()).add("description", description).addIfPresent("format", format);
    if (fields != null) {
      p.addList("fields", fields, ListFormat.COMMA);
    }
    if (startTime != null) {
      p.add("starttm", AccountSeconds.wholeSeconds(startTime, "starttm"));
    }
    if (endTime != null) {
      p.add("endtm", AccountSeconds.wholeSeconds(endTime, "endtm"));
    }
    return p;
  }

  /** Builds an {@link AddExport}; example: {@code AddExport.builder(ExportReport.TRADES, "q1").build()}. */
  public static final class Builder {
    private final ExportReport report;
    private final String description;
    private ExportFormat format;
    private List<String> fields;
    private Instant startTime;
    private Instant endTime;

    private Builder(ExportReport report, String description) {
      this.report = report;
      this.description = description;
    }

    /**
     * {@code format}.
     *
     * @param value CSV or TSV
     * @return this builder
     */
    public Builder format(ExportFormat value) {
      format = Objects.requireNonNull(value, "format");
      return this;
    }

    /**
     * {@code fields}: only these columns.
     *
     * @param value the field names, e.g. {@code ordertxid, time}
     * @return this builder
     */
    public Builder fields(List<String> value) {
      fields = value;
      return this;
    }

    /**
     * {@code starttm}.
     *
     * @param value a whole second
     * @return this builder
     */
    public Builder startTime(Instant value) {
      startTime = Objects.requireNonNull(value, "starttm");
      return this;
    }

    /**
     * {@code endtm}.
     *
     * @param value a whole second
     * @return this builder
     */
    public Builder endTime(Instant value) {
      endTime = Objects.requireNonNull(value, "endtm");
      return this;
    }

    /**
     * The request.
     *
     * @return the checked request
     */
    public AddExport build() {
      return new AddExport(report, description, format, fields, startTime, endTime);
    }
  }
}
