package dev.signet.kraken;

import dev.signet.kraken.internal.KrakenHost;
import java.util.Objects;

/**
 * Kraken subaccounts ({@code POST /0/private/...}).
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * // see the methods
 * }</pre>
 */
public final class KrakenSubaccounts {
  private final KrakenHost host;

  KrakenSubaccounts(KrakenHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }
}
