package dev.signet.binance.futures;

import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.core.Decoder;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The USD-M Futures user data stream's listen key ({@code /fapi/v1/listenKey}, USER_STREAM: the
 * API key is sent, nothing is signed). Futures still uses listen keys (spot retired them): open
 * {@code wss://fstream.binance.com/private/ws/<listenKey>} (the {@code /private} route since
 * Binance's 2026-04-23 split; the old unrouted {@code /ws} delivers no user data) with the key
 * {@link #start()} returns, and
 * {@link #keepAlive()} it well within 60 minutes, after which Binance closes the stream. Get it from
 * {@code client.futures().userStream()}. The listen key grants reading the account's events: it is
 * never logged. Stateless and thread-safe.
 *
 * <pre>{@code
 * String listenKey = client.futures().userStream().start();
 * scheduler.scheduleAtFixedRate(() -> client.futures().userStream().keepAlive(), 30, 30, TimeUnit.MINUTES);
 * }</pre>
 */
public final class FuturesUserStream {
  private static final Decoder<String> LISTEN_KEY = Decoder.tree().map(FuturesUserStream::listenKey);
  private final BinanceHost host;

  FuturesUserStream(BinanceHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  /**
   * {@code POST /fapi/v1/listenKey}: starts the user data stream, or extends the active one by 60
   * minutes and returns its key. Weight 1.
   *
   * @return the listen key
   */
  public String start() {
    return host.execute(Operation.of(FuturesEndpoints.LISTEN_KEY_START, Params.empty(), LISTEN_KEY));
  }

  /**
   * {@code PUT /fapi/v1/listenKey}: extends the active stream by 60 minutes. Weight 1.
   *
   * @return the active listen key, as Binance answers it
   */
  public String keepAlive() {
    return host.execute(Operation.of(FuturesEndpoints.LISTEN_KEY_KEEPALIVE, Params.empty(), LISTEN_KEY));
  }

  /**
   * {@code DELETE /fapi/v1/listenKey}: closes the stream. Weight 1. Binance answers {@code {}}, which
   * carries nothing: any JSON body is accepted.
   */
  public void close() {
    host.execute(Operation.of(FuturesEndpoints.LISTEN_KEY_CLOSE, Params.empty(), Decoder.tree()));
  }

  private static String listenKey(JsonNode body) {
    JsonNode key = body.isObject() ? body.get("listenKey") : null;
    if (key == null || !key.isString() || key.asString().isEmpty()) {
      throw new IllegalArgumentException("field 'listenKey' is " + (key == null ? "missing" : "not a non-empty string"));
    }
    return key.asString();
  }
}
