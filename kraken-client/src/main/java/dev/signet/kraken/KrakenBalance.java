package dev.signet.kraken;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of {@code POST /0/private/Balance}: each asset's balance, net of pending withdrawals,
 * keyed by Kraken's asset id ({@code XXBT}, {@code ZUSD}, {@code ETH2.S}, …).
 *
 * <pre>{@code
 * KrakenBalance balance = kraken.balance();
 * BigDecimal btc = balance.get("XXBT").orElse(BigDecimal.ZERO);
 * }</pre>
 *
 * @param balances asset id to balance, sorted by asset id; unmodifiable
 */
public record KrakenBalance(Map<String, BigDecimal> balances) {
  /** Copies the map. */
  public KrakenBalance {
    balances = java.util.Collections.unmodifiableMap(new TreeMap<>(balances == null ? Map.of() : balances));
  }

  /** Decodes Kraken's {@code {"XXBT":"1.0",…}} object. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static KrakenBalance of(Map<String, BigDecimal> balances) {
    return new KrakenBalance(balances);
  }

  /** The balance of one asset id, if Kraken listed it. */
  public Optional<BigDecimal> get(String asset) {
    return Optional.ofNullable(balances.get(asset));
  }
}
