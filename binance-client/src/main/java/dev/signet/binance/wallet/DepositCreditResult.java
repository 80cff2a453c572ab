package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * The answer to a one-click arrival ({@code POST /sapi/v1/capital/deposit/credit-apply}).
 *
 * <pre>{@code
 * boolean ok = client.wallet().creditDeposit(DepositCredit.byTxId(txId)).success();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param code Binance's code, {@code 000000} on success
 * @param message Binance's message
 * @param data whether the deposit was credited
 * @param success whether the call succeeded
 */
public record DepositCreditResult(
    String code,
    String message,
    @JsonProperty(required = true) boolean data,
    @JsonProperty(required = true) boolean success) {
  /**
   * Checks the required fields are present.
   *
   * @param code Binance's code, {@code 000000} on success
   * @param message Binance's message
   * @param data whether the deposit was credited
   * @param success whether the call succeeded
   */
  public DepositCreditResult {
    Required.field(code, "code");
    Required.field(message, "message");
  }
}
