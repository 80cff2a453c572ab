package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.HttpTransport;
import dev.signet.core.OffsetClock;
import dev.signet.core.Params;
import dev.signet.core.SignetJson;
import java.lang.System.Logger.Level;
import tools.jackson.databind.JsonNode;

/**
 * Keeps one host's {@link OffsetClock} in step with its server time: measured on the first signed
 * call and again after a {@code -1021}, half the round trip compensated. Not API.
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

  /** Measures the offset now. */
  public synchronized void sync() {
    long sent = clock.base().millis();
    JsonNode node = transport.execute(transport.request(time, Params.empty()),
        responses.json(SignetJson.mapper().constructType(JsonNode.class)));
    long received = clock.base().millis();
    clock.syncTo(node.get("serverTime").asLong(), sent, received);
    synced = true;
    LOG.log(Level.DEBUG, () -> "clock offset to " + transport.baseUrl().host() + ": " + clock.offset().toMillis() + " ms");
  }
}
