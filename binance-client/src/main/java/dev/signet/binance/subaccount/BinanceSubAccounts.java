package dev.signet.binance.subaccount;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.SapiEndpoints;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.binance.wallet.Deposit;
import dev.signet.binance.wallet.DepositAddress;
import dev.signet.binance.wallet.DepositHistoryQuery;
import dev.signet.binance.wallet.Network;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Binance sub-accounts ({@code /sapi} on the Spot host): the master account's list, status,
 * assets, universal transfers and its sub-accounts' deposit addresses and histories, and a
 * sub-account's own transfers to its master or a sibling. Get it from {@code client.subAccounts()}.
 * Stateless and thread-safe.
 *
 * <p>The transfers are writes: Signet sends them once and never again once they may have arrived.
 *
 * <pre>{@code
 * SubAccountList subs = client.subAccounts().list(SubAccountQuery.builder().limit(200).build());
 * SubAccountAssets assets = client.subAccounts().assets("sub1@example.com");
 * UniversalTransferResult t = client.subAccounts().universalTransfer(
 *     UniversalTransfer.builder(AccountType.SPOT, AccountType.SPOT, "USDT", new BigDecimal("50"))
 *         .toEmail("sub1@example.com").clientTranId("bot-9").build());
 * }</pre>
 */
public final class BinanceSubAccounts {
  private static final Decoder<SubAccountList> LIST = Decoder.of(SubAccountList.class);
  private static final Decoder<List<SubAccountStatus>> STATUS = Decoder.listOf(SubAccountStatus.class);
  private static final Decoder<SubAccountAssets> ASSETS = Decoder.of(SubAccountAssets.class);
  private static final Decoder<UniversalTransferResult> UNIVERSAL = Decoder.of(UniversalTransferResult.class);
  private static final Decoder<UniversalTransferHistory> UNIVERSAL_HISTORY = Decoder.of(UniversalTransferHistory.class);
  private static final Decoder<SubTransferResult> SUB_TRANSFER = Decoder.of(SubTransferResult.class);
  private static final Decoder<List<SubAccountTransfer>> SUB_HISTORY = Decoder.listOf(SubAccountTransfer.class);
  private static final Decoder<DepositAddress> DEPOSIT_ADDRESS = Decoder.of(DepositAddress.class);
  private static final Decoder<List<Deposit>> DEPOSITS = Decoder.listOf(Deposit.class);

  private final BinanceHost host;

