package dev.signet.kraken;

import dev.signet.core.internal.json.Required;
import dev.signet.core.internal.json.SortedStringMap;
import dev.signet.kraken.internal.KrakenBalanceDeserializer;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The result of {@code POST /0/private/Balance}: each asset's balance, net of pending withdrawals,
 * keyed by Kraken's asset id ({@code XXBT}, {@code ZUSD}, {@code ETH2.S}, …).
 *
 * <pre>{@code
 * KrakenBalance balance = kraken.balance();
 * BigDecimal btc = balance.get("XXBT").orElse(BigDecimal.ZERO);
 * }</pre>
 *
 * <p>A null balance for an asset fails the decode naming the asset.
 *
 * @param balances asset id to balance, sorted by asset id; unmodifiable, no null value
 */
@JsonDeserialize(using = KrakenBalanceDeserializer.class)
public record KrakenBalance(Map<String, BigDecimal> balances) {
  /**
   * Copies the map into a sorted, immutable one; a null map or a null balance is refused.
   *
   * @param balances asset id to balance, sorted by asset id; unmodifiable, no null value
   */
  public KrakenBalance {
    balances = SortedStringMap.copyOf(Required.values(balances, "balances"));
  }

  /**
   * The balance of one asset id, if Kraken listed it.
   *
   * @param asset Kraken's asset id, e.g. {@code XXBT} or {@code ZUSD} (not the altname)
   * @return the balance as a {@link BigDecimal}, or empty when Kraken did not list the asset
   */
  public Optional<BigDecimal> get(String asset) {
    return Optional.ofNullable(balances.get(asset));
  }
}
