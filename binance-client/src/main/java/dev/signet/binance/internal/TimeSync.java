package dev.signet.binance.internal;

import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.internal.OffsetClock;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.internal.Executor;
import java.lang.System.Logger.Level;

/**
 * Keeps one host's {@link OffsetClock} in step with its server time: measured on the first signed
 * call and again after a {@code -1021}, half the round trip compensated. The time call goes
 * through the host's executor like any read (rate-limited, retried, circuit-broken). The base
 * clock is the system clock (the only case in which Signet syncs), which OkHttp's wire timestamps
 * also read. Not API.
 *
 * <pre>{@code
 * TimeSync sync = new TimeSync(clock, SpotEndpoints.TIME);
 * sync.attach(executor);
 * sync.ensureSynced();
 * }</pre>
 */
public final class TimeSync {
  private static final System.Logger LOG = System.getLogger(TimeSync.class.getName());
  /** The {@code serverTime} of a time answer. */
  public static final Decoder<Long> SERVER_TIME = Decoder.tree().map(n -> Decoder.requireLong(n, "serverTime"));

  private final OffsetClock clock;
  private final Operation<Long> time;
  private volatile Executor executor;
  private volatile boolean synced;

  /**
   * @param clock the clock the signer reads
   * @param time the host's server time endpoint
   */
  public TimeSync(OffsetClock clock, Endpoint time) {
    this.clock = clock;
    this.time = Operation.of(time, Params.empty(), SERVER_TIME);
  }

  /**
   * Sets the executor the time calls go through (built after this, since it signs with the clock).
   *
   * @param executor the host's executor
   */
  public void attach(Executor executor) {
    this.executor = executor;
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
    Executor.Timed<Long> answer = executor.executeTimed(time);
    clock.syncTo(answer.value(), answer.sentAtMillis(), answer.receivedAtMillis());
    synced = true;
    LOG.log(Level.DEBUG, () -> "clock offset to " + executor.baseUrl().host() + ": " + clock.offset().toMillis() + " ms");
  }
}
