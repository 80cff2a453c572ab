package dev.signet.binance.subaccount;

import dev.signet.binance.TimeWindowBuilder;
import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.TimeWindow;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The filters of {@code GET /sapi/v1/sub-account/universalTransfer}; every field optional, but not
 * {@code fromEmail} and {@code toEmail} together; a range must be shorter than 7 days (none: the
 * last 7 days). Built with {@link #builder()}; immutable.
 *
 * <pre>{@code
 * UniversalTransferQuery q = UniversalTransferQuery.builder().toEmail("sub1@example.com").limit(500).build();
 * }</pre>
 *
 * @param fromEmail only transfers from this sub-account, or null (default: from the master)
 * @param toEmail only transfers to this sub-account, or null
 * @param clientTranId only the transfer with this client id, or null
 * @param startTime inclusive start, or null
 * @param endTime inclusive end, or null
 * @param page the page, from 1, or null
 * @param limit page size 1..500, or null (Binance's default 500)
 */
public record UniversalTransferQuery(String fromEmail, String toEmail, String clientTranId, Instant startTime,
    Instant endTime, Integer page, Integer limit) {
  /** The longest range Binance accepts: less than 7 days. */
  public static final Duration MAX_RANGE = Duration.ofDays(7);

  private static final TimeWindow.Span SPAN = TimeWindow.Span.lessThan(MAX_RANGE);
  private static final Paging PAGE = Paging.from("page", 1);
  private static final Paging LIMIT = Paging.limit(500, null);

  /**
   * Checks the fields and the combination.
   *
   * @param fromEmail only transfers from this sub-account, or null
   * @param toEmail only transfers to this sub-account, or null
   * @param clientTranId only the transfer with this client id, or null
   * @param startTime inclusive start, or null
   * @param endTime inclusive end, or null
   * @param page the page, from 1, or null
   * @param limit page size 1..500, or null
   */
  public UniversalTransferQuery {
    if (fromEmail != null && toEmail != null) {
      throw new IllegalArgumentException("fromEmail and toEmail cannot be sent together; set one of them.");
    }
    if (fromEmail != null) {
      WalletChecks.email(fromEmail, "fromEmail");
    }
    if (toEmail != null) {
      WalletChecks.email(toEmail, "toEmail");
    }
    WalletChecks.optional(clientTranId, "clientTranId", "the client id the transfer was sent with");
    new TimeWindow(startTime, endTime).check(SPAN);
    PAGE.check(page);
    LIMIT.check(limit);
  }

  /**
   * A new builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters
   */
  public Params toParams() {
    Params p = Params.empty().addIfPresent("fromEmail", fromEmail).addIfPresent("toEmail", toEmail)
        .addIfPresent("clientTranId", clientTranId);
    return new TimeWindow(startTime, endTime).addTo(p).addIfPresent("page", page).addIfPresent("limit", limit);
  }

  /** Builds a {@link UniversalTransferQuery}; {@link #build()} checks the combination. */
  public static final class Builder extends TimeWindowBuilder<Builder> {
    private String fromEmail;
    private String toEmail;
    private String clientTranId;
    private Integer page;
    private Integer limit;

    private Builder() {}

    /**
     * Only transfers from this sub-account.
     *
     * @param email its e-mail
     * @return this builder
     */
    public Builder fromEmail(String email) {
      this.fromEmail = WalletChecks.email(email, "fromEmail");
      return this;
    }

    /**
     * Only transfers to this sub-account.
     *
     * @param email its e-mail
     * @return this builder
     */
    public Builder toEmail(String email) {
      this.toEmail = WalletChecks.email(email, "toEmail");
      return this;
    }

    /**
     * Only the transfer with this client id.
     *
     * @param id the client id
     * @return this builder
     */
    public Builder clientTranId(String id) {
      this.clientTranId = Objects.requireNonNull(id, "clientTranId");
      return this;
    }

    /**
     * The page.
     *
     * @param page from 1
     * @return this builder
     */
    public Builder page(int page) {
      this.page = page;
      return this;
    }

    /**
     * Page size.
     *
     * @param limit 1..500
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming a bad value or combination.
     *
     * @return the query
     */
    public UniversalTransferQuery build() {
      return new UniversalTransferQuery(fromEmail, toEmail, clientTranId, start(), end(), page, limit);
    }
  }
}
