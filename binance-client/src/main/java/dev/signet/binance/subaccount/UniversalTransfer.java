package dev.signet.binance.subaccount;

import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A master account's transfer between its own and its sub-accounts' accounts,
 * {@code POST /sapi/v1/sub-account/universalTransfer} (the key needs "internal transfer"). Without
 * {@code fromEmail} the money leaves the master, without {@code toEmail} it reaches the master; with
 * the same account type on both sides one of the e-mails is required. Built with
 * {@link #builder(AccountType, AccountType, String, BigDecimal)}; immutable; checked when built.
 *
 * <p>The call is a write Signet never resends once it may have arrived. It always carries a
 * {@link Builder#clientTranId(String) client id} (Binance requires it to be unique): yours, or one
 * Signet generates; a lost answer is a {@code WriteOutcomeUnknownException} naming it, and the id
 * finds the transfer again in {@link BinanceSubAccounts#universalTransferHistory}.
 *
 * <pre>{@code
 * UniversalTransfer t = UniversalTransfer.builder(AccountType.SPOT, AccountType.SPOT, "USDT", new BigDecimal("50"))
 *     .toEmail("sub1@example.com").clientTranId("bot-9").build();
 * }</pre>
 *
 * @param fromEmail the sending sub-account, or null for the master
 * @param toEmail the receiving sub-account, or null for the master
 * @param fromAccountType the account the money leaves
 * @param toAccountType the account the money reaches
 * @param clientTranId the client id (unique), or null
 * @param symbol the isolated margin pair, only with {@link AccountType#ISOLATED_MARGIN}, or null
 * @param asset the asset, e.g. {@code USDT}
 * @param amount the amount, greater than zero (trailing zeros are dropped)
 */
public record UniversalTransfer(String fromEmail, String toEmail, AccountType fromAccountType, AccountType toAccountType,
    String clientTranId, String symbol, String asset, BigDecimal amount) {
  /**
   * Checks every value and the combination.
   *
   * @param fromEmail the sending sub-account, or null for the master
   * @param toEmail the receiving sub-account, or null for the master
   * @param fromAccountType the account the money leaves
   * @param toAccountType the account the money reaches
   * @param clientTranId the client id, or null
   * @param symbol the isolated margin pair, or null
   * @param asset the asset
   * @param amount the amount, greater than zero
   */
  public UniversalTransfer {
    if (fromEmail != null) {
      WalletChecks.email(fromEmail, "fromEmail");
    }
    if (toEmail != null) {
      WalletChecks.email(toEmail, "toEmail");
    }
    Objects.requireNonNull(fromAccountType, "fromAccountType");
    Objects.requireNonNull(toAccountType, "toAccountType");
    if (fromAccountType.equals(toAccountType) && fromEmail == null && toEmail == null) {
      throw new IllegalArgumentException("fromAccountType and toAccountType are both " + fromAccountType
          + " and neither fromEmail nor toEmail is set; name the sub-account with fromEmail or toEmail.");
    }
    WalletChecks.optional(clientTranId, "clientTranId", "a unique id of your own");
    boolean isolated = AccountType.ISOLATED_MARGIN.equals(fromAccountType) || AccountType.ISOLATED_MARGIN.equals(toAccountType);
    if (symbol != null && !isolated) {
      throw new IllegalArgumentException("symbol is only sent with ISOLATED_MARGIN; leave it unset for "
          + fromAccountType + " to " + toAccountType + ".");
    }
    WalletChecks.optional(symbol, "symbol", "the isolated margin symbol, e.g. BTCUSDT");
    WalletChecks.coin(asset, "asset");
    amount = WalletChecks.amount(amount, "amount");
  }

  /**
   * A builder for {@code amount} of {@code asset} from {@code from} to {@code to}.
   *
   * @param from the account the money leaves
   * @param to the account the money reaches
   * @param asset the asset, e.g. {@code USDT}
   * @param amount the amount, greater than zero
   * @return a new builder
   */
  public static Builder builder(AccountType from, AccountType to, String asset, BigDecimal amount) {
    return new Builder(from, to, asset, amount);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters
   */
  public Params toParams() {
    return Params.empty().addIfPresent("fromEmail", fromEmail).addIfPresent("toEmail", toEmail)
        .add("fromAccountType", fromAccountType).add("toAccountType", toAccountType)
        .addIfPresent("clientTranId", clientTranId).addIfPresent("symbol", symbol).add("asset", asset)
        .add("amount", amount);
  }

  /** Builds a {@link UniversalTransfer}; {@link #build()} checks the combination. */
  public static final class Builder {
    private final AccountType from;
    private final AccountType to;
    private final String asset;
    private final BigDecimal amount;
    private String fromEmail;
    private String toEmail;
    private String clientTranId;
    private String symbol;

    private Builder(AccountType from, AccountType to, String asset, BigDecimal amount) {
      this.from = from;
      this.to = to;
      this.asset = asset;
      this.amount = amount;
    }

    /**
     * The sending sub-account (unset: the master).
     *
     * @param email its e-mail
     * @return this builder
     */
    public Builder fromEmail(String email) {
      this.fromEmail = WalletChecks.email(email, "fromEmail");
      return this;
    }

    /**
     * The receiving sub-account (unset: the master).
     *
     * @param email its e-mail
     * @return this builder
     */
    public Builder toEmail(String email) {
      this.toEmail = WalletChecks.email(email, "toEmail");
      return this;
    }

    /**
     * Your own unique id of the transfer.
     *
     * @param id the client id
     * @return this builder
     */
    public Builder clientTranId(String id) {
      this.clientTranId = Objects.requireNonNull(id, "clientTranId");
      return this;
    }

    /**
     * The isolated margin pair, with {@link AccountType#ISOLATED_MARGIN}.
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return this builder
     */
    public Builder symbol(String symbol) {
      this.symbol = Objects.requireNonNull(symbol, "symbol");
      return this;
    }

    /**
     * The transfer; throws {@link IllegalArgumentException} naming a bad value or combination.
     *
     * @return the transfer
     */
    public UniversalTransfer build() {
      return new UniversalTransfer(fromEmail, toEmail, from, to, clientTranId, symbol, asset, amount);
    }
  }
}
