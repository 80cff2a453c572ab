package dev.signet.testkit;

import dev.signet.core.book.BookSnapshot;
import dev.signet.testkit.internal.FakeSockets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.WebSocket;

/**
 * A fake Binance market-stream server on loopback: WebSocket upgrades on {@code /stream} (Spot) and
 * {@code /public/stream}, {@code /market/stream} (USD-M's routes, see {@link #routesOf(String)}) and
 * {@code /private/ws/<listenKey>} (USD-M user data, see {@link #publishUserData(String, String)}), live
 * {@code SUBSCRIBE}/{@code UNSUBSCRIBE} answered {@code {"result":null,"id":N}} as Binance does,
 * and events a test publishes, wrapped {@code {"stream":..,"data":..}} and sent to every connection
 * subscribed to that stream. Faults are scripted by the test: {@link #disconnectAll()} drops every
 * connection, {@link #refuse(String)} makes a stream's subscription fail, and the test publishes
 * gaps or duplicates itself. Books are scripted from the fake's state: {@link #setBook},
 * {@link #publishDepthUpdate} (correct {@code U}/{@code u}/{@code pu}), faults on the next update
 * ({@link #faultNextDepthUpdate}: dropped, duplicated, reordered),
 * {@link #bookOf} to compare, and {@link #serveSnapshots} for the REST snapshot. Thread-safe.
 *
 * <pre>{@code
 * try (FakeBinanceStreams fake = new FakeBinanceStreams()) {
 *   BinanceStreams streams = BinanceStreams.spot().baseUrl(fake.baseUrl()).build();
 *   Subscription<TradeEvent> trades = streams.trades("BTCUSDT");
 *   fake.awaitSubscribed("btcusdt@trade", 1);
 *   fake.publish("btcusdt@trade", "{\"e\":\"trade\",...}");
 * }
 * }</pre>
 */
public final class FakeBinanceStreams implements AutoCloseable {
  /** A fault of one depth update ({@link #faultNextDepthUpdate}). */
  public enum DepthFault {
    /** Applied to the book, never sent: the next event does not follow on. */
    DROP,
    /** Sent twice. */
    DUPLICATE,
    /** Held back and sent after the update that follows it. */
    REORDER
  }

  private static final Pattern REQUEST = Pattern.compile(
      "\\{\"method\":\"(SUBSCRIBE|UNSUBSCRIBE)\",\"params\":\\[(.*)],\"id\":(\\d+)}");

  /** Spot's one route, and USD-M's two since Binance's 2026-04-23 split. */
  private static final List<String> PATHS = List.of("/stream", "/public/stream", "/market/stream");

  /** USD-M's user data route: {@code /private/ws/<listenKey>}, raw events, nothing subscribed by message. */
  private static final String PRIVATE = "/private/ws/";

  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private final FakeBinanceBooks books = new FakeBinanceBooks();
  private final FakeSockets<Connection> sockets;

  /** Starts the server on a free loopback port. */
  public FakeBinanceStreams() {
    sockets = new FakeSockets<>("only combined streams are served: " + String.join(", ", PATHS), path -> path.startsWith(PRIVATE) || PATHS.contains(path) ? new Connection() : null);
  }

  /**
   * Cuts each connection 24 hours after it opened, timed on {@code clock}, as Binance does (close
   * code 1001). With a {@link FakeClock} a test moves time past the cut and sees what a bot sees
   * after a day: Signet replaces its connections before the cut, or reconnects after it.
   *
   * @param clock the clock the connections' ages are timed on
   * @return this fake
   */
  public FakeBinanceStreams cutAfter24Hours(Clock clock) {
    sockets.cutAfter(Duration.ofHours(24), Objects.requireNonNull(clock, "clock"));
    return this;
  }

  /**
   * The base URL to give {@code BinanceStreams}, e.g. {@code ws://127.0.0.1:53412}.
   *
   * @return {@code ws://host:port}
   */
  public String baseUrl() {
    return sockets.baseUrl();
  }

