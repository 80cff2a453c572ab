package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;

/**
 * What {@link FakeBinance} and {@link FakeKraken} share: a {@link MockWebServer} on loopback, a
 * {@link FakeClock}, scripted {@link Fault}s, user routes and the log of requests received.
 * Thread-safe.
 *
 * <p><b>User routes.</b> {@link #route(String, String, Access, RouteHandler)} (or the builders'
 * {@code route}) adds an answer for one exact method and path, e.g. a canned order book for
 * {@code GET /api/v3/depth}. The fake first checks what the route's {@link Access} asks for (key;
 * key, signature and timestamp or nonce) exactly as for its built-in endpoints, answering the
 * exchange's error without calling the handler when a check fails. A user route takes precedence
 * over a built-in endpoint only when it is registered for that exact method and path; every other
 * request still reaches the built-in endpoints. Registering the same method and path again
 * replaces the route. Scripted faults apply to user routes too.
 *
 * <pre>{@code
 * try (FakeKraken kraken = FakeKraken.builder().key(apiKey, privateKey).build()) {
 *   kraken.route("GET", "/0/public/Ticker", request -> Reply.krakenResult("{\"XXBTZUSD\":{\"c\":[\"40000.0\",\"1\"]}}"));
 *   kraken.failNext(1, Fault.disconnectAfterRequest());
 * }
 * }</pre>
 */
