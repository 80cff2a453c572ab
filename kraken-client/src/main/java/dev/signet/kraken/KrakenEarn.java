package dev.signet.kraken;

import dev.signet.kraken.internal.KrakenHost;
import java.util.Objects;

/**
 * Kraken Earn ({@code POST /0/private/Earn/...}).
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * // see the methods
 * }</pre>
 */
public final class KrakenEarn {
  private final KrakenHost host;

  KrakenEarn(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }
}
