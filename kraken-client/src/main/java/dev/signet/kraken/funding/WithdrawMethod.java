package dev.signet.kraken.funding;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One way to withdraw an asset, as {@code WithdrawMethods} lists it.
 *
 * <pre>{@code
 * List<WithdrawMethod> methods = kraken.funding().withdrawMethods("XBT");
 * }</pre>
 *
 * @param asset the asset id, e.g. {@code XXBT}
 * @param method the method's name, e.g. {@code Bitcoin Lightning}
 * @param network the blockchain or network, e.g. {@code Lightning}, or null when not sent
 * @param minimum the least net amount that can be withdrawn now, or null when not sent
 */
public record WithdrawMethod(String asset, String method, String network, BigDecimal minimum) {
  /**
   * Checks the asset and the method's name are present.
   *
   * @param asset the asset id
   * @param method the method's name
   * @param network the network, or null
   * @param minimum the least net amount, or null
   */
  public WithdrawMethod {
    Required.field(asset, "asset");
    Required.field(method, "method");
  }
}
