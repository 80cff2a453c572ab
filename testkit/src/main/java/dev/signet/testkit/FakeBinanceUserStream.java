package dev.signet.testkit;

import dev.signet.core.SignetJson;
import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.FakeSockets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.WebSocket;
import tools.jackson.databind.JsonNode;

/**
 * A fake Binance Spot WebSocket API on loopback ({@code /ws-api/v3}) for the user data stream:
 * {@code userDataStream.subscribe.signature} is verified as Binance does (known API key, the
 * signature over the sorted parameters, the timestamp's window; with {@link BinanceSignatureCheck},
 * never with Signet's signer) and answered with a {@code subscriptionId}, or with Binance's error;
 * {@code session.logon} with an Ed25519 key (verified the same way; other keys are refused
 * {@code -1020}) authenticates the connection for the unsigned {@code userDataStream.subscribe}
 * (refused {@code -1002} before a logon); {@code userDataStream.unsubscribe} ends the connection's subscription. Events a test publishes go
 * to every subscribed connection wrapped {@code {"subscriptionId":N,"event":...}}.
 *
 * <p>Built on a {@link FakeBinance} ({@link #FakeBinanceUserStream(FakeBinance)}) it checks that
 * fake's keys and clock and publishes its Spot orders' changes as Binance does: an
 * {@code executionReport} for each (placed {@code NEW}, filled {@code TRADE} when it fills at once
 * or a price move crosses it, {@code CANCELED}, {@code EXPIRED}, amended {@code REPLACED}) and an
 * {@code outboundAccountPosition} with the market's two balances after it. Events while no
 * connection is subscribed are lost, as on the exchange: a client must reconcile over REST after a
 * gap. Thread-safe.
 *
 * <pre>{@code
 * BinanceSignatureCheck keys = BinanceSignatureCheck.builder().hmacKey(apiKey, secret).build();
 * try (FakeBinanceUserStream fake = new FakeBinanceUserStream(keys)) {
 *   SpotUserDataStream user = SpotUserDataStream.builder(credentials).baseUrl(fake.baseUrl()).build();
 *   fake.awaitSubscribed(1);
 *   fake.publish("{\"e\":\"balanceUpdate\",\"E\":1573200697110,\"a\":\"BTC\",\"d\":\"100.00000000\",\"T\":1573200697068}");
 * }
 * }</pre>
 */
public final class FakeBinanceUserStream implements AutoCloseable {
  private final BinanceSignatureCheck check;
  private final FakeSockets<Connection> sockets;
  private volatile boolean closed;

  /**
   * Starts the server on a free loopback port.
   *
   * @param check the keys and clock the fake verifies subscriptions with
   */
  public FakeBinanceUserStream(BinanceSignatureCheck check) {
    this.check = check;
    sockets = new FakeSockets<>("only /ws-api/v3 is served", path -> path.equals("/ws-api/v3") ? new Connection() : null);
  }

  /**
   * Starts the server for {@code binance}'s account: its keys and clock check subscriptions, and its
   * Spot order changes are published from now on, until this stream is closed.
   *
   * <p>Example: {@code new FakeBinanceUserStream(fakeBinance)}
   *
   * @param binance the fake whose account this is
   */
  public FakeBinanceUserStream(FakeBinance binance) {
    this.sockets = new FakeSockets<>("only /ws-api/v3 is served", path -> path.equals("/ws-api/v3") ? new Connection() : null);
    this.check = binance.attachUserStream(new SpotUserEvents(binance.ledger, binance.clock(), event -> {
      if (!closed) {
        publish(event);
      }
    }));
  }

  /**
   * The base URL to give {@code SpotUserDataStream}, e.g. {@code ws://127.0.0.1:53412}.
   *
   * @return {@code ws://host:port}
   */
  public String baseUrl() {
    return sockets.baseUrl();
  }

  /**
   * Sends an event to every subscribed connection, wrapped with its subscription id.
   *
   * @param eventJson the event as Binance sends it (the inner {@code event})
   * @return how many connections it was sent to
   */
  public int publish(String eventJson) {
    int sent = 0;
    for (Connection c : sockets.peers()) {
      if (c.isOpen() && c.subscriptionId >= 0) {
        c.send("{\"subscriptionId\":" + c.subscriptionId + ",\"event\":" + eventJson + "}");
        sent++;
      }
    }
    return sent;
  }

