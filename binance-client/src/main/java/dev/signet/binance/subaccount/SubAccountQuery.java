package dev.signet.binance.subaccount;

import dev.signet.binance.internal.Paging;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;

/**
 * The filters of {@code GET /sapi/v1/sub-account/list}; every field optional. Immutable.
 *
 * <pre>{@code
 * SubAccountQuery q = SubAccountQuery.builder().isFreeze(false).page(1).limit(200).build();
 * }</pre>
 *
 * @param email only this sub-account, or null
 * @param isFreeze only frozen ({@code true}) or unfrozen ({@code false}) ones, or null
 * @param page the page, from 1, or null
 * @param limit page size 1..200, or null (Binance's default 1)
 */
public record SubAccountQuery(String email, Boolean isFreeze, Integer page, Integer limit) {
  private static final Paging PAGE = Paging.from("page", 1);
  private static final Paging LIMIT = Paging.limit(200, null);

  /**
   * Checks the fields.
   *
   * @param email only this sub-account, or null
   * @param isFreeze only frozen or unfrozen ones, or null
   * @param page the page, from 1, or null
   * @param limit page size 1..200, or null
   */
  public SubAccountQuery {
    if (email != null) {
      WalletChecks.email(email, "email");
    }
    PAGE.check(page);
    LIMIT.check(limit);
  }

  /**
   * No filter (Binance's default page of 1).
   *
   * @return a query with no filter
   */
  public static SubAccountQuery all() {
    return new SubAccountQuery(null, null, null, null);
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
    return Params.empty().addIfPresent("email", email).addIfPresent("isFreeze", isFreeze).addIfPresent("page", page)
        .addIfPresent("limit", limit);
  }

  /** Builds a {@link SubAccountQuery}. */
  public static final class Builder {
    private String email;
    private Boolean isFreeze;
    private Integer page;
    private Integer limit;

    private Builder() {}

    /**
     * Only this sub-account.
     *
     * @param email its e-mail
     * @return this builder
     */
    public Builder email(String email) {
      this.email = WalletChecks.email(email, "email");
      return this;
    }

    /**
     * Only frozen or only unfrozen sub-accounts.
     *
     * @param frozen {@code true} for frozen ones
     * @return this builder
     */
    public Builder isFreeze(boolean frozen) {
      this.isFreeze = frozen;
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
     * @param limit 1..200
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * The query; throws {@link IllegalArgumentException} naming a bad value.
     *
     * @return the query
     */
    public SubAccountQuery build() {
      return new SubAccountQuery(email, isFreeze, page, limit);
    }
  }
}
