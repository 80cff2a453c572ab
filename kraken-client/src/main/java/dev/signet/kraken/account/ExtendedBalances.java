package dev.signet.kraken.account;

import java.util.Map;
import java.util.Optional;

/**
 * The result of {@code POST /0/private/BalanceEx}: each asset's balance, credit and held amount,
 * keyed by Kraken's asset id ({@code XXBT}, {@code ZUSD}, …) in Kraken's order.
 *
 * <pre>{@code
 * ExtendedBalances all = kraken.accountData().balanceEx();
 * BigDecimal held = all.get("XXBT").map(ExtendedBalance::holdTrade).orElse(BigDecimal.ZERO);
 * }</pre>
 *
 * @param assets asset id to its balances; unmodifiable
 */
public record ExtendedBalances(Map<String, ExtendedBalance> assets) {
  /**
   * Copies the map, keeping its order.
   *
   * @param assets asset id to its balances; unmodifiable
   */
  public ExtendedBalances {
    assets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(assets));
  }

  /**
   * One asset's balances, if Kraken listed it.
   *
   * @param asset Kraken's asset id, e.g. {@code XXBT}
   * @return its balances, or empty when Kraken did not list it
   */
  public Optional<ExtendedBalance> get(String asset) {
    return Optional.ofNullable(assets.get(asset));
  }
}
