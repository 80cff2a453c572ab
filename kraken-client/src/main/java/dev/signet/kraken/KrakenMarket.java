package dev.signet.kraken;

import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.kraken.internal.KrakenEndpoints;
import dev.signet.kraken.internal.KrakenHost;
import java.util.Objects;

/**
 * Kraken public market data ({@code GET /0/public/...}). Get it from {@code kraken.market()}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * long serverMillis = kraken.market().serverTime();
 * }</pre>
 */
public final class KrakenMarket {
  private static final Decoder<Long> UNIX_TIME =
      Decoder.tree().map(n -> Math.multiplyExact(Decoder.requireLong(n, "unixtime"), 1000L));

  private final KrakenHost host;

  KrakenMarket(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code GET /0/public/Time}: Kraken's time in epoch milliseconds (Kraken reports whole seconds).
   *
   * @return Kraken's server time in epoch milliseconds (a whole second times 1000)
   * @throws KrakenApiException when Kraken answers with an error list (see {@link KrakenApiException#errors()})
   */
  public long serverTime() {
    return host.execute(Operation.of(KrakenEndpoints.TIME, Params.empty(), UNIX_TIME));
  }
}
