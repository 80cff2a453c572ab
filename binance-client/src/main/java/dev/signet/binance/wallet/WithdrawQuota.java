package dev.signet.binance.wallet;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * The account's 24-hour withdrawal quota in USD: {@code GET /sapi/v1/capital/withdraw/quota}.
 *
 * <pre>{@code
 * WithdrawQuota q = client.wallet().withdrawQuota();
 * BigDecimal left = q.remaining();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param wdQuota the total quota of the last 24 hours (on-chain and internal), in USD
 * @param usedWdQuota how much of it was used, in USD
 */
public record WithdrawQuota(
    BigDecimal wdQuota,
    BigDecimal usedWdQuota) {
  /**
   * Checks the required fields are present.
   *
   * @param wdQuota the total quota of the last 24 hours (on-chain and internal), in USD
   * @param usedWdQuota how much of it was used, in USD
   */
  public WithdrawQuota {
    Required.field(wdQuota, "wdQuota");
    Required.field(usedWdQuota, "usedWdQuota");
  }

  /**
   * {@code wdQuota - usedWdQuota}.
   *
   * @return what is left of the quota, in USD
   */
  public BigDecimal remaining() {
    return wdQuota.subtract(usedWdQuota);
  }
}
