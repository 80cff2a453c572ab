package dev.signet.binance.subaccount;

import dev.signet.core.internal.json.Required;

/**
 * The answer to a sub-account's transfer to its master or a sibling ({@code subToMaster}, {@code subToSub}).
 *
 * <pre>{@code
 * String id = client.subAccounts().transferToMaster("USDT", new BigDecimal("10")).txnId();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param txnId the transfer's id
 */
public record SubTransferResult(
    String txnId) {
  /**
   * Checks the required fields are present.
   *
   * @param txnId the transfer's id
   */
  public SubTransferResult {
    Required.field(txnId, "txnId");
  }
}