  /**
   * Sends one event to every open connection subscribed to {@code stream}.
   *
   * @param stream the stream's name, e.g. {@code btcusdt@trade}
   * @param payloadJson the event as Binance sends it
   * @return how many connections it was sent to
   */
  public int publish(String stream, String payloadJson) {
    return sockets.sendTo(c -> c.streams.contains(stream), frame(stream, payloadJson));
  }

  /**
   * Replaces the fake's book of {@code symbol}: what {@link #publishDepthUpdate} changes and the
   * depth routes of {@link #serveSnapshots} serve.
   *
   * @param symbol e.g. {@code BTCUSDT}
   * @param lastUpdateId the book's update id
   * @param bids levels {@code {price, qty}} as Binance sends them, e.g. {@code {"0.0024", "10"}}
   * @param asks levels {@code {price, qty}}
   */
  public synchronized void setBook(String symbol, long lastUpdateId, List<String[]> bids, List<String[]> asks) {
    books.set(symbol, lastUpdateId, bids, asks);
  }

  /**
   * Applies levels to the fake's book as one {@code depthUpdate} (one update id per level) and sends
   * it on {@code <symbol>@depth@100ms} and {@code <symbol>@depth}: Spot's shape on {@code /stream},
   * USD-M's (with {@code T} and {@code pu}) on its routes; unless a fault is scripted for it.
   *
   * @param symbol a symbol given to {@link #setBook}
   * @param bids levels {@code {price, qty}}; quantity zero removes the level
   * @param asks levels {@code {price, qty}}
   * @return the event's final update id {@code u}, now the book's
   */
  public synchronized long publishDepthUpdate(String symbol, List<String[]> bids, List<String[]> asks) {
    String lower = symbol.toLowerCase(Locale.ROOT);
    List<FakeBinanceBook.Frames> frames = books.update(symbol, bids, asks);
    for (FakeBinanceBook.Frames f : frames) {
      for (String stream : List.of(lower + "@depth@100ms", lower + "@depth")) {
        for (int i = 0; i < f.times(); i++) {
          sockets.sendTo(c -> c.streams.contains(stream) && c.path().equals(PATHS.get(0)), frame(stream, f.spot()));
          sockets.sendTo(c -> c.streams.contains(stream) && !c.path().equals(PATHS.get(0)), frame(stream, f.futures()));
        }
      }
    }
    return books.lastUpdateId(symbol);
  }

  /**
   * Scripts {@code fault} for the next {@link #publishDepthUpdate} of {@code symbol}.
   *
   * @param symbol a symbol given to {@link #setBook}
   * @param fault what happens to that update
   */
  public synchronized void faultNextDepthUpdate(String symbol, DepthFault fault) {
    books.fault(symbol, Objects.requireNonNull(fault, "fault"));
  }

  /**
   * The fake's book of {@code symbol}, every level, to compare a client's local book with.
   *
   * @param symbol a symbol given to {@link #setBook}
   * @return the levels, best first, and the last update id
   */
  public synchronized BookSnapshot bookOf(String symbol) {
    return books.snapshot(symbol);
  }

  /**
   * Serves this fake's books as {@code rest}'s {@code GET /api/v3/depth} and {@code GET /fapi/v1/depth}
   * (user routes, so {@code rest.requests()} records them): the snapshot a client joins to the stream.
   *
   * @param rest the fake the client's REST calls go to
   */
  public void serveSnapshots(FakeBinance rest) {
    books.serve(rest);
  }

  private static String frame(String stream, String payloadJson) {
    return "{\"stream\":\"" + stream + "\",\"data\":" + payloadJson + "}";
  }

  /**
   * Sends a USD-M user data event, as Binance does, to every open {@code /private/ws/<listenKey>}
   * connection of {@code listenKey}.
   *
   * @param listenKey the key in the connection's path
   * @param eventJson the event
   * @return how many connections it was sent to
   */
  public int publishUserData(String listenKey, String eventJson) {
    return sockets.sendTo(c -> c.path().equals(PRIVATE + listenKey), eventJson);
  }

