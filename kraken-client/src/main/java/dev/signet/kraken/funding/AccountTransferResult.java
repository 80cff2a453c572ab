package dev.signet.kraken.funding;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * The answer of {@code AccountTransfer} (master account and subaccounts): the transfer's id and state.
 *
 * <pre>{@code
 * AccountTransferResult r = kraken.subaccounts().accountTransfer("XBT", new BigDecimal("2.54"), fromIiban, toIiban);
 * boolean done = r.status() == AccountTransferStatus.COMPLETE;
 * }</pre>
 *
 * @param transferId the transfer's id ({@code transfer_id}), e.g. {@code TOH3AS2-LPCWR8-JDQGEU}
 * @param status {@code pending} or {@code complete} (undocumented values are kept)
 */
public record AccountTransferResult(@JsonProperty("transfer_id") String transferId, AccountTransferStatus status) {
  /**
   * Checks both fields are present.
   *
   * @param transferId the transfer's id
   * @param status the transfer's state
   */
  public AccountTransferResult {
    Required.field(transferId, "transfer_id");
    Required.field(status, "status");
  }
}
