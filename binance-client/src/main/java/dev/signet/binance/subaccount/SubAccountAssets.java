package dev.signet.binance.subaccount;

import dev.signet.core.internal.json.Required;
import java.util.List;

/**
 * A sub-account's spot assets: {@code GET /sapi/v4/sub-account/assets} (strings) or {@code /sapi/v3} (numbers).
 *
 * <pre>{@code
 * SubAccountAssets a = client.subAccounts().assets("sub1@example.com");
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param balances the assets (unmodifiable)
 */
public record SubAccountAssets(
    List<SubAccountBalance> balances) {
  /**
   * Checks the required fields are present.
   *
   * @param balances the assets (unmodifiable)
   */
  public SubAccountAssets {
    balances = Required.list(balances, "balances");
  }
}
