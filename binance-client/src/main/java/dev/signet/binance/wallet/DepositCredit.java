package dev.signet.binance.wallet;

import dev.signet.binance.internal.WalletChecks;
import dev.signet.core.Params;

/**
 * A one-click arrival of a deposit sent to an expired address, {@code POST /sapi/v1/capital/deposit/credit-apply}:
 * by deposit id (preferred) or by chain transaction id, optionally for a cloud sub-account or a
 * sub-user. Immutable.
 *
 * <pre>{@code
 * DepositCreditResult r = client.wallet().creditDeposit(DepositCredit.byDepositId(769800519366885376L));
 * DepositCredit forSub = DepositCredit.byTxId("0xb5ef8c13...").withSubUserId(1001L);
 * }</pre>
 *
 * @param depositId the deposit's id, or null
 * @param txId the chain transaction id (used when there is no {@code depositId}), or null
 * @param subAccountId the cloud user's sub-account id, or null
 * @param subUserId the parent user's sub-user id, or null
 */
public record DepositCredit(Long depositId, String txId, Long subAccountId, Long subUserId) {
  /**
   * Checks one of the ids is given.
   *
   * @param depositId the deposit's id, or null
   * @param txId the chain transaction id, or null
   * @param subAccountId the cloud user's sub-account id, or null
   * @param subUserId the parent user's sub-user id, or null
   */
  public DepositCredit {
    if (depositId == null && txId == null) {
      throw new IllegalArgumentException("depositId and txId are both unset; pass one (depositId is used first).");
    }
    WalletChecks.optional(txId, "txId", "the deposit's chain transaction id");
  }

  /**
   * By deposit id.
   *
   * @param depositId the id of the deposit (from {@link Deposit#id()})
   * @return the request
   */
  public static DepositCredit byDepositId(long depositId) {
    return new DepositCredit(depositId, null, null, null);
  }

  /**
   * By chain transaction id.
   *
   * @param txId the chain transaction id
   * @return the request
   */
  public static DepositCredit byTxId(String txId) {
    return new DepositCredit(null, WalletChecks.required(txId, "txId", "the deposit's chain transaction id"), null, null);
  }

  /**
   * The same request for a cloud user's sub-account.
   *
   * @param id the sub-account id
   * @return a copy with {@code subAccountId}
   */
  public DepositCredit withSubAccountId(long id) {
    return new DepositCredit(depositId, txId, id, subUserId);
  }

  /**
   * The same request for a parent user's sub-user.
   *
   * @param id the sub-user id
   * @return a copy with {@code subUserId}
   */
  public DepositCredit withSubUserId(long id) {
    return new DepositCredit(depositId, txId, subAccountId, id);
  }

  /**
   * The parameters in the order Binance documents them (sent in the POST body).
   *
   * @return the parameters
   */
  public Params toParams() {
    return Params.empty().addIfPresent("depositId", depositId).addIfPresent("txId", txId)
        .addIfPresent("subAccountId", subAccountId).addIfPresent("subUserId", subUserId);
  }
}
