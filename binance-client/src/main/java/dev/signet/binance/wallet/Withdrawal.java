package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.binance.internal.UtcText;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One withdrawal: an element of {@code GET /sapi/v1/capital/withdraw/history}.
 *
 * <pre>{@code
 * Withdrawal w = client.wallet().withdrawHistory(WithdrawHistoryQuery.builder().withdrawOrderId("bot-7").build()).get(0);
 * if (w.status() == WithdrawStatus.COMPLETED) { ... }
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param id Binance's id of the withdrawal
 * @param amount the amount
 * @param transactionFee the fee
 * @param coin the coin
 * @param status the state (unknown codes are kept)
 * @param address the destination address
 * @param txId the chain transaction id, or null before it has one
 * @param applyTime when it was applied for, UTC {@code yyyy-MM-dd HH:mm:ss} (see {@link #appliedAt()})
 * @param network the network, or null (old withdrawals may have none)
 * @param transferType {@code 1} for an internal transfer, {@code 0} for an external one
 * @param withdrawOrderId the client id it was requested with, or null when none was sent
 * @param info why it failed, or null
 * @param confirmNo confirmations so far, or null
 * @param walletType the wallet it was paid from
 * @param txKey the transaction key, or null
 * @param completeTime when it completed (UTC {@code yyyy-MM-dd HH:mm:ss}, only once completed), or null
 */
public record Withdrawal(
    String id,
    BigDecimal amount,
    BigDecimal transactionFee,
    String coin,
    WithdrawStatus status,
    String address,
    String txId,
    String applyTime,
    Network network,
    @JsonProperty(required = true) int transferType,
    String withdrawOrderId,
    String info,
    Integer confirmNo,
    WalletType walletType,
    String txKey,
    String completeTime) {
  /**
   * Checks the required fields are present.
   *
   * @param id Binance's id of the withdrawal
   * @param amount the amount
   * @param transactionFee the fee
   * @param coin the coin
   * @param status the state (unknown codes are kept)
   * @param address the destination address
   * @param txId the chain transaction id, or null before it has one
   * @param applyTime when it was applied for, UTC {@code yyyy-MM-dd HH:mm:ss} (see {@link #appliedAt()})
   * @param network the network, or null (old withdrawals may have none)
   * @param transferType {@code 1} for an internal transfer, {@code 0} for an external one
   * @param withdrawOrderId the client id it was requested with, or null when none was sent
   * @param info why it failed, or null
   * @param confirmNo confirmations so far, or null
   * @param walletType the wallet it was paid from
   * @param txKey the transaction key, or null
   * @param completeTime when it completed (UTC {@code yyyy-MM-dd HH:mm:ss}, only once completed), or null
   */
  public Withdrawal {
    Required.field(id, "id");
    Required.field(amount, "amount");
    Required.field(transactionFee, "transactionFee");
    Required.field(coin, "coin");
    Required.field(status, "status");
    Required.field(address, "address");
    Required.field(applyTime, "applyTime");
    Required.field(walletType, "walletType");
    UtcText.check(applyTime, "applyTime");
    if (completeTime != null) {
      UtcText.check(completeTime, "completeTime");
    }
  }

  /**
   * {@code applyTime} as an instant (Binance sends UTC text, not epoch millis).
   *
   * @return when the withdrawal was applied for
   */
  public Instant appliedAt() {
    return UtcText.parse(applyTime);
  }

  /**
   * {@code completeTime} as an instant, when Binance sent one.
   *
   * @return when the withdrawal completed, or empty
   */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completeTime).map(UtcText::parse);
  }
}
