package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One network a coin can be deposited or withdrawn on: an element of {@link Coin#networkList()}.
 *
 * <pre>{@code
 * CoinNetwork trc20 = coin.network(Network.TRX).orElseThrow();
 * BigDecimal fee = trc20.withdrawFee();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param network the network, e.g. {@code BTC}
 * @param coin the coin, e.g. {@code BTC}
 * @param withdrawIntegerMultiple the step a withdrawal amount must be a multiple of
 * @param isDefault whether this is the coin's default network
 * @param depositEnable whether deposits are open
 * @param withdrawEnable whether withdrawals are open
 * @param depositDesc why deposits are closed (sent when {@code depositEnable} is false), or null
 * @param withdrawDesc why withdrawals are closed (sent when {@code withdrawEnable} is false), or null
 * @param specialTips deposit tips, or null
 * @param specialWithdrawTips withdrawal tips, or null
 * @param name the network's display name, e.g. {@code BNB Smart Chain (BEP20)}
 * @param resetAddressStatus whether the deposit address is being reset, or null
 * @param addressRegex the pattern a withdrawal address must match
 * @param memoRegex the pattern a memo/tag must match (may be empty), or null
 * @param withdrawFee the withdrawal fee, in the coin
 * @param withdrawMin the smallest withdrawal
 * @param withdrawMax the largest withdrawal
 * @param withdrawInternalMin the smallest internal transfer, or null
 * @param depositDust deposits below this are not credited, or null
 * @param minConfirm confirmations before the balance is credited
 * @param unLockConfirm confirmations before the balance is unlocked
 * @param sameAddress whether the network needs a memo to withdraw (one address, many users), or null
 * @param withdrawTag whether a withdrawal needs an {@code addressTag}, or null
 * @param estimatedArrivalTime the estimated arrival time in minutes, or null
 * @param busy whether the network is congested, or null
 * @param contractAddressUrl the explorer URL of token contracts, or null
 * @param contractAddress the token contract, or null
 * @param denomination how many base units one unit of the coin is (e.g. 1000000 for {@code 1MBABYDOGE}), or null
 */
public record CoinNetwork(
    Network network,
    String coin,
    BigDecimal withdrawIntegerMultiple,
    @JsonProperty(value = "isDefault", required = true) boolean isDefault,
    @JsonProperty(required = true) boolean depositEnable,
    @JsonProperty(required = true) boolean withdrawEnable,
    String depositDesc,
    String withdrawDesc,
    String specialTips,
    String specialWithdrawTips,
    String name,
    Boolean resetAddressStatus,
    String addressRegex,
    String memoRegex,
    BigDecimal withdrawFee,
    BigDecimal withdrawMin,
    BigDecimal withdrawMax,
    BigDecimal withdrawInternalMin,
    BigDecimal depositDust,
    @JsonProperty(required = true) int minConfirm,
    @JsonProperty(required = true) int unLockConfirm,
    Boolean sameAddress,
    Boolean withdrawTag,
    Long estimatedArrivalTime,
    Boolean busy,
    String contractAddressUrl,
    String contractAddress,
    Long denomination) {
  /**
   * Checks the required fields are present.
   *
   * @param network the network, e.g. {@code BTC}
   * @param coin the coin, e.g. {@code BTC}
   * @param withdrawIntegerMultiple the step a withdrawal amount must be a multiple of
   * @param isDefault whether this is the coin's default network
   * @param depositEnable whether deposits are open
   * @param withdrawEnable whether withdrawals are open
   * @param depositDesc why deposits are closed (sent when {@code depositEnable} is false), or null
   * @param withdrawDesc why withdrawals are closed (sent when {@code withdrawEnable} is false), or null
   * @param specialTips deposit tips, or null
   * @param specialWithdrawTips withdrawal tips, or null
   * @param name the network's display name, e.g. {@code BNB Smart Chain (BEP20)}
   * @param resetAddressStatus whether the deposit address is being reset, or null
   * @param addressRegex the pattern a withdrawal address must match
   * @param memoRegex the pattern a memo/tag must match (may be empty), or null
   * @param withdrawFee the withdrawal fee, in the coin
   * @param withdrawMin the smallest withdrawal
   * @param withdrawMax the largest withdrawal
   * @param withdrawInternalMin the smallest internal transfer, or null
   * @param depositDust deposits below this are not credited, or null
   * @param minConfirm confirmations before the balance is credited
   * @param unLockConfirm confirmations before the balance is unlocked
   * @param sameAddress whether the network needs a memo to withdraw (one address, many users), or null
   * @param withdrawTag whether a withdrawal needs an {@code addressTag}, or null
   * @param estimatedArrivalTime the estimated arrival time in minutes, or null
   * @param busy whether the network is congested, or null
   * @param contractAddressUrl the explorer URL of token contracts, or null
   * @param contractAddress the token contract, or null
   * @param denomination how many base units one unit of the coin is (e.g. 1000000 for {@code 1MBABYDOGE}), or null
   */
  public CoinNetwork {
    Required.field(network, "network");
    Required.field(coin, "coin");
    Required.field(withdrawIntegerMultiple, "withdrawIntegerMultiple");
    Required.field(name, "name");
    Required.field(addressRegex, "addressRegex");
    Required.field(withdrawFee, "withdrawFee");
    Required.field(withdrawMin, "withdrawMin");
    Required.field(withdrawMax, "withdrawMax");
  }
}
