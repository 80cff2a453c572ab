package dev.signet.core.internal.stream;

import dev.signet.core.Decoder;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import tools.jackson.core.JsonParser;

/**
 * One logical stream connection: a WebSocket that subscribes what its {@link Subscription}s ask
 * for, reconnects with the options' backoff when it drops (each subscription gets a
 * {@link StreamItem.Reason#DISCONNECTED} gap), resubscribes everything on the new socket, paces
 * its control messages, and is replaced before its maximum age (timed on its clock): the
 * replacement subscribes first and takes over once the exchange accepts, so sequenced streams see
 * neither a gap nor a duplicate; a stream without sequence numbers cannot be joined across the two
 * sockets, so it gets a {@link StreamItem.Reason#HANDOVER} gap at the switch. Its sockets are
 * {@link StreamSocket}s, its bookkeeping a {@link StreamRegistry}, its backoff and age cut
 * {@link ConnectionTimers}; it holds which socket serves and which replaces it. Thread-safe. Not API.
 *
 * <pre>{@code
 * StreamConnection c = new StreamConnection(http, request, protocol, options, clock, "binance spot");
 * Subscription<Trade> trades = c.subscribe("btcusdt@trade", TRADE, Trade::tradeId);
 * }</pre>
 */
public final class StreamConnection implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger("dev.signet.stream");

  private final OkHttpClient http;
  private final Request request;
  private final StreamProtocol protocol;
  private final StreamOptions options;
  private final String label;
  private final ConnectionTimers timers;
  private final ControlPacer pacer;
  private final StreamRegistry subscriptions;
  private StreamSocket live;
  private StreamSocket next;
  private long opened;
  private boolean closed;

  /**
   * A connection, not yet open: the first subscription opens it.
   *
   * @param http the client (its ping interval is set from the options)
   * @param request the WebSocket request (URL and headers)
   * @param protocol the exchange's framing
   * @param options queue, reconnect, age and pace
   * @param clock times each socket's age (a fake's clock in tests)
   * @param label names the connection in logs and threads (no secrets)
   */
  public StreamConnection(OkHttpClient http, Request request, StreamProtocol protocol, StreamOptions options,
      Clock clock, String label) {
    this.http = http.newBuilder().pingInterval(options.pingInterval()).readTimeout(0, TimeUnit.MILLISECONDS).build();
    this.request = Objects.requireNonNull(request, "request");
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.options = Objects.requireNonNull(options, "options");
    this.label = Objects.requireNonNull(label, "label");
    this.timers = new ConnectionTimers(label, options, Objects.requireNonNull(clock, "clock"));
    this.pacer = new ControlPacer(timers.scheduler(), options.controlMessagesPerSecond());
    this.subscriptions = new StreamRegistry(this.protocol, label);
  }

  /**
   * Subscribes one stream.
   *
   * @param <T> the event type
   * @param stream the exchange's stream name
   * @param decoder the payload's decoder
   * @param sequence the event's sequence number, or null when it has none
   * @return the subscription
   * @throws IllegalStateException when the stream is already subscribed, the connection is full or closed
   */
  public <T> Subscription<T> subscribe(String stream, Decoder<T> decoder, ToLongFunction<T> sequence) {
    StreamQueue<T> queue = new StreamQueue<>(stream, decoder, sequence, options.queueCapacity(), this::unsubscribe);
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the " + label + " stream connection is closed");
      }
      subscriptions.add(stream, queue);
      for (StreamSocket s : new StreamSocket[] {live, next}) {
        if (s != null && s.ready) {
          control(s, subscriptions.subscribeOne(stream));
        }
      }
      if (live == null && next == null) {
        try {
          connect();
        } catch (RuntimeException e) { // the protocol refused to connect (a rate limit): nothing was sent
          subscriptions.remove(stream, queue);
          throw e;
        }
      }
    }
    return queue;
  }

  /**
   * Unsubscribes and subscribes {@code stream} again on the serving socket, for a fresh snapshot
   * (a Kraken book whose checksum did not match); nothing is sent when the stream is not subscribed
   * or no socket is open (the reconnect subscribes it anyway).
   *
   * @param stream the exchange's stream name
   * @return true when the two messages were sent
   */
  public synchronized boolean resubscribe(String stream) {
    if (closed || !subscriptions.contains(stream) || live == null || !live.ready) {
      return false;
    }
    for (String text : subscriptions.resubscribe(stream)) {
      control(live, text);
    }
    return true;
  }

  /**
   * How many sockets opened so far (1 while the first serves; reconnects and replacements add one each).
   *
   * @return the count
   */
  public synchronized long connectionsOpened() {
    return opened;
  }

  /** Closes the sockets and every subscription; idempotent. */
  @Override
  public void close() {
    List<StreamQueue<?>> queues;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      for (StreamSocket s : new StreamSocket[] {live, next}) {
        if (s != null) {
          s.ws.close(1000, "closed by the client");
        }
      }
      live = null;
      next = null;
      queues = subscriptions.drain();
    }
    timers.shutdown();
    queues.forEach(StreamQueue::close);
  }

  @Override
  public synchronized String toString() {
    return "StreamConnection{" + label + ", streams=" + subscriptions.size() + ", opened=" + opened
        + (closed ? ", closed" : live != null && live.open ? ", open" : ", connecting") + "}";
  }

  private synchronized void unsubscribe(StreamQueue<?> queue) {
    if (subscriptions.remove(queue.stream(), queue)) {
      for (StreamSocket s : new StreamSocket[] {live, next}) {
        if (s != null && s.ready) {
          control(s, subscriptions.unsubscribe(queue.stream()));
        }
      }
    }
  }

  /** Opens the serving socket; throws what the protocol's {@link StreamProtocol#connecting()} throws. */
  private void connect() { // holds the lock
    if (closed || live != null) {
      return;
    }
    protocol.connecting();
    live = new StreamSocket(this, false);
    live.ws = http.newWebSocket(request, live);
  }

  /** A reconnect after the backoff; when the protocol refuses to connect, it tries again after the next. */
  private synchronized void reconnect() {
    try {
      connect();
    } catch (RuntimeException e) {
      int attempt = timers.failed();
      LOG.log(System.Logger.Level.WARNING, "{0}: could not reconnect ({1}); attempt {2}", label, e.getMessage(),
          attempt);
      timers.afterBackoff(attempt, this::reconnect);
    }
  }

  private synchronized void replace(StreamSocket old) {
    if (closed || old != live || next != null) {
      return;
    }
    try {
      protocol.connecting();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "{0}: could not open the replacement connection ({1}); retrying", label,
          e.getMessage());
      timers.afterBackoff(1, () -> replace(live));
      return;
    }
    next = new StreamSocket(this, true);
    next.ws = http.newWebSocket(request, next);
  }

  private void promote() { // holds the lock; next is subscribed
    StreamSocket old = live;
    live = next;
    next = null;
    if (old != null) {
      old.retired = true;
      old.ws.close(1000, "replaced by a new connection");
      subscriptions.gap(StreamItem.Reason.HANDOVER, label + " connection replaced before its maximum age: events in "
          + "flight at the switch may be missing", true);
    }
    checkAge(live);
  }

  /** Replaces {@code s} once it is as old as the options allow, checking at least every second of its clock. */
  private synchronized void checkAge(StreamSocket s) {
    if (closed || s != live || next != null) {
      return; // gone, or its replacement is under way (the new socket's age is checked when it takes over)
    }
    timers.checkAge(s.openedAtMillis, () -> replace(s), () -> checkAge(s));
  }

  private void control(StreamSocket s, String text) { // holds the lock; null: nothing to send
    pacer.send(s.ws, text);
  }

  /** {@code s} closed or failed: its replacement takes over, or the connection reconnects after the backoff. */
  synchronized void lost(StreamSocket s, String why) {
    if (closed || s.retired) {
      return;
    }
    s.open = false;
    s.ready = false;
    if (s == next) {
      next = null;
      LOG.log(System.Logger.Level.WARNING, "{0}: the replacement connection failed ({1}); retrying", label, why);
      timers.afterBackoff(1, () -> replace(live));
      return;
    }
    if (s != live) {
      return;
    }
    if (next != null && next.open) {
      LOG.log(System.Logger.Level.INFO, "{0}: connection lost ({1}); its replacement takes over", label, why);
      promote();
      return;
    }
    live = null;
    int attempt = timers.failed();
    LOG.log(System.Logger.Level.WARNING, "{0}: connection lost ({1}); reconnecting, attempt {2}", label, why, attempt);
    subscriptions.gap(StreamItem.Reason.DISCONNECTED, label + " connection lost: " + why, false);
    timers.afterBackoff(attempt, this::reconnect);
  }

  StreamProtocol protocol() {
    return protocol;
  }

  String label() {
    return label;
  }

  /**
   * {@code s} opened: it sends the protocol's prelude and waits for its answer, or subscribes
   * everything at once; a replacement with nothing to subscribe takes over at once.
   */
  synchronized void opened(StreamSocket s, WebSocket webSocket) {
    if (closed || (s != live && s != next)) {
      webSocket.close(1000, "not needed");
      return;
    }
    s.open = true;
    s.openedAtMillis = timers.nowMillis();
    opened++;
    long id = subscriptions.peekId(); // taken only when a prelude is sent
    String prelude;
    try {
      protocol.opened();
      prelude = protocol.prelude(id);
    } catch (RuntimeException e) { // e.g. a key that cannot sign: try again after the backoff
      giveUp(s, webSocket, e);
      return;
    }
    if (prelude != null) {
      s.preludeId = subscriptions.takeIdForAll(); // a refusal ends them all
      control(s, prelude);
    } else if (!subscribeOn(s, webSocket)) {
      return;
    }
    if (!s.replacement) {
      checkAge(s);
    }
  }

  /** Subscribes everything on {@code s}, now ready for control messages; false when it was given up. */
  private boolean subscribeOn(StreamSocket s, WebSocket webSocket) { // holds the lock
    s.ready = true;
    try {
      subscriptions.subscribeAll((id, text) -> {
        s.lastSubscribeId = id;
        control(s, text);
      });
    } catch (RuntimeException e) { // e.g. no token for a private stream: try again after the backoff
      giveUp(s, webSocket, e);
      return false;
    }
    if (!s.replacement) {
      timers.recovered();
    } else if (s.lastSubscribeId < 0) {
      promote(); // nothing to subscribe: take over at once
    }
    return true;
  }

  private void giveUp(StreamSocket s, WebSocket webSocket, RuntimeException e) { // holds the lock
    webSocket.close(1000, "could not subscribe");
    lost(s, "could not subscribe: " + e.getMessage());
  }

  synchronized boolean wants(String stream) {
    return subscriptions.contains(stream);
  }

  void deliver(StreamSocket s, String stream, JsonParser payload) {
    StreamQueue<?> q;
    boolean take;
    synchronized (this) {
      q = subscriptions.get(stream);
      // the serving socket always; where duplicates are recognised also the replacement while both
      // run and the replaced one until it has closed (its frames in flight when the new one took over)
      take = q != null && (s == live || (q.sequenced() && (s == next || (s.retired && s.open))));
    }
    if (take) {
      q.offer(payload);
    }
  }

  synchronized void accepted(StreamSocket s, long id) {
    if (id == s.preludeId && !s.ready && s.open && (s == live || s == next)) {
      subscribeOn(s, s.ws);
    } else if (s == next && id == s.lastSubscribeId) {
      promote();
    }
  }

  void refused(long id, String error) {
    List<StreamQueue<?>> gone;
    synchronized (this) {
      gone = subscriptions.removeNamedBy(id);
    }
    LOG.log(System.Logger.Level.WARNING, "{0}: request {1} refused: {2}", label, id, error);
    for (StreamQueue<?> q : gone) {
      q.closeWith(StreamItem.Reason.REFUSED, label + " refused the subscription to " + q.stream() + ": " + error);
    }
  }
}
