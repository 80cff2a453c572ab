package dev.signet.binance.futures;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.TimeSync;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.Objects;

/**
 * Binance USD-M Futures public market data ({@code /fapi}, security NONE). Get it from
 * {@code client.futures().market()}. Stateless and thread-safe.
 *
 * <pre>{@code
 * long serverMillis = client.futures().market().serverTime();
 * }</pre>
 */
public final class FuturesMarket {
  private final BinanceHost host;

  FuturesMarket(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code GET /fapi/v1/time}: the futures server's time in epoch milliseconds. Weight 1.
   *
   * @return the futures server's time, in epoch milliseconds
   */
  public long serverTime() {
    return host.execute(Operation.of(FuturesEndpoints.TIME, Params.empty(), TimeSync.SERVER_TIME));
  }
}
