package dev.signet.binance.wallet;

import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A withdrawal, {@code POST /sapi/v1/capital/withdraw/apply}: coin, destination and amount, plus
 * the optional network, memo, client id, fee flag, address-book name and source wallet. Built with
 * {@link #builder(String, String, BigDecimal)}; immutable; every value is checked when built.
 *
 * <p>The call is a write that Signet never resends once it may have arrived. It always carries a
 * client id — {@link Builder#withdrawOrderId(String) yours}, or one Signet generates ({@code sg} and 32
 * hex digits) — and when its answer is lost the {@code WriteOutcomeUnknownException} names it, to
 * find the withdrawal again ({@code WithdrawHistoryQuery.builder().withdrawOrderId(id)}).
 *
 * <pre>{@code
 * WithdrawRequest w = WithdrawRequest.builder("USDT", "TNPZ4Ud5oyXf3iLTYvcSk8Hn6ztUBpSNbL", new BigDecimal("25"))
 *     .network(Network.TRX)
 *     .withdrawOrderId("bot-2026-11-22-001")
 *     .build();
 * WithdrawResult r = client.wallet().withdraw(w);
 * }</pre>
 *
 * @param coin the coin, e.g. {@code USDT}
 * @param withdrawOrderId the client id of the withdrawal, or null
 * @param network the network, or null for the coin's default
 * @param address the destination address
 * @param addressTag the memo/tag for networks that need one, or null
 * @param amount the amount, greater than zero (trailing zeros are dropped)
 * @param transactionFeeFlag for an internal transfer: true when the receiver pays the fee; or null (Binance's default false)
 * @param name the address-book name of the address, or null
 * @param walletType the wallet to pay from, or null for the account's selected deposit wallet
 */
public record WithdrawRequest(String coin, String withdrawOrderId, Network network, String address, String addressTag,
    BigDecimal amount, Boolean transactionFeeFlag, String name, WalletType walletType) {
  /**
   * Checks every value; see {@link Builder}.
   *
   * @param coin the coin, e.g. {@code USDT}
   * @param withdrawOrderId the client id of the withdrawal, or null
   * @param network the network, or null for the coin's default
   * @param address the destination address
   * @param addressTag the memo/tag for networks that need one, or null
   * @param amount the amount, greater than zero (trailing zeros are dropped)
   * @param transactionFeeFlag for an internal transfer: true when the receiver pays the fee; or null
   * @param name the address-book name of the address, or null
   * @param walletType the wallet to pay from, or null
   */
  public WithdrawRequest {
    WalletChecks.coin(coin, "coin");
    WalletChecks.optional(withdrawOrderId, "withdrawOrderId", "your own id for the withdrawal");
    WalletChecks.required(address, "address", "the destination address (a withdrawal cannot go without one)");
    WalletChecks.optional(addressTag, "addressTag", "the memo/tag the destination asks for");
    amount = WalletChecks.amount(amount, "amount");
    WalletChecks.optional(name, "name", "a name for the address book");
  }

  /**
   * A builder for {@code amount} of {@code coin} to {@code address}.
   *
   * @param coin the coin, e.g. {@code USDT}
   * @param address the destination address
   * @param amount the amount, greater than zero
   * @return a new builder
   */
  public static Builder builder(String coin, String address, BigDecimal amount) {
    return new Builder(coin, address, amount);
  }

  /**
   * The parameters in the order Binance documents them.
   *
   * @return the parameters in the order Binance documents them
   */
  public Params toParams() {
    return Params.empty()
        .add("coin", coin)
        .addIfPresent("withdrawOrderId", withdrawOrderId)
        .addIfPresent("network", network)
        .add("address", address)
        .addIfPresent("addressTag", addressTag)
        .add("amount", amount)
        .addIfPresent("transactionFeeFlag", transactionFeeFlag)
        .addIfPresent("name", name)
        .addIfPresent("walletType", walletType);
  }

  /** Builds a {@link WithdrawRequest}; {@link #build()} checks every value. */
  public static final class Builder {
    private final String coin;
    private final String address;
    private final BigDecimal amount;
    private String withdrawOrderId;
    private Network network;
    private String addressTag;
    private Boolean transactionFeeFlag;
    private String name;
    private WalletType walletType;

    private Builder(String coin, String address, BigDecimal amount) {
      this.coin = coin;
      this.address = address;
      this.amount = amount;
    }

    /**
     * Your own id for the withdrawal, to find it by when its answer is lost.
     *
     * @param id the client id
     * @return this builder
     */
    public Builder withdrawOrderId(String id) {
      this.withdrawOrderId = Objects.requireNonNull(id, "withdrawOrderId");
      return this;
    }

    /**
     * The network (unset: the coin's default network).
     *
     * @param network the network, e.g. {@link Network#TRX}
     * @return this builder
     */
    public Builder network(Network network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    /**
     * The memo/tag, for networks that need one ({@code withdrawTag} true in the coin's network list).
     *
     * @param tag the memo/tag
     * @return this builder
     */
    public Builder addressTag(String tag) {
      this.addressTag = Objects.requireNonNull(tag, "addressTag");
      return this;
    }

    /**
     * For an internal transfer: {@code true} when the receiver pays the fee.
     *
     * @param receiverPays whether the receiver pays the fee
     * @return this builder
     */
    public Builder transactionFeeFlag(boolean receiverPays) {
      this.transactionFeeFlag = receiverPays;
      return this;
    }

    /**
     * Adds the address to the address book under {@code name}.
     *
     * @param name the address-book name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The wallet to pay from.
     *
     * @param walletType {@link WalletType#SPOT} or {@link WalletType#FUNDING}
     * @return this builder
     */
    public Builder walletType(WalletType walletType) {
      this.walletType = Objects.requireNonNull(walletType, "walletType");
      return this;
    }

    /**
     * The request; throws {@link IllegalArgumentException} naming a bad value.
     *
     * @return the request
     */
    public WithdrawRequest build() {
      return new WithdrawRequest(coin, withdrawOrderId, network, address, addressTag, amount, transactionFeeFlag,
          name, walletType);
    }
  }
}