  /** Closes every open connection from the server side (code 1011), as Binance does when it drops one. */
  public void disconnectAll() {
    sockets.disconnectAll();
  }

  /**
   * How many open connections hold a subscription.
   *
   * @return the count
   */
  public int subscribed() {
    return sockets.count(c -> c.subscriptionId >= 0);
  }

  /**
   * Waits until {@code count} open connections hold a subscription.
   *
   * @param count the number of connections
   * @throws AssertionError when it does not happen within 5 seconds
   */
  public void awaitSubscribed(int count) {
    FakeSockets.await(() -> subscribed() == count, () -> subscribed() + " subscribed connections, expected " + count);
  }

  /**
   * Every text message clients sent, in arrival order.
   *
   * @return a copy
   */
  public List<String> received() {
    return sockets.received();
  }

  /**
   * How many WebSocket connections were opened so far.
   *
   * @return the count
   */
  public int connectionsOpened() {
    return sockets.opened();
  }

  /** Stops the server. */
  @Override
  public void close() {
    closed = true;
    sockets.close();
  }

  private String answer(Connection c, String text) {
    JsonNode request = SignetJson.mapper().readTree(text);
    JsonNode id = request.get("id");
    String method = request.path("method").asString("");
    Map<String, Object> reply = Json.object();
    reply.put("id", id == null ? null : SignetJson.mapper().treeToValue(id, Object.class));
    try {
      switch (method) {
        case "userDataStream.subscribe.signature" -> {
          check.verifyWebSocket(params(request));
          c.subscriptionId = c.nextSubscriptionId++;
          reply.put("status", 200);
          reply.put("result", Map.of("subscriptionId", c.subscriptionId));
        }
        case "session.logon" -> {
          String apiKey = check.verifyWebSocket(params(request)).apiKey();
          if (!check.isEd25519(apiKey)) {
            throw new BinanceSignatureCheck.Rejection(400, -1020, "This operation is not supported.",
                "session.logon takes Ed25519 keys only");
          }
          c.loggedOn = apiKey;
          reply.put("status", 200);
          reply.put("result", logonResult(c));
        }
        case "userDataStream.subscribe" -> {
          if (c.loggedOn == null) {
            throw new BinanceSignatureCheck.Rejection(401, -1002, "You are not authorized to execute this request.",
                "userDataStream.subscribe before session.logon");
          }
          c.subscriptionId = c.nextSubscriptionId++;
          reply.put("status", 200);
          reply.put("result", Map.of("subscriptionId", c.subscriptionId));
        }
        case "userDataStream.unsubscribe" -> {
          c.subscriptionId = -1;
          reply.put("status", 200);
          reply.put("result", Map.of());
        }
        default -> throw new BinanceSignatureCheck.Rejection(400, -1020, "Unsupported operation.", method);
      }
    } catch (BinanceSignatureCheck.Rejection r) {
      reply.put("status", r.httpStatus());
      Map<String, Object> error = Json.object();
      error.put("code", r.code());
      error.put("msg", r.exchangeMessage());
      reply.put("error", error);
    }
    return Json.write(reply);
  }

  private static Map<String, String> params(JsonNode request) {
    Map<String, String> params = new LinkedHashMap<>();
    request.path("params").properties().forEach(e -> params.put(e.getKey(),
        e.getValue().isString() ? e.getValue().asString() : e.getValue().toString()));
    return params;
  }

  private Map<String, Object> logonResult(Connection c) {
    Map<String, Object> result = Json.object();
    result.put("apiKey", c.loggedOn);
    result.put("authorizedSince", check.clock().millis());
    result.put("connectedSince", c.connectedSince);
    result.put("returnRateLimits", false);
    result.put("serverTime", check.clock().millis());
    result.put("userDataStream", c.subscriptionId >= 0);
    return result;
  }

  /** One client connection, server side. */
  private final class Connection extends FakeSockets.Peer {
    private final long connectedSince = check.clock().millis();
    private volatile int subscriptionId = -1;
    private int nextSubscriptionId;
    private String loggedOn;

    @Override
    protected void message(WebSocket webSocket, String text) {
      webSocket.send(answer(this, text));
    }

  }
}
