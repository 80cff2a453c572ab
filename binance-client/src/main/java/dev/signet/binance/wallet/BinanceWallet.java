package dev.signet.binance.wallet;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.SapiEndpoints;
import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The Binance wallet ({@code /sapi} on the Spot host): coins and networks, deposits, withdrawals,
 * transfers between the user's own wallets, trade fees, system and account status and the API
 * key's permissions. Get it from {@code client.wallet()}. Stateless and thread-safe.
 *
 * <p>Each SAPI endpoint has its own weight budget, per IP or per account (see the endpoint docs);
 * the client's rate limiter counts them apart. {@link #withdraw} and {@link #transfer} are writes:
 * Signet sends them once and never again once they may have arrived, so a lost answer surfaces as
 * an exception rather than a second withdrawal. A withdrawal always carries a client id (yours, or a
 * generated one) and its lost answer is a {@code WriteOutcomeUnknownException} naming it, to find
 * the withdrawal by.
 *
 * <pre>{@code
 * DepositAddress in = client.wallet().depositAddress("USDT", Network.TRX);
 * WithdrawResult out = client.wallet().withdraw(
 *     WithdrawRequest.builder("USDT", address, new BigDecimal("25")).network(Network.TRX).withdrawOrderId("bot-1").build());
 * List<Withdrawal> done = client.wallet().withdrawHistory(WithdrawHistoryQuery.builder().withdrawOrderId("bot-1").build());
 * }</pre>
 */
public final class BinanceWallet {
  private static final Decoder<SystemStatus> SYSTEM_STATUS = Decoder.of(SystemStatus.class);
  private static final Decoder<List<Coin>> COINS = Decoder.listOf(Coin.class);
  private static final Decoder<DepositAddress> DEPOSIT_ADDRESS = Decoder.of(DepositAddress.class);
  private static final Decoder<List<DepositAddressEntry>> DEPOSIT_ADDRESSES = Decoder.listOf(DepositAddressEntry.class);
  private static final Decoder<List<Deposit>> DEPOSITS = Decoder.listOf(Deposit.class);
  private static final Decoder<DepositCreditResult> CREDIT = Decoder.of(DepositCreditResult.class);
  private static final Decoder<WithdrawResult> WITHDRAW = Decoder.of(WithdrawResult.class);
  private static final Decoder<List<Withdrawal>> WITHDRAWALS = Decoder.listOf(Withdrawal.class);
  private static final Decoder<List<WithdrawAddress>> WITHDRAW_ADDRESSES = Decoder.listOf(WithdrawAddress.class);
  private static final Decoder<WithdrawQuota> QUOTA = Decoder.of(WithdrawQuota.class);
  private static final Decoder<TransferResult> TRANSFER = Decoder.of(TransferResult.class);
  private static final Decoder<AssetTransferHistory> TRANSFERS = Decoder.of(AssetTransferHistory.class);
  private static final Decoder<List<TradeFee>> TRADE_FEES = Decoder.listOf(TradeFee.class);
  private static final Decoder<AccountStatus> ACCOUNT_STATUS = Decoder.of(AccountStatus.class);
  private static final Decoder<ApiTradingStatus> API_TRADING_STATUS = Decoder.of(ApiTradingStatus.class);
  private static final Decoder<ApiRestrictions> API_RESTRICTIONS = Decoder.of(ApiRestrictions.class);

  private final BinanceHost host;

