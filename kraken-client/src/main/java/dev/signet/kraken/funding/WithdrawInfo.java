package dev.signet.kraken.funding;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * What a withdrawal of an amount to a key would do, as {@code WithdrawInfo} answers: the method,
 * the limit, the net amount sent and the fee.
 *
 * <pre>{@code
 * WithdrawInfo info = kraken.funding().withdrawInfo("XBT", "btc_testnet", new BigDecimal("0.725"));
 * BigDecimal received = info.amount();
 * }</pre>
 *
 * @param method the withdrawal method that will be used
 * @param limit the most that can be withdrawn now
 * @param amount the net amount that will be sent, after fees
 * @param fee the fee that will be paid
 */
public record WithdrawInfo(String method, BigDecimal limit, BigDecimal amount, BigDecimal fee) {
  /**
   * Checks every field is present.
   *
   * @param method the withdrawal method
   * @param limit the most that can be withdrawn now
   * @param amount the net amount that will be sent
   * @param fee the fee that will be paid
   */
  public WithdrawInfo {
    Required.field(method, "method");
    Required.field(limit, "limit");
    Required.field(amount, "amount");
    Required.field(fee, "fee");
  }
}