  /**
   * For {@code BinanceClient}; users call {@code client.subAccounts()}.
   *
   * @param host the spot host's shared state
   */
  public BinanceSubAccounts(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  private <T> T call(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.call(endpoint, params, decoder);
  }

  private static Params email(String email) {
    return Params.of("email", WalletChecks.email(email, "email"));
  }

  /**
   * {@code GET /sapi/v1/sub-account/list} (master account). IP weight 1.
   *
   * @param query the filters ({@link SubAccountQuery#all()} for none)
   * @return a page of sub-accounts
   */
  public SubAccountList list(SubAccountQuery query) {
    return call(SapiEndpoints.SUB_ACCOUNTS, Objects.requireNonNull(query, "query").toParams(), LIST);
  }

  /**
   * {@code GET /sapi/v1/sub-account/status}: every sub-account's margin and futures status. IP weight 10.
   *
   * @return the statuses
   */
  public List<SubAccountStatus> status() {
    return call(SapiEndpoints.SUB_ACCOUNT_STATUS, Params.empty(), STATUS);
  }

  /**
   * {@code GET /sapi/v1/sub-account/status?email=…}: one sub-account's. IP weight 10.
   *
   * @param email the sub-account's e-mail
   * @return its status, as a list of one
   */
  public List<SubAccountStatus> status(String email) {
    return call(SapiEndpoints.SUB_ACCOUNT_STATUS, email(email), STATUS);
  }

  /**
   * {@code GET /sapi/v4/sub-account/assets?email=…}: a sub-account's spot assets. UID weight 60.
   *
   * @param email the sub-account's e-mail
   * @return its assets
   */
  public SubAccountAssets assets(String email) {
    return call(SapiEndpoints.SUB_ACCOUNT_ASSETS, email(email), ASSETS);
  }

  /**
   * {@code GET /sapi/v3/sub-account/assets?email=…}: as {@link #assets(String)}, the older version
   * (amounts as JSON numbers, decoded without passing through {@code double}). UID weight 60.
   *
   * @param email the sub-account's e-mail
   * @return its assets
   */
  public SubAccountAssets assetsV3(String email) {
    return call(SapiEndpoints.SUB_ACCOUNT_ASSETS_V3, email(email), ASSETS);
  }

  /**
   * {@code POST /sapi/v1/sub-account/universalTransfer} (master account). A write; UID weight 360.
   *
   * @param transfer what to move where
   * @return the transfer's ids
   */
  public UniversalTransferResult universalTransfer(UniversalTransfer transfer) {
    return call(SapiEndpoints.UNIVERSAL_TRANSFER, Objects.requireNonNull(transfer, "transfer").toParams(), UNIVERSAL);
  }

  /**
   * {@code GET /sapi/v1/sub-account/universalTransfer} (master account). IP weight 1.
   *
   * @param query the filters
   * @return a page of transfers
   */
  public UniversalTransferHistory universalTransferHistory(UniversalTransferQuery query) {
    return call(SapiEndpoints.UNIVERSAL_TRANSFER_HISTORY, Objects.requireNonNull(query, "query").toParams(),
        UNIVERSAL_HISTORY);
  }

  /**
   * {@code POST /sapi/v1/sub-account/transfer/subToMaster} (sub-account key): spot to the master's spot. A write; IP weight 1.
   *
   * @param asset the asset, e.g. {@code USDT}
   * @param amount the amount, greater than zero
   * @return the transfer's id
   */
  public SubTransferResult transferToMaster(String asset, BigDecimal amount) {
    Params p = Params.of("asset", WalletChecks.coin(asset, "asset")).add("amount", WalletChecks.amount(amount, "amount"));
    return call(SapiEndpoints.SUB_TO_MASTER, p, SUB_TRANSFER);
  }

  /**
   * {@code POST /sapi/v1/sub-account/transfer/subToSub} (sub-account key): spot to a sibling's spot. A write; IP weight 1.
   *
   * @param toEmail the receiving sub-account's e-mail
   * @param asset the asset, e.g. {@code USDT}
   * @param amount the amount, greater than zero
   * @return the transfer's id
   */
  public SubTransferResult transferToSubAccount(String toEmail, String asset, BigDecimal amount) {
    Params p = Params.of("toEmail", WalletChecks.email(toEmail, "toEmail")).add("asset", WalletChecks.coin(asset, "asset"))
        .add("amount", WalletChecks.amount(amount, "amount"));
    return call(SapiEndpoints.SUB_TO_SUB, p, SUB_TRANSFER);
  }

  /**
   * {@code GET /sapi/v1/sub-account/transfer/subUserHistory} (sub-account key). IP weight 1.
   *
   * @param query the filters ({@link SubTransferHistoryQuery#all()} for none)
   * @return the transfers
   */
  public List<SubAccountTransfer> transferHistory(SubTransferHistoryQuery query) {
    return call(SapiEndpoints.SUB_TRANSFER_HISTORY, Objects.requireNonNull(query, "query").toParams(), SUB_HISTORY);
  }

  /**
   * {@code GET /sapi/v1/capital/deposit/subAddress} (master account): a sub-account's deposit address. IP weight 1.
   *
   * @param email the sub-account's e-mail
   * @param coin the coin, e.g. {@code USDT}
   * @param network the network, or null for the coin's default
   * @param amount the amount, or null (required on {@link Network#LIGHTNING})
   * @return the address
   */
  public DepositAddress depositAddress(String email, String coin, Network network, BigDecimal amount) {
    return call(SapiEndpoints.SUB_DEPOSIT_ADDRESS, WalletChecks.depositAddress(email(email), coin, network, amount),
        DEPOSIT_ADDRESS);
  }

  /**
   * {@code GET /sapi/v1/capital/deposit/subHisrec} (master account): a sub-account's deposits. IP weight 1.
   *
   * @param email the sub-account's e-mail
   * @param query the filters ({@code includeSource} is refused: this endpoint has none)
   * @return the deposits
   */
  public List<Deposit> depositHistory(String email, DepositHistoryQuery query) {
    return call(SapiEndpoints.SUB_DEPOSIT_HISTORY, Objects.requireNonNull(query, "query").toSubAccountParams(email),
        DEPOSITS);
  }
}
