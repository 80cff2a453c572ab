package dev.signet.binance.subaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * One sub-account: an element of {@link SubAccountList#subAccounts()}.
 *
 * <pre>{@code
 * for (SubAccount s : client.subAccounts().list(SubAccountQuery.all()).subAccounts()) { ... }
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param email the sub-account's e-mail
 * @param isFreeze whether it is frozen
 * @param createTime when it was created (epoch millis on the wire)
 * @param isManagedSubAccount whether it is a managed sub-account
 * @param isAssetManagementSubAccount whether it is an asset-management sub-account
 */
public record SubAccount(
    String email,
    @JsonProperty(value = "isFreeze", required = true) boolean isFreeze,
    Instant createTime,
    @JsonProperty(value = "isManagedSubAccount", required = true) boolean isManagedSubAccount,
    @JsonProperty(value = "isAssetManagementSubAccount", required = true) boolean isAssetManagementSubAccount) {
  /**
   * Checks the required fields are present.
   *
   * @param email the sub-account's e-mail
   * @param isFreeze whether it is frozen
   * @param createTime when it was created (epoch millis on the wire)
   * @param isManagedSubAccount whether it is a managed sub-account
   * @param isAssetManagementSubAccount whether it is an asset-management sub-account
   */
  public SubAccount {
    Required.field(email, "email");
    Required.field(createTime, "createTime");
  }
}
