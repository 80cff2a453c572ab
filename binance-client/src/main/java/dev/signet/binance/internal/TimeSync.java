package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.HttpTransport;
import dev.signet.core.OffsetClock;
import dev.signet.core.Params;
import dev.signet.core.ResponseHandler;
import dev.signet.core.SignetJson;
import java.lang.System.Logger.Level;
import tools.jackson.databind.JsonNode;

/**
 * Keeps one host's {@link OffsetClock} in step with its server time: measured on the first signed
 * call and again after a {@code -1021}, half the round trip compensated. The base clock is the
 * system clock (the only case in which Signet syncs), which OkHttp's wire timestamps also read.
 * Not API.
 */
public final class TimeSync {
  private static final System.Logger LOG = System.getLogger(TimeSync.class.getName());

  private final OffsetClock clock;
  private final HttpTransport transport;
  private final Endpoint time;
  private final BinanceResponses responses;
  private volatile boolean synced;

  /**
   * @param clock the clock the signer reads
   * @param transport the host's transport
   * @param time the host's server time endpoint
   * @param responses the error mapping
   */
  public TimeSync(OffsetClock clock, HttpTransport transport, Endpoint time, BinanceResponses responses) {
    this.clock = clock;
    this.transport = transport;
    this.time = time;
    this.responses = responses;
  }

  /** Syncs once, before the first signed call. */
  public void ensureSynced() {
    if (!synced) {
      sync();
    }
  }

  /**
   * Measures the offset now, from the moments the request left and the response arrived on the
   * wire (so a wait for a rate limit before sending does not skew it).
   */
  public synchronized void sync() {
    long[] wire = new long[2];
    ResponseHandler<JsonNode> decode = responses.json(SignetJson.mapper().constructType(JsonNode.class));
    JsonNode node = transport.execute(transport.request(time, Params.empty()), response -> {
      wire[0] = response.sentRequestAtMillis();
      wire[1] = response.receivedResponseAtMillis();
      return decode.handle(response);
    });
    clock.syncTo(node.get("serverTime").asLong(), wire[0], wire[1]);
    synced = true;
    LOG.log(Level.DEBUG, () -> "clock offset to " + transport.baseUrl().host() + ": " + clock.offset().toMillis() + " ms");
  }
}
