package dev.signet.core.internal.stream;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.WebSocket;

/**
 * Paces one connection's control messages (subscribe, unsubscribe) to the exchange's limit per
 * second: a message sent within the interval of the previous one waits on the scheduler for its
 * slot, so a burst of subscriptions never earns a disconnect. Not API; the caller serialises calls.
 *
 * <pre>{@code
 * ControlPacer pacer = new ControlPacer(scheduler, options.controlMessagesPerSecond());
 * pacer.send(ws, "{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\"],\"id\":1}");
 * }</pre>
 */
final class ControlPacer {
  private final ScheduledExecutorService scheduler;
  private final long intervalNanos;
  private long nextNanos;

  /**
   * @param scheduler runs the messages that wait for their slot
   * @param perSecond the most control messages a second, 1 or more
   */
  ControlPacer(ScheduledExecutorService scheduler, int perSecond) {
    this.scheduler = scheduler;
    this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
  }

  /**
   * Sends {@code text} on {@code ws} now, or when its slot comes.
   *
   * @param ws the socket
   * @param text the message; null sends nothing
   */
  void send(WebSocket ws, String text) {
    if (text == null) {
      return;
    }
    long now = System.nanoTime();
    long at = Math.max(now, nextNanos);
    nextNanos = at + intervalNanos;
    if (at == now) {
      ws.send(text);
    } else {
      scheduler.schedule(() -> ws.send(text), at - now, TimeUnit.NANOSECONDS);
    }
  }
}
