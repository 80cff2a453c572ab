package dev.signet.testkit;

import dev.signet.core.SignetJson;
import dev.signet.testkit.internal.FakeSockets;
import dev.signet.testkit.internal.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.WebSocket;
import tools.jackson.databind.JsonNode;

/**
 * A fake Kraken WebSocket v2 server on loopback: upgrades on {@code /v2}, a {@code status} frame on
 * connect, {@code subscribe}/{@code unsubscribe} answered once per symbol as Kraken does, events a
 * test publishes sent to the connections subscribed, and books scripted from the fake's own state:
 * a {@code book} subscription gets the book's snapshot with its CRC32 checksum, and
 * {@link #publishBookUpdate} applies levels and sends the update with the new checksum. Private
 * channels ({@code executions}, {@code balances}) need a token; the tokens used are recorded.
 * Trades get the pair's next trade id ({@link #publishTrade}); {@link #publishExecutionsFrom} publishes a
 * {@link FakeKraken}'s order changes on {@code executions} and {@link #publishBalancesFrom} its ledger on
 * {@code balances}, each with a snapshot first and a {@code sequence} per connection. Faults are scripted: {@link #disconnectAll()},
 * {@link #refuse(String)}, {@link #corruptNextChecksum}, {@link #dropNextBookUpdate} (the fake's book
 * moves, the frame is not sent), {@link #skipTradeIds} (a sequence gap), and the test publishes
 * duplicates and malformed frames itself. Thread-safe.
 *
 * <pre>{@code
 * try (FakeKrakenStreams fake = new FakeKrakenStreams()) {
 *   fake.setBook("BTC/USD", List.of(new String[] {"45283.5", "0.10000000"}), List.of(new String[] {"45285.2", "0.00100000"}));
 *   KrakenStreams streams = KrakenStreams.publicStreams().baseUrl(fake.baseUrl()).build();
 *   KrakenBookStream book = streams.localBook("BTC/USD", 10, BookChecksum.asSent());
 * }
 * }</pre>
 */
public final class FakeKrakenStreams implements AutoCloseable {
  private static final Set<String> PRIVATE = Set.of("executions", "balances");

  private final List<String> tokens = new CopyOnWriteArrayList<>();
  private final FakeSockets<Connection> sockets;
  private final Set<String> refused = ConcurrentHashMap.newKeySet();
  private final Map<String, FakeStreamBook> books = new HashMap<>();
  private final Map<String, Integer> corrupt = new HashMap<>();
  private final Map<String, Integer> drop = new HashMap<>();
  private final Map<String, Integer> skip = new HashMap<>();
  private final KrakenPrivateFeeds feeds = new KrakenPrivateFeeds();

  /** Starts the server on a free loopback port. */
  public FakeKrakenStreams() {
    sockets = new FakeSockets<>("only /v2 (WebSocket v2) is served", path -> path.equals("/v2") ? new Connection() : null);
  }

  /**
   * The base URL to give {@code KrakenStreams}, e.g. {@code ws://127.0.0.1:53412}.
   *
   * @return {@code ws://host:port}
   */
  public String baseUrl() {
    return sockets.baseUrl();
  }

  /**
   * Sends a frame to every open connection subscribed to {@code stream}.
   *
   * @param stream e.g. {@code ticker:BTC/USD}, {@code ohlc:BTC/USD:5}, {@code executions}
   * @param frame the frame as Kraken sends it
   * @return how many connections it was sent to
   */
  public int publish(String stream, String frame) {
    return sockets.sendTo(c -> c.streams.containsKey(stream), frame);
  }

  /**
   * Sends a raw text frame to every open connection (malformed frames, heartbeats).
   *
   * @param frame the text
   */
  public void publishRaw(String frame) {
    sockets.sendTo(c -> true, frame);
  }

  /**
   * Replaces the fake's book of {@code symbol}; subscriptions from now on get it as their snapshot.
   *
   * @param symbol e.g. {@code BTC/USD}
   * @param bids levels {@code {price, qty}} as Kraken writes them, e.g. {@code {"45283.5", "0.10000000"}}
   * @param asks likewise
   */
  public synchronized void setBook(String symbol, List<String[]> bids, List<String[]> asks) {
    FakeStreamBook book = new FakeStreamBook(symbol);
    book.apply(bids, asks);
    books.put(symbol, book);
  }

