package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;
import java.time.Instant;

/**
 * The account's API trading status: {@code GET /sapi/v1/account/apiTradingStatus}.
 *
 * <pre>{@code
 * ApiTradingStatus s = client.wallet().apiTradingStatus();
 * if (s.data().isLocked()) { waitUntil(s.data().plannedRecoverTime()); }
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param data the detail
 */
public record ApiTradingStatus(
    ApiTradingStatus.Detail data) {
  /**
   * Checks the required fields are present.
   *
   * @param data the detail
   */
  public ApiTradingStatus {
    Required.field(data, "data");
  }

  /**
   * The detail of {@link ApiTradingStatus}.
   *
   * <p>Example: {@code status.data().isLocked()} is {@code false} for the docs' sample.
   *
   * @param isLocked whether API trading is locked
   * @param plannedRecoverTime when a lock is planned to end ({@code 0} on the wire, the epoch, when none)
   * @param triggerCondition the thresholds that lock it
   * @param updateTime when this was last updated (epoch millis on the wire)
   */
  public record Detail(
      @JsonProperty(value = "isLocked", required = true) boolean isLocked,
      Instant plannedRecoverTime,
      TriggerCondition triggerCondition,
      Instant updateTime) {
    /**
     * Checks the required fields are present.
     *
     * @param isLocked whether API trading is locked
     * @param plannedRecoverTime when a lock is planned to end ({@code 0} on the wire, the epoch, when none)
     * @param triggerCondition the thresholds that lock it
     * @param updateTime when this was last updated (epoch millis on the wire)
     */
    public Detail {
      Required.field(plannedRecoverTime, "plannedRecoverTime");
      Required.field(triggerCondition, "triggerCondition");
      Required.field(updateTime, "updateTime");
    }
  }
}
