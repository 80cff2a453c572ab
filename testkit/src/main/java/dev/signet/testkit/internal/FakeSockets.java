package dev.signet.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The WebSocket server behind the fake stream servers: a {@code MockWebServer} on a free loopback
 * port upgrading the paths a fake serves to its own connection class ({@link Peer}), the
 * connections and every text message clients sent, sending to the open connections a fake picks,
 * dropping them all, waiting on a condition. Each fake keeps only its exchange's framing. Not API.
 *
 * <pre>{@code
 * FakeSockets<Connection> sockets = new FakeSockets<>("only /v2 is served",
 *     path -> path.equals("/v2") ? new Connection() : null);
 * sockets.sendTo(c -> c.streams.contains(stream), frame);
 * }</pre>
 *
 * @param <P> the fake's connection class
 */
public final class FakeSockets<P extends FakeSockets.Peer> implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final List<P> peers = new CopyOnWriteArrayList<>();
  private final List<String> received = new CopyOnWriteArrayList<>();
  private volatile Clock clock = Clock.systemUTC();
  private ScheduledExecutorService cutter; // guarded by this

  /**
   * Starts the server.
   *
   * @param notServed the 404 body for a path no connection serves
   * @param upgrade a new connection for a request path, or null to refuse the path
   */
  public FakeSockets(String notServed, Function<String, P> upgrade) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        P peer = upgrade.apply(path);
        if (peer == null) {
          return new MockResponse.Builder().code(404).body(notServed).build();
        }
        peer.path = path;
        peer.opened = () -> {
          peer.openedAtMillis = clock.millis();
          peers.add(peer);
        };
        peer.received = received;
        return new MockResponse.Builder().webSocketUpgrade(peer).build();
      }
    });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start a fake stream server on loopback", e);
    }
  }

  /**
   * The base URL, e.g. {@code ws://127.0.0.1:53412}.
   *
   * @return {@code ws://host:port}
   */
  public String baseUrl() {
    return "ws://" + server.getHostName() + ":" + server.getPort();
  }

  /**
   * Every connection opened so far, open or not, in opening order.
   *
   * @return the live list (thread-safe to iterate)
   */
  public List<P> peers() {
    return peers;
  }

  /**
   * Sends {@code frame} to every open connection {@code to} picks.
   *
   * @param to which connections
   * @param frame the text
   * @return how many it was sent to
   */
  public int sendTo(Predicate<P> to, String frame) {
    int sent = 0;
    for (P p : peers) {
      if (p.open && to.test(p)) {
        p.socket.send(frame);
        sent++;
      }
    }
    return sent;
  }

  /**
   * How many open connections {@code which} picks.
   *
   * @param which which connections
   * @return the count
   */
  public int count(Predicate<P> which) {
    int n = 0;
    for (P p : peers) {
      n += p.open && which.test(p) ? 1 : 0;
    }
    return n;
  }

  /** Closes every open connection from the server side (code 1011), as an exchange does when it drops one. */
  public void disconnectAll() {
    for (P p : peers) {
      if (p.open) {
        p.open = false;
        p.socket.close(1011, "the fake dropped the connection");
      }
    }
  }

  /**
   * Closes each connection once it has been open {@code age} on {@code clock} (code 1001), as
   * Binance cuts its connections at 24 hours; checked every 10 ms of real time, so a test moves a
   * fake clock past the cut and the connection closes at once. Connections opened from now on are
   * timed on {@code clock}.
   *
   * @param age how long a connection may stay open
   * @param clock the clock that times it (a test's fake clock)
   */
  public synchronized void cutAfter(Duration age, Clock clock) {
    this.clock = clock;
    long limit = age.toMillis();
    if (cutter != null) {
      cutter.shutdownNow();
    }
    cutter = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "fake-stream-cut");
      t.setDaemon(true);
      return t;
    });
    cutter.scheduleWithFixedDelay(() -> {
      for (P p : peers) {
        if (p.open && clock.millis() - p.openedAtMillis >= limit) {
          p.open = false;
          p.socket.close(1001, "connection open " + age);
        }
      }
    }, 10, 10, TimeUnit.MILLISECONDS);
  }

  /**
   * Every text message clients sent, in arrival order.
   *
   * @return a copy
   */
  public List<String> received() {
    return new ArrayList<>(received);
  }

  /**
   * How many connections were opened so far.
   *
   * @return the count
   */
  public int opened() {
    return peers.size();
  }

  /**
   * Waits until {@code done}, checking every 2 ms.
   *
   * @param done the condition
   * @param failure the assertion message when it does not hold within 5 seconds
   */
  public static void await(BooleanSupplier done, Supplier<String> failure) {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(failure.get());
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Drops every connection and stops the server. */
  @Override
  public void close() {
    synchronized (this) {
      if (cutter != null) {
        cutter.shutdownNow();
      }
    }
    disconnectAll();
    server.close();
  }

  /** One client connection, server side: a fake's connection class extends it with its framing. */
  public abstract static class Peer extends WebSocketListener {
    volatile WebSocket socket;
    volatile boolean open;
    volatile String path;
    volatile long openedAtMillis;
    Runnable opened;
    List<String> received;

    /**
     * The path the client connected to, e.g. {@code /stream}.
     *
     * @return the path
     */
    public final String path() {
      return path;
    }

    /**
     * Whether the connection is open.
     *
     * @return false once either side closed it
     */
    public final boolean isOpen() {
      return open;
    }

    /**
     * Sends a text frame on this connection.
     *
     * @param text the frame
     */
    public final void send(String text) {
      socket.send(text);
    }

    /**
     * Called when the connection opens, before any message (e.g. a status frame to send).
     *
     * @param socket the connection
     */
    protected void opened(WebSocket socket) {}

    /**
     * One text message from the client, already recorded.
     *
     * @param socket the connection, to answer on
     * @param text the message
     */
    protected abstract void message(WebSocket socket, String text);

    @Override
    public final void onOpen(WebSocket webSocket, Response response) {
      socket = webSocket;
      open = true;
      opened.run();
      opened(webSocket);
    }

    @Override
    public final void onMessage(WebSocket webSocket, String text) {
      received.add(text);
      message(webSocket, text);
    }

    @Override
    public final void onClosing(WebSocket webSocket, int code, String reason) {
      open = false;
      webSocket.close(1000, null);
    }

    @Override
    public final void onFailure(WebSocket webSocket, Throwable t, Response response) {
      open = false;
    }
  }
}