  /**
   * Publishes {@code futures}' own order changes from now on as the documented
   * {@code ORDER_TRADE_UPDATE}s (placed, traded, cancelled, expired, amended), and its balance and
   * position changes as {@code ACCOUNT_UPDATE}s (reason {@code ORDER} after each fill,
   * {@code FUNDING_FEE} for {@link FakeFutures#chargeFunding}), to the connections of its listen key
   * in force; with none started, or lapsed, they are lost, as on Binance.
   *
   * @param futures the futures account of a built {@link FakeBinance}
   * @return this fake
   */
  public FakeBinanceStreams publishFuturesUserData(FakeFutures futures) {
    FuturesBook book = futures.book();
    book.listen(new FuturesUserEvents(book::now, book.positions, json -> {
      String key = futures.activeListenKey();
      if (key != null) {
        publishUserData(key, json);
      }
    }));
    return this;
  }

  /**
   * How many open connections listen on {@code listenKey}'s user data route.
   *
   * @param listenKey the key
   * @return the count
   */
  public int userDataConnections(String listenKey) {
    return sockets.count(c -> c.path().equals(PRIVATE + listenKey));
  }

  /**
   * Sends a raw text frame to every open connection (for malformed frames).
   *
   * @param frame the text
   */
  public void publishRaw(String frame) {
    sockets.sendTo(c -> true, frame);
  }

  /** Closes every open connection from the server side (code 1011), as Binance does when it drops one. */
  public void disconnectAll() {
    sockets.disconnectAll();
  }

  /**
   * From now on, subscribing {@code stream} is answered with Binance's error.
   *
   * @param stream the stream's name
   */
  public void refuse(String stream) {
    refused.add(stream);
  }

  /**
   * How many open connections are subscribed to {@code stream}.
   *
   * @param stream the stream's name
   * @return the count
   */
  public int subscribers(String stream) {
    return sockets.count(c -> c.streams.contains(stream));
  }

  /**
   * The paths of the open connections subscribed to {@code stream}, e.g. {@code [/market/stream]}:
   * where a USD-M stream was routed.
   *
   * @param stream the stream's name
   * @return the paths, in connection order
   */
  public List<String> routesOf(String stream) {
    List<String> paths = new ArrayList<>();
    for (Connection c : sockets.peers()) {
      if (c.isOpen() && c.streams.contains(stream)) {
        paths.add(c.path());
      }
    }
    return paths;
  }

  /**
   * Waits until {@code count} open connections are subscribed to {@code stream}.
   *
   * @param stream the stream's name
   * @param count the number of connections
   * @throws AssertionError when it does not happen within 5 seconds
   */
  public void awaitSubscribed(String stream, int count) {
    FakeSockets.await(() -> subscribers(stream) == count,
        () -> stream + " has " + subscribers(stream) + " subscribed connections, expected " + count);
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
    sockets.close();
  }

  /** One client connection, server side. */
  private final class Connection extends FakeSockets.Peer {
    private final Set<String> streams = ConcurrentHashMap.newKeySet();

    @Override
    protected void message(WebSocket webSocket, String text) {
      Matcher m = REQUEST.matcher(text);
      if (!m.matches()) {
        webSocket.send("{\"error\":{\"code\":3,\"msg\":\"Invalid JSON: expected value at line 1 column 1\"}}");
        return;
      }
      List<String> names = new ArrayList<>();
      for (String quoted : m.group(2).split(",")) {
        names.add(quoted.replace("\"", ""));
      }
      String id = m.group(3);
      if (m.group(1).equals("SUBSCRIBE")) {
        for (String name : names) {
          if (refused.contains(name)) {
            webSocket.send("{\"error\":{\"code\":2,\"msg\":\"Invalid request: unknown stream " + name + "\"},\"id\":"
                + id + "}");
            return;
          }
        }
        streams.addAll(names);
      } else {
        names.forEach(streams::remove);
      }
      webSocket.send("{\"result\":null,\"id\":" + id + "}");
    }

  }
}
