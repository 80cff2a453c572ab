package dev.signet.core.internal.stream;

import dev.signet.core.stream.StreamOptions;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A connection's timeline: its one scheduler thread, the reconnect backoff (attempts counted since
 * the last socket that subscribed), and the age cut (a socket is replaced once it is as old as the
 * options allow, timed on the connection's clock and checked at least every second of it). Not
 * API; the connection serialises calls.
 *
 * <pre>{@code
 * ConnectionTimers timers = new ConnectionTimers("binance spot", options, clock);
 * timers.afterBackoff(timers.failed(), this::connect);
 * }</pre>
 */
final class ConnectionTimers {
  private static final long CHECK_MILLIS = 1_000;

  private final ScheduledExecutorService scheduler;
  private final StreamOptions options;
  private final Clock clock;
  private int failures;

  /**
   * @param label names the scheduler's thread (no secrets)
   * @param options the backoff and the maximum age
   * @param clock times each socket's age
   */
  ConnectionTimers(String label, StreamOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "signet-stream " + label);
      t.setDaemon(true);
      return t;
    });
  }

  /** The scheduler, for the control messages that wait for their slot. */
  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  /** Now on the connection's clock, in epoch millis. */
  long nowMillis() {
    return clock.millis();
  }

  /** Counts one more failed attempt and answers the count. */
  int failed() {
    return ++failures;
  }

  /** A socket subscribed: the next failure backs off from the start. */
  void recovered() {
    failures = 0;
  }

  /** Runs {@code task} after the backoff for the {@code attempt}th attempt. */
  void afterBackoff(int attempt, Runnable task) {
    scheduler.schedule(task, options.reconnect().backoff(attempt).toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * The age cut for a socket opened at {@code openedAtMillis}: runs {@code replace} now when it is
   * as old as allowed, else {@code recheck} when it is or within a second, whichever is sooner.
   */
  void checkAge(long openedAtMillis, Runnable replace, Runnable recheck) {
    long left = options.maxConnectionAge().toMillis() - (clock.millis() - openedAtMillis);
    if (left <= 0) {
      replace.run();
    } else {
      scheduler.schedule(recheck, Math.min(left, CHECK_MILLIS), TimeUnit.MILLISECONDS);
    }
  }

  /** Stops the scheduler; nothing queued runs. */
  void shutdown() {
    scheduler.shutdownNow();
  }
}
