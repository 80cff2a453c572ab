package dev.signet.kraken.funding;

import dev.signet.core.internal.json.Required;

/**
 * The answer of {@code Withdraw} and {@code WalletTransfer} (Kraken books a wallet transfer as a
 * withdrawal): the reference id, to follow it in {@code WithdrawStatus} or cancel it with
 * {@code WithdrawCancel}.
 *
 * <pre>{@code
 * String refid = kraken.funding().withdraw(request).refid();
 * }</pre>
 *
 * @param refid the withdrawal's reference id, e.g. {@code FTQcuak-V6Za8qrWnhzTx67yYHz8Tg}
 */
public record WithdrawalReference(String refid) {
  /**
   * Checks the reference id is present.
   *
   * @param refid the withdrawal's reference id
   */
  public WithdrawalReference {
    Required.field(refid, "refid");
  }
}
