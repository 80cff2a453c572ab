package dev.signet.kraken.internal;

import dev.signet.core.SignetJson;
import dev.signet.core.internal.stream.StreamProtocol;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kraken's WebSocket v2 framing. A stream is named {@code <channel>:<symbol>} ({@code ticker:BTC/USD},
 * {@code trade:BTC/USD}, {@code book:BTC/USD}), {@code ohlc:<symbol>:<interval>}, or just the channel
 * for the private ones ({@code executions}, {@code balances}). Requests are
 * {@code {"method":"subscribe","params":{"channel":..,"symbol":[..],..},"req_id":N}}, answered once
 * per symbol {@code {"method":"subscribe","result":{..},"success":true|false,"error":..,"req_id":N}};
 * data frames are {@code {"channel":..,"type":"snapshot"|"update","data":[..]}}. A ticker, trade or
 * candle is delivered element by element to the stream of its symbol; a book element as a frame of
 * its own ({@code {"channel":"book","type":..,"data":[element]}}); an executions or balances frame
 * whole; a status element to the {@code status} stream (nothing is sent to subscribe it: Kraken sends
 * one on every connection). Plain data frames are read with the streaming parser
 * ({@link KrakenDataFrames}), the rest as a tree. Heartbeats and pongs are dropped (OkHttp's protocol
 * pings keep the socket alive; Kraken's application-level {@code ping} is optional). The book depth of
 * each symbol, the subscribe options of private channels and the token of private streams are held
 * here. Not API.
 *
 * <pre>{@code
 * KrakenStreamProtocol p = new KrakenStreamProtocol(null);
 * String text = p.subscribe(List.of("ticker:BTC/USD"), 1);
 * }</pre>
 */
public final class KrakenStreamProtocol implements StreamProtocol {
  /** The stream of the {@code status} channel's elements. */
  public static final String STATUS = "status";

  private final Supplier<String> token;
  private final Map<String, Integer> depths = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Boolean>> options = new ConcurrentHashMap<>();

  /**
   * The framing of one connection.
   *
   * @param token the token for private subscriptions (fetched when a subscribe message is built), or null on public
   *     connections
   */
  public KrakenStreamProtocol(Supplier<String> token) {
    this.token = token;
  }

  /**
   * Sets the depth a symbol's book is subscribed with.
   *
   * @param symbol the pair, e.g. {@code BTC/USD}
   * @param depth 10, 25, 100, 500 or 1000 (checked by the caller)
   */
  public void bookDepth(String symbol, int depth) {
    depths.put(symbol, depth);
  }

  /**
   * Sets the options a private channel is subscribed with (written after {@code channel}, before the token).
   *
   * @param channel e.g. {@code executions}
   * @param params the options by wire name, in the order to send them
   */
  public void channelOptions(String channel, Map<String, Boolean> params) {
    options.put(channel, Collections.unmodifiableMap(new LinkedHashMap<>(params)));
  }

  @Override
  public String subscribe(List<String> streams, long id) {
    return streams.get(0).equals(STATUS) ? null : request("subscribe", streams, id);
  }

  @Override
  public String unsubscribe(List<String> streams, long id) {
    return streams.get(0).equals(STATUS) ? null : request("unsubscribe", streams, id);
  }

  @Override
  public int maxStreams() {
    return 1000; // Kraken publishes no cap; subscribing a channel counts against its rate limit
  }

  @Override
  public int maxStreamsPerMessage() {
    return 1; // a request names one channel, and streams of several channels may be pending at once
  }

  @Override
  public void opened() {
    if (token instanceof KrakenStreamToken t) {
      t.expire(); // "obtain a fresh token on each connection"
    }
  }

  @Override
  public void route(String frame, Sink sink) {
    if (!KrakenDataFrames.route(frame, sink)) {
      routeTree(frame, sink);
    }
  }

  /** The general path: answers, errors, heartbeats, private channels and data frames out of the ordinary. */
  private static void routeTree(String frame, Sink sink) {
    JsonNode root = SignetJson.mapper().readTree(frame);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("a Kraken stream frame is a JSON object, this one is " + frame);
    }
    JsonNode method = root.get("method");
    if (method != null) {
      answer(method.asString(), root, sink);
      return;
    }
    String channel = text(root, "channel");
    if (channel == null) {
      if (root.has("error")) {
        sink.refused(id(root), root.get("error").asString());
        return;
      }
      throw new IllegalArgumentException("a Kraken stream frame without channel or method: " + frame);
    }
    JsonNode data = root.get("data");
    switch (channel) {
      case "heartbeat" -> { } // liveness: nothing to deliver
      case STATUS -> {
        if (data != null && data.isArray() && sink.wants(STATUS)) {
          for (JsonNode element : data) {
            sink.deliver(STATUS, SignetJson.mapper().treeAsTokens(element));
          }
        }
      }
      case "executions", "balances" -> {
        if (sink.wants(channel)) {
          sink.deliver(channel, SignetJson.mapper().treeAsTokens(root));
        }
      }
      default -> {
        if (data == null || !data.isArray()) {
          throw new IllegalArgumentException("a Kraken " + channel + " frame without a data array: " + frame);
        }
        for (JsonNode element : data) {
          String stream = stream(channel, element);
          if (stream != null && sink.wants(stream)) {
            sink.deliver(stream, SignetJson.mapper().treeAsTokens(channel.equals("book") ? book(root, element) : element));
          }
        }
      }
    }
  }

  private static void answer(String method, JsonNode root, Sink sink) {
    if (!method.equals("subscribe")) {
      return; // unsubscribe answers and pongs: nothing waits for them
    }
    JsonNode success = root.get("success");
    if (success != null && success.asBoolean()) {
      sink.accepted(id(root));
    } else {
      String error = text(root, "error");
      sink.refused(id(root), error == null ? root.toString() : error);
    }
  }

  private static String stream(String channel, JsonNode element) {
    String symbol = text(element, "symbol");
    if (symbol == null) {
      return null;
    }
    if (channel.equals("ohlc")) {
      JsonNode interval = element.get("interval");
      return interval == null ? null : "ohlc:" + symbol + ":" + interval.asString();
    }
    return channel + ":" + symbol;
  }

  private static JsonNode book(JsonNode root, JsonNode element) {
    ObjectNode frame = SignetJson.mapper().createObjectNode();
    frame.set("channel", root.get("channel"));
    frame.set("type", root.get("type"));
    frame.putArray("data").add(element);
    return frame;
  }

  private static long id(JsonNode root) {
    JsonNode id = root.get("req_id");
    return id != null && id.canConvertToLong() ? id.asLong() : -1;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.asString() : null;
  }

  private String request(String method, List<String> streams, long id) {
    String stream = streams.get(0);
    String[] parts = stream.split(":", -1);
    ObjectNode out = SignetJson.mapper().createObjectNode();
    out.put("method", method);
    ObjectNode params = out.putObject("params");
    params.put("channel", parts[0]);
    if (parts.length > 1) {
      ArrayNode symbols = params.putArray("symbol");
      symbols.add(parts[1]);
    }
    if (parts[0].equals("ohlc")) {
      params.put("interval", Integer.parseInt(parts[2]));
    } else if (parts[0].equals("book")) {
      params.put("depth", depths.getOrDefault(parts[1], 10));
    } else if (parts.length == 1) {
      if (token == null) {
        throw new IllegalStateException(stream + " is a private channel: build KrakenStreams.privateStreams()");
      }
      if (method.equals("subscribe")) {
        options.getOrDefault(stream, Map.of()).forEach(params::put);
      }
      params.put("token", token.get());
    }
    out.put("req_id", id);
    return out.toString();
  }
}
