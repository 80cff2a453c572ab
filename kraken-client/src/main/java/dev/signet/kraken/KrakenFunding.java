package dev.signet.kraken;

import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.internal.Checks;
import dev.signet.kraken.funding.AssetClass;
import dev.signet.kraken.funding.Deposit;
import dev.signet.kraken.funding.DepositAddress;
import dev.signet.kraken.funding.DepositAddressRequest;
import dev.signet.kraken.funding.DepositMethod;
import dev.signet.kraken.funding.FundingPage;
import dev.signet.kraken.funding.FundingStatusQuery;
import dev.signet.kraken.funding.WithdrawAddress;
import dev.signet.kraken.funding.WithdrawAddressQuery;
import dev.signet.kraken.funding.WithdrawInfo;
import dev.signet.kraken.funding.WithdrawMethod;
import dev.signet.kraken.funding.WithdrawRequest;
import dev.signet.kraken.funding.Withdrawal;
import dev.signet.kraken.funding.WithdrawalReference;
import dev.signet.kraken.internal.FundingChecks;
import dev.signet.kraken.internal.FundingPageDecoder;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenHost;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Kraken funding ({@code POST /0/private/...}): deposit methods, addresses and statuses,
 * withdrawals and the Spot-to-Futures wallet transfer. Get it from {@code kraken.funding()}.
 * Stateless and thread-safe.
 *
 * <p>These are Kraken's legacy funding endpoints: the 2026 docs say they "will remain active but
 * will no longer receive updates" and point to the Funding (Beta) API under {@code /funding/v1},
 * which this class does not cover.
 *
 * <p>Writes ({@link #withdraw}, {@link #withdrawCancel}, {@link #walletTransfer}) are sent once and
 * never resent after they may have reached Kraken (only a call refused before anything was sent, or
 * one Kraken refused with {@code EAPI:Invalid nonce}, is tried again). Kraken's {@code Withdraw}
 * takes no client id, so a withdrawal whose answer was lost (a timeout, a reset connection, a 5xx,
 * an undecodable answer) throws that failure as it is; find out whether it was booked with
 * {@link #withdrawStatus} for the asset, by key, amount and time, before withdrawing again.
 *
 * <pre>{@code
 * List<DepositMethod> methods = kraken.funding().depositMethods("XBT");
 * WithdrawalReference ref = kraken.funding().withdraw(
 *     WithdrawRequest.of("XBT", "btc_2709", new BigDecimal("0.725")).maxFee(new BigDecimal("0.0002")));
 * }</pre>
 */
public final class KrakenFunding {
  /** {@code WalletTransfer}'s only source wallet. */
  public static final String SPOT_WALLET = "Spot Wallet";
  /** {@code WalletTransfer}'s only destination wallet. */
  public static final String FUTURES_WALLET = "Futures Wallet";

  private static final Decoder<List<DepositMethod>> DEPOSIT_METHODS = Decoder.listOf(DepositMethod.class);
  private static final Decoder<List<DepositAddress>> DEPOSIT_ADDRESSES = Decoder.listOf(DepositAddress.class);
  private static final Decoder<FundingPage<Deposit>> DEPOSITS = FundingPageDecoder.of(Deposit.class);
  private static final Decoder<List<WithdrawMethod>> WITHDRAW_METHODS = Decoder.listOf(WithdrawMethod.class);
  private static final Decoder<List<WithdrawAddress>> WITHDRAW_ADDRESSES = Decoder.listOf(WithdrawAddress.class);
  private static final Decoder<WithdrawInfo> WITHDRAW_INFO = Decoder.of(WithdrawInfo.class);
  private static final Decoder<WithdrawalReference> REFERENCE = Decoder.of(WithdrawalReference.class);
  private static final Decoder<FundingPage<Withdrawal>> WITHDRAWALS = FundingPageDecoder.of(Withdrawal.class);
  private static final Decoder<Boolean> BOOLEAN = Decoder.of(Boolean.class);

  private final KrakenHost host;

  KrakenFunding(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code POST /0/private/DepositMethods}: the ways to deposit {@code asset} (currency class). Cost 1;
   * needs the query-funds and deposit permissions.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @return the methods, in Kraken's order
   * @throws IllegalArgumentException when {@code asset} is null or blank (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public List<DepositMethod> depositMethods(String asset) {
    return depositMethods(asset, null);
  }

  /**
   * {@code POST /0/private/DepositMethods} for an asset class. Cost 1.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @param assetClass the asset class ({@code aclass}), or null for Kraken's default (currency)
   * @return the methods, in Kraken's order
   * @throws IllegalArgumentException when {@code asset} is null or blank (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public List<DepositMethod> depositMethods(String asset, AssetClass assetClass) {
    Params p = Params.of("asset", FundingChecks.asset(asset, "asset")).addIfPresent("aclass", assetClass);
    return host.execute(Operation.of(KrakenEndpoints.DEPOSIT_METHODS, p, DEPOSIT_METHODS));
  }

  /**
   * {@code POST /0/private/DepositAddresses}: the deposit addresses of an asset and method, or a
   * new one with {@link DepositAddressRequest#generateNew()}. Cost 1. Sending {@code new=true}
   * twice only makes another address, so this is retried like a read.
   *
   * @param request the asset, the method, and optionally {@code new} and the amount (Lightning)
   * @return the addresses, in Kraken's order
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public List<DepositAddress> depositAddresses(DepositAddressRequest request) {
    Objects.requireNonNull(request, "request");
    return host.execute(Operation.of(KrakenEndpoints.DEPOSIT_ADDRESSES, request.toParams(), DEPOSIT_ADDRESSES));
  }

  /**
   * {@code POST /0/private/DepositStatus}: recent deposits, newest first. Without paging Kraken
   * answers a list (the page has no next cursor); with {@link FundingStatusQuery#paged()} it answers
   * a page and a cursor. Cost 1.
   *
   * @param query the filters and paging, e.g. {@code FundingStatusQuery.forAsset("XBT")}
   * @return the deposits of this page
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public FundingPage<Deposit> depositStatus(FundingStatusQuery query) {
    Objects.requireNonNull(query, "query");
    return host.execute(Operation.of(KrakenEndpoints.DEPOSIT_STATUS, query.toParams(), DEPOSITS));
  }

  /**
   * {@code POST /0/private/WithdrawMethods}: the ways to withdraw, for every asset. Cost 1; needs
   * the query-funds and withdraw permissions.
   *
   * @return the methods, in Kraken's order
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public List<WithdrawMethod> withdrawMethods() {
    return host.execute(Operation.of(KrakenEndpoints.WITHDRAW_METHODS, Params.empty(), WITHDRAW_METHODS));
  }

  /**
   * {@code POST /0/private/WithdrawMethods} for one asset. Cost 1.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @return the methods, in Kraken's order
   * @throws IllegalArgumentException when {@code asset} is null or blank (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public List<WithdrawMethod> withdrawMethods(String asset) {
    Params p = Params.of("asset", FundingChecks.asset(asset, "asset"));
    return host.execute(Operation.of(KrakenEndpoints.WITHDRAW_METHODS, p, WITHDRAW_METHODS));
  }

  /**
   * {@code POST /0/private/WithdrawAddresses}: the withdrawal addresses set up on the account. Cost 1.
   *
   * @param query the filters, e.g. {@code WithdrawAddressQuery.forAsset("XBT")}
   * @return the addresses, in Kraken's order
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public List<WithdrawAddress> withdrawAddresses(WithdrawAddressQuery query) {
    Objects.requireNonNull(query, "query");
    return host.execute(Operation.of(KrakenEndpoints.WITHDRAW_ADDRESSES, query.toParams(), WITHDRAW_ADDRESSES));
  }

  /**
   * {@code POST /0/private/WithdrawInfo}: the method, limit, net amount and fee of a withdrawal of
   * {@code amount} to {@code key}, without making it. Cost 1.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @param key the withdrawal key's name, as set up on the account
   * @param amount the amount to withdraw, positive
   * @return the method, the limit, the net amount and the fee
   * @throws IllegalArgumentException for a blank asset or key, or an amount that is not positive (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public WithdrawInfo withdrawInfo(String asset, String key, BigDecimal amount) {
    Params p = Params.of("asset", FundingChecks.asset(asset, "asset"))
        .add("key", Checks.notBlank(key, "key", "the name of a withdrawal key set up on the account"))
        .add("amount", Checks.positive(amount, "amount"));
    return host.execute(Operation.of(KrakenEndpoints.WITHDRAW_INFO, p, WITHDRAW_INFO));
  }

  /**
   * {@code POST /0/private/Withdraw}: withdraws funds to a key's address. Cost 1; needs the
   * withdraw permission. Sent once: if its answer is lost it is not resent (see the class
   * description) and the failure is thrown as it is; check {@link #withdrawStatus} before trying again.
   *
   * @param request the asset, key, amount and options
   * @return the withdrawal's reference id
   * @throws KrakenApiException when Kraken answers with an error list, e.g. {@code EFunding:Insufficient funds}
   *     or {@code EFunding:Max fee exceeded}
   */
  public WithdrawalReference withdraw(WithdrawRequest request) {
    Objects.requireNonNull(request, "request");
    return host.execute(Operation.of(KrakenEndpoints.WITHDRAW, request.toParams(), REFERENCE));
  }

  /**
   * {@code POST /0/private/WithdrawStatus}: recent withdrawals, newest first; with
   * {@link FundingStatusQuery#paged()} a page and a cursor (Kraken's spec does not declare that
   * form for withdrawals; it is read as for deposits). Cost 1.
   *
   * @param query the filters and paging, e.g. {@code FundingStatusQuery.forAsset("XBT")}
   * @return the withdrawals of this page
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public FundingPage<Withdrawal> withdrawStatus(FundingStatusQuery query) {
    Objects.requireNonNull(query, "query");
    return host.execute(Operation.of(KrakenEndpoints.WITHDRAW_STATUS, query.toParams(), WITHDRAWALS));
  }

  /**
   * {@code POST /0/private/WithdrawCancel}: asks Kraken to cancel a withdrawal it has not yet
   * processed. Cost 1. A write: sent once.
   *
   * @param asset the asset withdrawn, e.g. {@code XBT}
   * @param refid the withdrawal's reference id, from {@link #withdraw}
   * @return Kraken's bare boolean: whether the cancellation was accepted
   * @throws IllegalArgumentException for a blank asset or refid (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public boolean withdrawCancel(String asset, String refid) {
    Params p = Params.of("asset", FundingChecks.asset(asset, "asset"))
        .add("refid", Checks.notBlank(refid, "refid", "the refid withdraw() returned"));
    return host.execute(Operation.of(KrakenEndpoints.WITHDRAW_CANCEL, p, BOOLEAN));
  }

  /**
   * {@code POST /0/private/WalletTransfer}: moves {@code amount} of {@code asset} from the Spot
   * wallet to the Futures wallet ({@code from=Spot Wallet&to=Futures Wallet}, the only direction
   * this endpoint offers; the reverse goes through the Futures API). Cost 1. A write: sent once.
   *
   * @param asset the asset, e.g. {@code XBT}
   * @param amount the amount, positive
   * @return the transfer's reference id (Kraken books it as a withdrawal)
   * @throws IllegalArgumentException for a blank asset or an amount that is not positive (nothing is sent)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public WithdrawalReference walletTransfer(String asset, BigDecimal amount) {
    Params p = Params.of("asset", FundingChecks.asset(asset, "asset")).add("from", SPOT_WALLET)
        .add("to", FUTURES_WALLET).add("amount", Checks.positive(amount, "amount"));
    return host.execute(Operation.of(KrakenEndpoints.WALLET_TRANSFER, p, REFERENCE));
  }
}
