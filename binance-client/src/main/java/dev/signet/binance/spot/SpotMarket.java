package dev.signet.binance.spot;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.SpotEndpoints;
import dev.signet.binance.internal.TimeSync;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.Objects;

/**
 * Binance Spot public market data ({@code /api/v3}, security NONE). Get it from
 * {@code client.spot().market()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * long serverMillis = client.spot().market().serverTime();
 * }</pre>
 */
public final class SpotMarket {
  private final BinanceHost host;

  SpotMarket(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code GET /api/v3/time}: the server's time in epoch milliseconds. Weight 1.
   *
   * @return the spot server's time, in epoch milliseconds
   */
  public long serverTime() {
    return host.execute(Operation.of(SpotEndpoints.TIME, Params.empty(), TimeSync.SERVER_TIME));
  }
}
