package dev.signet.kraken;

import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.funding.AccountTransferResult;
import dev.signet.kraken.funding.AssetClass;
import dev.signet.kraken.internal.FundingChecks;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenHost;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Kraken subaccounts ({@code POST /0/private/...}): creating a subaccount and moving funds between
 * the master account and its subaccounts. Both need an API key of the master account with the
 * withdraw permission; Kraken offers subaccounts to institutional clients only. Get it from
 * {@code kraken.subaccounts()}. Stateless and thread-safe. Both calls are writes, sent once and
 * never resent after they may have arrived.
 *
 * <pre>{@code
 * kraken.subaccounts().createSubaccount("abc123", "abc123@example.com");
 * AccountTransferResult t = kraken.subaccounts().accountTransfer("XBT", new BigDecimal("2.54"),
 *     "ABCD 1234 EFGH 5678", "IJKL 0987 MNOP 6543");
 * }</pre>
 */
public final class KrakenSubaccounts {
  private static final Decoder<Boolean> BOOLEAN = Decoder.of(Boolean.class);
  private static final Decoder<AccountTransferResult> TRANSFER = Decoder.of(AccountTransferResult.class);

  private final KrakenHost host;

  KrakenSubaccounts(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code POST /0/private/CreateSubaccount}: creates a trading subaccount. Cost 1.
   *
   * @param username the subaccount's username
   * @param email the subaccount's e-mail address
   * @return Kraken's bare boolean: whether the subaccount was created
   * @throws IllegalArgumentException for a blank username or an e-mail without {@code @} (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public boolean createSubaccount(String username, String email) {
    Checks.notBlank(email, "email", "the subaccount's e-mail address, such as abc123@example.com");
    if (email.indexOf('@') <= 0 || email.indexOf('@') == email.length() - 1) {
      throw new IllegalArgumentException("email '" + email + "' is not an e-mail address; pass one such as"
          + " abc123@example.com.");
    }
    Params p = Params.of("username", Checks.notBlank(username, "username", "the subaccount's username"))
        .add("email", email);
    return host.execute(Operation.of(KrakenEndpoints.CREATE_SUBACCOUNT, p, BOOLEAN));
  }

  /**
   * {@code POST /0/private/AccountTransfer}: moves {@code amount} of {@code asset} between the
   * master account and a subaccount (currency class). Cost 1.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @param amount the amount, positive
   * @param fromIiban the IIBAN of the source account
   * @param toIiban the IIBAN of the destination account
   * @return the transfer's id and state
   * @throws IllegalArgumentException for a blank asset or IIBAN, or an amount that is not positive (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public AccountTransferResult accountTransfer(String asset, BigDecimal amount, String fromIiban, String toIiban) {
    return accountTransfer(asset, null, amount, fromIiban, toIiban);
  }

  /**
   * {@code POST /0/private/AccountTransfer} for an asset class. Cost 1.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @param assetClass the asset class ({@code asset_class}), or null for Kraken's default (currency)
   * @param amount the amount, positive
   * @param fromIiban the IIBAN of the source account
   * @param toIiban the IIBAN of the destination account
   * @return the transfer's id and state
   * @throws IllegalArgumentException for a blank asset or IIBAN, or an amount that is not positive (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public AccountTransferResult accountTransfer(String asset, AssetClass assetClass, BigDecimal amount,
      String fromIiban, String toIiban) {
    Params p = Params.of("asset", FundingChecks.asset(asset, "asset")).addIfPresent("asset_class", assetClass)
        .add("amount", Checks.positive(amount, "amount"))
        .add("from", Checks.notBlank(fromIiban, "from", "the source account's IIBAN, such as ABCD 1234 EFGH 5678"))
        .add("to", Checks.notBlank(toIiban, "to", "the destination account's IIBAN, such as IJKL 0987 MNOP 6543"));
    return host.execute(Operation.of(KrakenEndpoints.ACCOUNT_TRANSFER, p, TRANSFER));
  }
}
