package dev.signet.binance.subaccount;

import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * The master account's sub-accounts: {@code GET /sapi/v1/sub-account/list}.
 *
 * <pre>{@code
 * SubAccountList page = client.subAccounts().list(SubAccountQuery.builder().limit(200).build());
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param subAccounts the sub-accounts of this page (unmodifiable)
 */
public record SubAccountList(
    List<SubAccount> subAccounts) {
  /**
   * Checks the required fields are present.
   *
   * @param subAccounts the sub-accounts of this page (unmodifiable)
   */
  public SubAccountList {
    subAccounts = Required.list(subAccounts, "subAccounts");
  }
}
