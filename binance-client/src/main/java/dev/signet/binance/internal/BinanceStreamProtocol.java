package dev.signet.binance.internal;

import dev.signet.core.internal.stream.StreamProtocol;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Binance's market stream framing on a combined-stream connection ({@code /stream}): live
 * {@code SUBSCRIBE}/{@code UNSUBSCRIBE} requests with an id, events wrapped as
 * {@code {"stream":"<name>","data":<payload>}}, answers {@code {"result":null,"id":1}} and errors
 * {@code {"error":{"code":2,"msg":"..."},"id":1}} (or {@code code} and {@code msg} at the top).
 * Spot and USD-M frame alike. Not API.
 *
 * <pre>{@code
 * String subscribe = BinanceStreamProtocol.INSTANCE.subscribe(List.of("btcusdt@trade"), 1);
 * }</pre>
 */
public final class BinanceStreamProtocol implements StreamProtocol {
  /** The one instance: the framing has no state. */
  public static final BinanceStreamProtocol INSTANCE = new BinanceStreamProtocol();

  private BinanceStreamProtocol() {}

  @Override
  public String subscribe(List<String> streams, long id) {
    return request("SUBSCRIBE", streams, id);
  }

  @Override
  public String unsubscribe(List<String> streams, long id) {
    return request("UNSUBSCRIBE", streams, id);
  }

  @Override
  public int maxStreams() {
    return 1024; // "A single connection can listen to a maximum of 1024 streams."
  }

  @Override
  public int maxStreamsPerMessage() {
    return 200;
  }

  @Override
  public void route(String frame, Sink sink) {
    try (JsonParser p = sink.parse(frame)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a Binance stream frame is a JSON object, this one starts with "
            + p.currentToken());
      }
      String stream = null;
      long id = -1;
      boolean result = false;
      String error = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        switch (name) {
          case "stream" -> stream = value == JsonToken.VALUE_STRING ? sink.name(p) : null;
          case "data" -> {
            if (stream == null) {
              p.skipChildren(); // "data" before "stream": read again below
              break;
            }
            if (sink.wants(stream)) {
              sink.deliver(stream, p);
            }
            return; // nothing after the payload matters, and a failed decode leaves the parser anywhere
          }
          case "id" -> id = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
          case "result" -> {
            result = true;
            p.skipChildren();
          }
          case "error" -> error = p.readValueAsTree().toString();
          case "msg" -> error = error == null ? p.getString() : error;
          default -> p.skipChildren();
        }
      }
      if (stream != null) {
        deliverLate(frame, stream, sink);
      } else if (error != null) {
        sink.refused(id, error);
      } else if (result) {
        sink.accepted(id);
      }
    }
  }

  private static void deliverLate(String frame, String stream, Sink sink) {
    if (!sink.wants(stream)) {
      return;
    }
    try (JsonParser p = sink.parse(frame)) {
      p.nextToken();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if (name.equals("data")) {
          sink.deliver(stream, p);
          return;
        }
        p.skipChildren();
      }
    }
  }

  private static String request(String method, List<String> streams, long id) {
    StringBuilder out = new StringBuilder(32 + 24 * streams.size()).append("{\"method\":\"").append(method)
        .append("\",\"params\":[");
    for (int i = 0; i < streams.size(); i++) {
      out.append(i == 0 ? "\"" : ",\"").append(streams.get(i)).append('"'); // names are checked: no quotes
    }
    return out.append("],\"id\":").append(id).append('}').toString();
  }
}