public abstract class FakeExchange implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final FakeClock clock;
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final List<RecordedRequest> received = new ArrayList<>();
  private final Map<String, UserRoute> routes = new ConcurrentHashMap<>();
  private volatile LimitEnforcer limits;
  /** Balances, markets and orders. */
  final Ledger ledger = new Ledger();

  FakeExchange(FakeClock clock) {
    this.clock = clock;
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    try {
      server.start(java.net.InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the fake exchange on loopback", e);
    }
  }

  /**
   * The base URL to give a client, e.g. {@code http://127.0.0.1:53412}.
   * @return {@code http://host:port} of the loopback server, without a trailing slash
   */
  public String baseUrl() {
    HttpUrl url = server.url("/");
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }

  /**
   * The server's clock; move it to simulate clock skew.
   * @return the clock the fake checks timestamps against and stamps orders with
   */
  public FakeClock clock() {
    return clock;
  }

  /**
   * The next {@code count} requests meet {@code fault}, in the order scripted.
   * @param count how many of the next requests fail; 0 scripts nothing
   * @param fault the fault each of them meets
   */
  public void failNext(int count, Fault fault) {
    synchronized (faults) {
      for (int i = 0; i < count; i++) {
        faults.addLast(fault);
      }
    }
  }

  /**
   * Adds {@code amount} to the free balance of {@code asset}.
   * @param asset the asset code, e.g. {@code USDT}
   * @param amount the amount to add, in units of {@code asset}
   */
  public void deposit(String asset, BigDecimal amount) {
    ledger.deposit(asset, amount);
  }

  /**
   * Free balance of {@code asset} (zero if none).
   * @param asset the asset code, e.g. {@code BTC}
   * @return the free balance, in units of {@code asset}
   */
  public BigDecimal free(String asset) {
    BigDecimal[] b = ledger.balances().get(asset);
    return b == null ? BigDecimal.ZERO : b[0];
  }

  /**
   * Balance of {@code asset} locked by open orders (zero if none).
   * @param asset the asset code, e.g. {@code BTC}
   * @return the locked balance, in units of {@code asset}
   */
  public BigDecimal locked(String asset) {
    BigDecimal[] b = ledger.balances().get(asset);
    return b == null ? BigDecimal.ZERO : b[1];
  }

  /**
   * Number of orders placed so far: filled, open or cancelled (validate-only orders are not placed).
   * @return the number of orders the fake's ledger holds
   */
  public int ordersPlaced() {
    return ledger.all().size();
  }

  /**
   * Client order ids of the orders placed so far, oldest first (null where none was given).
   * @return the client order ids, oldest first (unmodifiable)
   */
  public List<String> clientOrderIds() {
    return ledger.all().stream().map(o -> o.clientOrderId).toList();
  }

  /**
   * Every request received so far, in arrival order (a copy).
   * @return the recorded requests, oldest first
   */
  public List<RecordedRequest> requests() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /**
   * Number of requests received so far.
   * @return the number of requests received, faulted ones included
   */
  public int requestCount() {
    synchronized (received) {
      return received.size();
    }
  }

  /**
   * Answers {@code method path} with {@code handler}, unchecked ({@link Access#PUBLIC}); see the
   * class comment for precedence. Safe to call while the fake serves.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the path without query, e.g. {@code /api/v3/depth}
   * @param handler what answers the route
   */
  public void route(String method, String path, RouteHandler handler) {
    route(method, path, Access.PUBLIC, handler);
  }

  /**
   * Answers {@code method path} with {@code handler} after the checks {@code access} asks for; see
   * the class comment for precedence. Safe to call while the fake serves.
   *
   * @param method the HTTP method, e.g. {@code GET} or {@code POST}
   * @param path the path without query
   * @param access the checks (key, signature, timestamp or nonce) the fake runs before {@code handler}
   * @param handler what answers the route once the checks pass
   * @throws IllegalArgumentException when this exchange has no such kind of endpoint (e.g. a Kraken
   *     {@link Access#KEYED} route, or a signed Kraken route that is not a {@code POST})
   */
  public void route(String method, String path, Access access, RouteHandler handler) {
    addRoute(new UserRoute(method, path, access, handler));
  }

  final void addRoute(UserRoute route) {
    checkRoute(route);
    routes.put(route.key(), route);
  }

  /** The user route for {@code method path}, or null. */
  final UserRoute userRoute(String method, String path) {
    return routes.get(UserRoute.key(method, path));
  }

  /** Enforces {@code enforcer}'s limits on every request from now on, counting on this fake's clock by default. */
  final void enforce(LimitEnforcer enforcer) {
    enforcer.bind(clock);
    limits = enforcer;
  }

  /** Refuses routes this exchange cannot have. */
  abstract void checkRoute(UserRoute route);

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  /** Handles one request the way the exchange does. */
  abstract Reply handle(RecordedRequest request);

  private MockResponse answer(RecordedRequest request) {
    synchronized (received) {
      received.add(request);
    }
    Fault fault;
    synchronized (faults) {
      fault = faults.pollFirst();
    }
    if (fault != null && !fault.processesRequest()) {
      return faultResponse(fault);
    }
    LimitEnforcer enforcer = limits;
    Reply reply = enforcer == null ? null : enforcer.admit(request);
    if (reply != null) {
      return toBuilder(reply).build();
    }
    try {
      reply = handle(request);
    } catch (RuntimeException e) {
      reply = Reply.json(500, "{\"error\":\"fake exchange failed: " + e.toString().replace('"', '\'') + "\"}");
    }
    if (enforcer != null) {
      reply = enforcer.report(request, reply);
    }
    MockResponse.Builder out = toBuilder(reply);
    if (fault == null) {
      return out.build();
    }
    switch (fault.kind()) {
      case DISCONNECT_AFTER_REQUEST:
        return out.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      case SLOW:
        return out.headersDelay(fault.delay().toMillis(), TimeUnit.MILLISECONDS).build();
      case MALFORMED_JSON:
        return out.code(200).body(reply.body().substring(0, Math.max(1, reply.body().length() / 2))).build();
      default:
        throw new IllegalStateException(fault.toString());
    }
  }

  private static MockResponse.Builder toBuilder(Reply reply) {
    MockResponse.Builder b = new MockResponse.Builder()
        .code(reply.status())
        .body(reply.body());
    for (Map.Entry<String, String> h : reply.headers().entrySet()) {
      b.addHeader(h.getKey(), h.getValue());
    }
    return b;
  }

  /** The answer to a fault that stops the request before it is processed. */
  abstract MockResponse.Builder rateLimitBody(MockResponse.Builder response, Fault fault);

  private MockResponse faultResponse(Fault fault) {
    switch (fault.kind()) {
      case TOO_MANY_REQUESTS:
        return rateLimitBody(new MockResponse.Builder().code(429)
            .addHeader("Retry-After", Long.toString(fault.retryAfterSeconds())), fault).build();
      case BANNED:
        return rateLimitBody(new MockResponse.Builder().code(418)
            .addHeader("Retry-After", Long.toString(fault.retryAfterSeconds())), fault).build();
      case SERVICE_UNAVAILABLE_HTML:
        return new MockResponse.Builder().code(503).addHeader("Content-Type", "text/html")
            .body("<html><head><title>503 Service Temporarily Unavailable</title></head><body>"
                + "<center><h1>503 Service Temporarily Unavailable</h1></center></body></html>")
            .build();
      default:
        throw new IllegalStateException(fault.toString());
    }
  }
}
