package dev.signet.binance.subaccount;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * A sub-account's margin and futures status: an element of {@code GET /sapi/v1/sub-account/status}.
 *
 * <pre>{@code
 * boolean futures = client.subAccounts().status("sub1@example.com").get(0).isFutureEnabled();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param email the sub-account's e-mail
 * @param isSubUserEnabled whether the sub-account is enabled
 * @param isUserActive whether the user is active
 * @param insertTime when it was created (epoch millis on the wire)
 * @param isMarginEnabled whether margin is enabled
 * @param isFutureEnabled whether futures are enabled
 * @param mobile the user's mobile number, or null
 */
public record SubAccountStatus(
    String email,
    @JsonProperty(value = "isSubUserEnabled", required = true) boolean isSubUserEnabled,
    @JsonProperty(value = "isUserActive", required = true) boolean isUserActive,
    Instant insertTime,
    @JsonProperty(value = "isMarginEnabled", required = true) boolean isMarginEnabled,
    @JsonProperty(value = "isFutureEnabled", required = true) boolean isFutureEnabled,
    Long mobile) {
  /**
   * Checks the required fields are present.
   *
   * @param email the sub-account's e-mail
   * @param isSubUserEnabled whether the sub-account is enabled
   * @param isUserActive whether the user is active
   * @param insertTime when it was created (epoch millis on the wire)
   * @param isMarginEnabled whether margin is enabled
   * @param isFutureEnabled whether futures are enabled
   * @param mobile the user's mobile number, or null
   */
  public SubAccountStatus {
    Required.field(email, "email");
    Required.field(insertTime, "insertTime");
  }
}
