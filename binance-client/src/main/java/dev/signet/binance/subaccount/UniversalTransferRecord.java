package dev.signet.binance.subaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One sub-account universal transfer: an element of {@link UniversalTransferHistory#result()}.
 *
 * <pre>{@code
 * UniversalTransferRecord t = history.result().get(0);
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param tranId the transfer's id
 * @param fromEmail the sender's e-mail
 * @param toEmail the receiver's e-mail
 * @param asset the asset
 * @param amount the amount
 * @param createTimeStamp when it was made (epoch millis on the wire)
 * @param fromAccountType the account it left
 * @param toAccountType the account it reached
 * @param status the state
 * @param clientTranId the client id it was sent with, or null
 */
public record UniversalTransferRecord(
    @JsonProperty(required = true) long tranId,
    String fromEmail,
    String toEmail,
    String asset,
    BigDecimal amount,
    Instant createTimeStamp,
    AccountType fromAccountType,
    AccountType toAccountType,
    SubTransferStatus status,
    String clientTranId) {
  /**
   * Checks the required fields are present.
   *
   * @param tranId the transfer's id
   * @param fromEmail the sender's e-mail
   * @param toEmail the receiver's e-mail
   * @param asset the asset
   * @param amount the amount
   * @param createTimeStamp when it was made (epoch millis on the wire)
   * @param fromAccountType the account it left
   * @param toAccountType the account it reached
   * @param status the state
   * @param clientTranId the client id it was sent with, or null
   */
  public UniversalTransferRecord {
    Required.field(fromEmail, "fromEmail");
    Required.field(toEmail, "toEmail");
    Required.field(asset, "asset");
    Required.field(amount, "amount");
    Required.field(createTimeStamp, "createTimeStamp");
    Required.field(fromAccountType, "fromAccountType");
    Required.field(toAccountType, "toAccountType");
    Required.field(status, "status");
  }
}
