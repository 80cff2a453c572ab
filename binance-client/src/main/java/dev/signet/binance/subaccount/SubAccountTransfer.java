package dev.signet.binance.subaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One transfer of the calling sub-account: an element of {@code GET /sapi/v1/sub-account/transfer/subUserHistory}.
 *
 * <pre>{@code
 * for (SubAccountTransfer t : client.subAccounts().transferHistory(SubTransferHistoryQuery.all())) { ... }
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param counterParty {@code master} or {@code subAccount}
 * @param email the other side's e-mail
 * @param type {@code 1} transfer in, {@code 2} transfer out
 * @param asset the asset
 * @param qty the amount
 * @param fromAccountType the account it left
 * @param toAccountType the account it reached
 * @param status the state
 * @param tranId the transfer's id
 * @param time when (epoch millis on the wire)
 */
public record SubAccountTransfer(
    String counterParty,
    String email,
    @JsonProperty(required = true) int type,
    String asset,
    BigDecimal qty,
    AccountType fromAccountType,
    AccountType toAccountType,
    SubTransferStatus status,
    @JsonProperty(required = true) long tranId,
    Instant time) {
  /**
   * Checks the required fields are present.
   *
   * @param counterParty {@code master} or {@code subAccount}
   * @param email the other side's e-mail
   * @param type {@code 1} transfer in, {@code 2} transfer out
   * @param asset the asset
   * @param qty the amount
   * @param fromAccountType the account it left
   * @param toAccountType the account it reached
   * @param status the state
   * @param tranId the transfer's id
   * @param time when (epoch millis on the wire)
   */
  public SubAccountTransfer {
    Required.field(counterParty, "counterParty");
    Required.field(email, "email");
    Required.field(asset, "asset");
    Required.field(qty, "qty");
    Required.field(fromAccountType, "fromAccountType");
    Required.field(toAccountType, "toAccountType");
    Required.field(status, "status");
    Required.field(time, "time");
  }
}