  /**
   * Applies levels to the fake's book and sends the update, with the new checksum, to every
   * subscribed connection (unless a fault says otherwise).
   *
   * @param symbol the pair
   * @param bids changed bid levels; quantity {@code "0"} removes one
   * @param asks changed ask levels
   */
  public synchronized void publishBookUpdate(String symbol, List<String[]> bids, List<String[]> asks) {
    FakeStreamBook book = book(symbol);
    book.apply(bids, asks);
    if (drop.merge(symbol, -1, Integer::sum) >= 0) {
      return; // dropped: the clients' books now miss these levels
    }
    drop.remove(symbol);
    long delta = corrupt.merge(symbol, -1, Integer::sum) >= 0 ? 1 : 0;
    if (delta == 0) {
      corrupt.remove(symbol);
    }
    for (Connection c : sockets.peers()) {
      Integer depth = c.streams.get("book:" + symbol);
      if (c.isOpen() && depth != null) {
        c.send(book.update(bids, asks, depth, delta));
      }
    }
  }

  /**
   * Sends a trade of {@code symbol} with the pair's next trade id to every subscribed connection.
   *
   * @param symbol the pair (its market is created when it has none)
   * @param side {@code buy} or {@code sell}
   * @param price the price as Kraken writes it, e.g. {@code 0.5147}
   * @param qty the quantity
   * @return the trade id sent
   */
  public synchronized long publishTrade(String symbol, String side, String price, String qty) {
    String frame = books.computeIfAbsent(symbol, FakeStreamBook::new).trade(side, price, qty, "limit",
        Math.max(0, skip.getOrDefault(symbol, 0)));
    skip.remove(symbol);
    publish("trade:" + symbol, frame);
    return SignetJson.mapper().readTree(frame).path("data").path(0).path("trade_id").asLong();
  }

  /**
   * From now on publishes {@code kraken}'s order changes to the connections subscribed to
   * {@code executions}, as Kraken does: a subscription first gets a {@code snapshot} (with
   * {@code snap_orders}, default true, the open orders; with {@code snap_trades}, default false, the
   * last 50 fills before them), then an update for each change (placed: {@code pending_new}, then
   * {@code new}; {@code trade} then {@code filled} when it fills at once or a price move reaches it;
   * {@code canceled}; {@code amended}). {@code sequence} counts each connection's frames of the channel
   * from 1. Changes while a connection is not subscribed are not sent to it, as on the exchange.
   *
   * <p>Example: {@code streams.publishExecutionsFrom(fakeKraken)}
   *
   * @param kraken the fake whose account this is
   */
  public void publishExecutionsFrom(FakeKraken kraken) {
    feeds.executionsFrom(kraken, this::broadcast);
  }

  /**
   * From now on publishes {@code kraken}'s ledger on {@code balances}: a subscription first gets a
   * {@code snapshot} of every asset's balance (free plus held, in one {@code spot} wallet), then an
   * update for each ledger entry (each leg of a fill with its fee, deposits, withdrawals), numbered per
   * connection from 1 as {@link #publishExecutionsFrom} does.
   *
   * <p>Example: {@code streams.publishBalancesFrom(fakeKraken)}
   *
   * @param kraken the fake whose account this is
   */
  public void publishBalancesFrom(FakeKraken kraken) {
    feeds.balancesFrom(kraken, this::broadcast);
  }

  /** Sends a private frame from a fake's state to every open connection subscribed to {@code channel}, each with its own sequence. */
  private void broadcast(String channel, String type, List<Object> data) {
    for (Connection c : sockets.peers()) {
      if (c.isOpen() && c.streams.containsKey(channel)) {
        c.sendPrivate(channel, type, data);
      }
    }
  }

  /**
   * The next {@link #publishTrade} of {@code symbol} first skips {@code ids} trade ids (trades never sent).
   *
   * @param symbol the pair
   * @param ids how many ids to skip
   */
  public synchronized void skipTradeIds(String symbol, int ids) {
    skip.merge(symbol, ids, Integer::sum);
  }

  /**
   * The checksum of the fake's book as a client subscribed at {@code depth} must hold it.
   *
   * @param symbol the pair
   * @param depth the subscription's depth
   * @return the CRC32
   */
  public synchronized long bookChecksum(String symbol, int depth) {
    return book(symbol).checksum(depth);
  }

  /**
   * The next book frame of {@code symbol} (update or snapshot) carries a wrong checksum.
   *
   * @param symbol the pair
   */
  public synchronized void corruptNextChecksum(String symbol) {
    corrupt.merge(symbol, 1, Integer::sum);
  }

