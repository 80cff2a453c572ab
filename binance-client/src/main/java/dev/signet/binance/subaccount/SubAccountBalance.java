package dev.signet.binance.subaccount;

import dev.signet.core.internal.json.Required;
import java.math.BigDecimal;

/**
 * One asset of a sub-account: an element of {@link SubAccountAssets#balances()}.
 *
 * <pre>{@code
 * BigDecimal free = assets.balances().get(0).free();
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param asset the asset
 * @param free free
 * @param locked locked
 * @param freeze frozen
 * @param withdrawing being withdrawn
 */
public record SubAccountBalance(
    String asset,
    BigDecimal free,
    BigDecimal locked,
    BigDecimal freeze,
    BigDecimal withdrawing) {
  /**
   * Checks the required fields are present.
   *
   * @param asset the asset
   * @param free free
   * @param locked locked
   * @param freeze frozen
   * @param withdrawing being withdrawn
   */
  public SubAccountBalance {
    Required.field(asset, "asset");
    Required.field(free, "free");
    Required.field(locked, "locked");
    Required.field(freeze, "freeze");
    Required.field(withdrawing, "withdrawing");
  }
}
