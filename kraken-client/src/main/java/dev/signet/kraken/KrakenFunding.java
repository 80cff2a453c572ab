package dev.signet.kraken;

import dev.signet.kraken.internal.KrakenHost;
import java.util.Objects;

/**
 * Kraken funding ({@code POST /0/private/...}).
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * // see the methods
 * }</pre>
 */
public final class KrakenFunding {
  private final KrakenHost host;

  KrakenFunding(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }
}