  /**
   * The next {@link #publishBookUpdate} of {@code symbol} changes the fake's book but is not sent.
   *
   * @param symbol the pair
   */
  public synchronized void dropNextBookUpdate(String symbol) {
    drop.merge(symbol, 1, Integer::sum);
  }

  /** Closes every open connection from the server side (code 1011). */
  public void disconnectAll() {
    sockets.disconnectAll();
  }

  /**
   * From now on, subscribing {@code stream} is answered with Kraken's error.
   *
   * @param stream e.g. {@code ticker:BTC/XYZ}, or {@code executions} to refuse every token
   */
  public void refuse(String stream) {
    refused.add(stream);
  }

  /**
   * How many open connections are subscribed to {@code stream}.
   *
   * @param stream e.g. {@code trade:BTC/USD}
   * @return the count
   */
  public int subscribers(String stream) {
    return sockets.count(c -> c.streams.containsKey(stream));
  }

  /**
   * Waits until {@code count} open connections are subscribed to {@code stream}.
   *
   * @param stream the stream
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
   * The tokens private subscriptions carried, in arrival order.
   *
   * @return a copy
   */
  public List<String> tokens() {
    return new ArrayList<>(tokens);
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

  private FakeStreamBook book(String symbol) {
    FakeStreamBook book = books.get(symbol);
    if (book == null) {
      throw new IllegalStateException("no book for " + symbol + ": call setBook first");
    }
    return book;
  }

  private synchronized void subscribed(Connection c, String stream, String symbol, int depth) {
    c.streams.put(stream, depth);
    FakeStreamBook book = books.get(symbol);
    if (stream.startsWith("book:") && book != null) {
      long delta = corrupt.merge(symbol, -1, Integer::sum) >= 0 ? 1 : 0;
      if (delta == 0) {
        corrupt.remove(symbol);
      }
      c.send(book.snapshot(depth, delta));
    }
  }

  /** One client connection, server side. */
  private final class Connection extends FakeSockets.Peer {
    private final Map<String, Integer> streams = new ConcurrentHashMap<>(); // stream -> book depth (0 for others)
    private final Map<String, Long> sequences = new ConcurrentHashMap<>(); // private channel -> last sequence sent

    /** A private channel's frame with this connection's next sequence of it. */
    private void sendPrivate(String channel, String type, List<Object> data) {
      Map<String, Object> frame = Json.object();
      frame.put("channel", channel);
      frame.put("type", type);
      frame.put("data", data);
      frame.put("sequence", sequences.merge(channel, 1L, Long::sum));
      send(Json.write(frame));
    }

    @Override
    protected void opened(WebSocket webSocket) {
      webSocket.send(FakeKrakenFrames.STATUS);
    }

    @Override
    protected void message(WebSocket webSocket, String text) {
      JsonNode m;
      try {
        m = SignetJson.mapper().readTree(text);
      } catch (RuntimeException e) {
        webSocket.send("{\"error\":\"Malformed request\",\"success\":false}");
        return;
      }
      String method = m.path("method").asString("");
      String id = m.has("req_id") ? ",\"req_id\":" + m.get("req_id").asLong() : "";
      if (method.equals("ping")) {
        webSocket.send(FakeKrakenFrames.pong(id));
        return;
      }
      JsonNode params = m.path("params");
      String channel = params.path("channel").asString("");
      List<String> keys = new ArrayList<>();
      if (PRIVATE.contains(channel)) {
        tokens.add(params.path("token").asString(""));
        keys.add(channel);
      } else {
        for (JsonNode s : params.path("symbol")) {
          keys.add(channel + ":" + s.asString() + (channel.equals("ohlc") ? ":" + params.path("interval").asInt() : ""));
        }
      }
      for (String key : keys) {
        String symbol = key.contains(":") ? key.split(":")[1] : null;
        boolean refuse = method.equals("subscribe") && (refused.contains(key)
            || (PRIVATE.contains(channel) && params.path("token").asString("").isEmpty()));
        if (refuse) {
          webSocket.send(FakeKrakenFrames.refusal(PRIVATE.contains(channel), symbol, id));
          continue;
        }
        webSocket.send(FakeKrakenFrames.ack(method, channel, symbol, id));
        if (method.equals("subscribe")) {
          if (!feeds.subscribed(key, params, () -> streams.put(key, 0), this::sendPrivate)) {
            subscribed(this, key, symbol, params.path("depth").asInt(10));
          }
        } else {
          streams.remove(key);
        }
      }
    }

  }
}