  /**
   * For {@code BinanceClient}; users call {@code client.wallet()}.
   *
   * @param host the spot host's shared state
   */
  public BinanceWallet(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  private <T> T call(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return host.call(endpoint, params, decoder);
  }

  /**
   * {@code GET /sapi/v1/system/status} (public): normal or under maintenance. IP weight 1.
   *
   * @return the system status
   */
  public SystemStatus systemStatus() {
    return call(SapiEndpoints.SYSTEM_STATUS, Params.empty(), SYSTEM_STATUS);
  }

  /**
   * {@code GET /sapi/v1/capital/config/getall}: every coin's balances and networks (fees, minima,
   * whether deposits and withdrawals are open). IP weight 10.
   *
   * @return the coins
   */
  public List<Coin> coins() {
    return call(SapiEndpoints.COINS, Params.empty(), COINS);
  }

  /**
   * {@code GET /sapi/v1/capital/deposit/address?coin=…}: the deposit address on the coin's default network. IP weight 10.
   *
   * @param coin the coin, e.g. {@code BTC}
   * @return the address
   */
  public DepositAddress depositAddress(String coin) {
    return depositAddress(coin, null, null);
  }

  /**
   * {@code GET /sapi/v1/capital/deposit/address?coin=…&network=…}. IP weight 10.
   *
   * @param coin the coin, e.g. {@code USDT}
   * @param network the network, e.g. {@link Network#TRX}
   * @return the address
   */
  public DepositAddress depositAddress(String coin, Network network) {
    return depositAddress(coin, Objects.requireNonNull(network, "network"), null);
  }

  /**
   * {@code GET /sapi/v1/capital/deposit/address}, with the {@code amount} the
   * {@link Network#LIGHTNING} network needs. IP weight 10.
   *
   * @param coin the coin, e.g. {@code BTC}
   * @param network the network, or null for the coin's default
   * @param amount the amount to deposit, or null (required for {@code LIGHTNING})
   * @return the address
   */
  public DepositAddress depositAddress(String coin, Network network, BigDecimal amount) {
    return call(SapiEndpoints.DEPOSIT_ADDRESS, WalletChecks.depositAddress(Params.empty(), coin, network, amount),
        DEPOSIT_ADDRESS);
  }

  /**
   * {@code GET /sapi/v1/capital/deposit/address/list?coin=…}: every deposit address of the coin. IP weight 10.
   *
   * @param coin the coin, e.g. {@code ETH}
   * @param network the network, or null for the coin's default
   * @return the addresses
   */
  public List<DepositAddressEntry> depositAddresses(String coin, Network network) {
    Params p = Params.empty().add("coin", WalletChecks.coin(coin, "coin")).addIfPresent("network", network);
    return call(SapiEndpoints.DEPOSIT_ADDRESSES, p, DEPOSIT_ADDRESSES);
  }

  /**
   * {@code GET /sapi/v1/capital/deposit/hisrec}: deposits, newest first. IP weight 1.
   *
   * @param query the filters ({@link DepositHistoryQuery#all()} for none)
   * @return the deposits, empty when there are none
   */
  public List<Deposit> depositHistory(DepositHistoryQuery query) {
    return call(SapiEndpoints.DEPOSIT_HISTORY, Objects.requireNonNull(query, "query").toParams(), DEPOSITS);
  }

  /**
   * {@code POST /sapi/v1/capital/deposit/credit-apply}: credits a deposit sent to an expired address. A write; IP weight 1.
   *
   * @param credit which deposit
   * @return Binance's answer
   */
  public DepositCreditResult creditDeposit(DepositCredit credit) {
    return call(SapiEndpoints.DEPOSIT_CREDIT, Objects.requireNonNull(credit, "credit").toParams(), CREDIT);
  }

  /**
   * {@code POST /sapi/v1/capital/withdraw/apply}: requests a withdrawal. A write, sent once and
   * never again once it may have arrived; UID weight 900.
   *
   * @param request the withdrawal
   * @return the withdrawal's id
   */
  public WithdrawResult withdraw(WithdrawRequest request) {
    return call(SapiEndpoints.WITHDRAW, Objects.requireNonNull(request, "request").toParams(), WITHDRAW);
  }

  /**
   * {@code GET /sapi/v1/capital/withdraw/history}: withdrawals. UID weight 18000 (at most 10 a second).
   *
   * @param query the filters
   * @return the withdrawals, empty when there are none
   */
  public List<Withdrawal> withdrawHistory(WithdrawHistoryQuery query) {
    return call(SapiEndpoints.WITHDRAW_HISTORY, Objects.requireNonNull(query, "query").toParams(), WITHDRAWALS);
  }

  /**
   * {@code GET /sapi/v1/capital/withdraw/address/list}: the withdrawal address book. IP weight 10.
   *
   * @return the addresses
   */
  public List<WithdrawAddress> withdrawAddresses() {
    return call(SapiEndpoints.WITHDRAW_ADDRESSES, Params.empty(), WITHDRAW_ADDRESSES);
  }

  /**
   * {@code GET /sapi/v1/capital/withdraw/quota}: the 24-hour withdrawal quota in USD. IP weight 10.
   *
   * @return the quota and how much of it is used
   */
  public WithdrawQuota withdrawQuota() {
    return call(SapiEndpoints.WITHDRAW_QUOTA, Params.empty(), QUOTA);
  }

  /**
   * {@code POST /sapi/v1/asset/transfer}: moves an asset between the user's own wallets. A write; UID weight 300.
   *
   * @param transfer what to move where
   * @return the transfer's id
   */
  public TransferResult transfer(AssetTransfer transfer) {
    return call(SapiEndpoints.ASSET_TRANSFER, Objects.requireNonNull(transfer, "transfer").toParams(), TRANSFER);
  }

  /**
   * {@code GET /sapi/v1/asset/transfer}: past universal transfers of one type. IP weight 1.
   *
   * @param query the type and filters
   * @return a page of transfers
   */
  public AssetTransferHistory transferHistory(AssetTransferQuery query) {
    return call(SapiEndpoints.ASSET_TRANSFER_HISTORY, Objects.requireNonNull(query, "query").toParams(), TRANSFERS);
  }

  /**
   * {@code GET /sapi/v1/asset/tradeFee}: every symbol's trade fee. IP weight 1.
   *
   * @return the fees
   */
  public List<TradeFee> tradeFee() {
    return call(SapiEndpoints.TRADE_FEE, Params.empty(), TRADE_FEES);
  }

  /**
   * {@code GET /sapi/v1/asset/tradeFee?symbol=…}: one symbol's trade fee. IP weight 1.
   *
   * @param symbol the symbol, e.g. {@code BTCUSDT}
   * @return the fee, as a list of one
   */
  public List<TradeFee> tradeFee(String symbol) {
    Params p = Params.of("symbol", WalletChecks.required(symbol, "symbol", "a symbol such as BTCUSDT"));
    return call(SapiEndpoints.TRADE_FEE, p, TRADE_FEES);
  }

  /**
   * {@code GET /sapi/v1/account/status}. IP weight 1.
   *
   * @return the account's status
   */
  public AccountStatus accountStatus() {
    return call(SapiEndpoints.ACCOUNT_STATUS, Params.empty(), ACCOUNT_STATUS);
  }

  /**
   * {@code GET /sapi/v1/account/apiTradingStatus}: whether API trading is locked, and by what. IP weight 1.
   *
   * @return the API trading status
   */
  public ApiTradingStatus apiTradingStatus() {
    return call(SapiEndpoints.API_TRADING_STATUS, Params.empty(), API_TRADING_STATUS);
  }

  /**
   * {@code GET /sapi/v1/account/apiRestrictions}: the calling key's permissions. IP weight 1.
   *
   * @return the key's permissions
   */
  public ApiRestrictions apiRestrictions() {
    return call(SapiEndpoints.API_RESTRICTIONS, Params.empty(), API_RESTRICTIONS);
  }
}
