package dev.signet.binance.internal;

import dev.signet.core.Decoder;

/**
 * The decoder of an endpoint that answers {@code {}} (a ping): anything else fails the decode. Not API.
 *
 * <p>Example: {@code host.execute(Operation.of(FuturesEndpoints.PING, Params.empty(), EmptyResponse.DECODER))}
 */
public final class EmptyResponse {
  /** Accepts exactly the empty JSON object. */
  public static final Decoder<Boolean> DECODER = Decoder.tree().map(n -> {
    if (!n.isObject() || !n.isEmpty()) {
      throw new IllegalArgumentException("expected {}, found " + n.getNodeType());
    }
    return true;
  });

  private EmptyResponse() {}
}
