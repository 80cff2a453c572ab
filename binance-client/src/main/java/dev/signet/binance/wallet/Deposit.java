package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One deposit: an element of {@code GET /sapi/v1/capital/deposit/hisrec} (and of the sub-account's
 * {@code GET /sapi/v1/capital/deposit/subHisrec}).
 *
 * <pre>{@code
 * for (Deposit d : client.wallet().depositHistory(DepositHistoryQuery.builder().coin("USDT").build())) {
 *   if (d.status() == DepositStatus.SUCCESS) { credit(d.amount()); }
 * }
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param id Binance's id of the deposit
 * @param amount the amount
 * @param coin the coin
 * @param network the network
 * @param status the state (unknown codes are kept)
 * @param address the address it was sent to
 * @param addressTag the memo/tag, or the empty string
 * @param txId the chain transaction id
 * @param insertTime when Binance saw it (epoch millis on the wire)
 * @param completeTime when it completed, or null (sent for deposits after 2025-03-06, never by the sub-account history)
 * @param transferType {@code 1} for an internal transfer, {@code 0} for an external one
 * @param confirmTimes confirmations seen / needed, e.g. {@code 1/1}
 * @param unlockConfirm confirmations before the deposit unlocks
 * @param walletType the wallet credited
 * @param travelRuleStatus the travel-rule state, or null
 * @param sourceAddress the sender's address (only with {@code includeSource=true}), or null
 */
public record Deposit(
    String id,
    BigDecimal amount,
    String coin,
    Network network,
    DepositStatus status,
    String address,
    String addressTag,
    String txId,
    Instant insertTime,
    Instant completeTime,
    @JsonProperty(required = true) int transferType,
    String confirmTimes,
    @JsonProperty(required = true) int unlockConfirm,
    WalletType walletType,
    Integer travelRuleStatus,
    String sourceAddress) {
  /**
   * Checks the required fields are present.
   *
   * @param id Binance's id of the deposit
   * @param amount the amount
   * @param coin the coin
   * @param network the network
   * @param status the state (unknown codes are kept)
   * @param address the address it was sent to
   * @param addressTag the memo/tag, or the empty string
   * @param txId the chain transaction id
   * @param insertTime when Binance saw it (epoch millis on the wire)
   * @param completeTime when it completed, or null (sent for deposits after 2025-03-06, never by the sub-account history)
   * @param transferType {@code 1} for an internal transfer, {@code 0} for an external one
   * @param confirmTimes confirmations seen / needed, e.g. {@code 1/1}
   * @param unlockConfirm confirmations before the deposit unlocks
   * @param walletType the wallet credited
   * @param travelRuleStatus the travel-rule state, or null
   * @param sourceAddress the sender's address (only with {@code includeSource=true}), or null
   */
  public Deposit {
    Required.field(id, "id");
    Required.field(amount, "amount");
    Required.field(coin, "coin");
    Required.field(network, "network");
    Required.field(status, "status");
    Required.field(address, "address");
    Required.field(addressTag, "addressTag");
    Required.field(txId, "txId");
    Required.field(insertTime, "insertTime");
    Required.field(confirmTimes, "confirmTimes");
    Required.field(walletType, "walletType");
  }
}
