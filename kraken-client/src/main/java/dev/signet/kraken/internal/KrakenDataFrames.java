package dev.signet.kraken.internal;

import dev.signet.core.internal.stream.StreamProtocol;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The fast path of {@link KrakenStreamProtocol#route}: a data frame of a channel delivered element
 * by element ({@code trade}, {@code ticker}, {@code ohlc}, and {@code book} with its one element)
 * read with the streaming parser, no tree. Kraken's usual frames, in the documented form
 * ({@code {"channel":"trade",...,"data":[{"symbol":"BTC/USD",...}]}}, no {@code method} or
 * {@code error} member, each element's {@code symbol} first), are read in ONE pass
 * ({@link KrakenOnePass}): the symbol is read from the text at the element's start and the parser
 * handed on there, so an element's event (or its gap) is delivered before the rest of the frame is
 * read; a frame that then turns out broken is reported by {@code route} as before. Otherwise a
 * first pass reads the frame's {@code channel} and each element's {@code symbol} (and
 * {@code interval}), skipping everything else; a second hands the sink a parser on each wanted
 * element (on the frame itself for a book, whose payload is the frame). Anything else (answers,
 * errors, heartbeats, private channels, a book frame of several elements, a shape out of the
 * ordinary) is left to the tree path, which decides exactly as before. Not API.
 *
 * <pre>{@code
 * if (!KrakenDataFrames.route(frame, sink)) {
 *   routeTree(frame, sink);
 * }
 * }</pre>
 */
final class KrakenDataFrames {
  private KrakenDataFrames() {}

  /**
   * Delivers the elements of a plain data frame.
   *
   * @param frame the text frame
   * @param sink where the payloads go
   * @return false, having delivered nothing, when the frame is not a plain data frame
   */
  static boolean route(String frame, StreamProtocol.Sink sink) {
    if (KrakenOnePass.route(frame, sink)) {
      return true;
    }
    String channel = null;
    List<String> streams = null;
    List<String> intervals = new ArrayList<>(1);
    try (JsonParser p = sink.parse(frame)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        switch (name) {
          case "method", "error" -> {
            return false;
          }
          case "channel" -> {
            if (value != JsonToken.VALUE_STRING || channel != null) {
              return false;
            }
            channel = p.getString();
          }
          case "data" -> {
            if (value != JsonToken.START_ARRAY || streams != null) {
              return false;
            }
            streams = elements(p, intervals);
            if (streams == null) {
              return false;
            }
          }
          default -> p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return false;
      }
    } catch (JacksonException e) {
      return false; // the tree path reports it, worded as before
    }
    if (channel == null || streams == null) {
      return false;
    }
    switch (channel) {
      case "trade", "ticker", "ohlc" -> deliverElements(frame, channel, streams, intervals, sink);
      case "book" -> {
        if (streams.size() != 1) {
          return false;
        }
        deliverFrame(frame, "book:" + streams.get(0), sink);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Each element's symbol (its interval, or null, added to {@code intervals}); null for an odd shape. */
  static List<String> elements(JsonParser p, List<String> intervals) {
    List<String> streams = new ArrayList<>(1);
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        return null;
      }
      String symbol = null;
      String interval = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        if (name.equals("symbol") || name.equals("interval")) {
          if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
            return null; // the tree path words what a null or odd symbol means
          }
          if (name.equals("symbol")) {
            if (value != JsonToken.VALUE_STRING || symbol != null) {
              return null;
            }
            symbol = p.getString();
          } else {
            if (interval != null) {
              return null;
            }
            interval = p.getString();
          }
        } else {
          p.skipChildren();
        }
      }
      if (symbol == null) {
        return null;
      }
      streams.add(symbol);
      intervals.add(interval);
    }
    return streams;
  }

  /** The stream of an element, as the tree path names it; null when an ohlc element has no interval. */
  private static String stream(String channel, String symbol, String interval) {
    if (channel.equals("ohlc")) {
      return interval == null ? null : "ohlc:" + symbol + ":" + interval;
    }
    return channel + ":" + symbol;
  }

  private static void deliverElements(String frame, String channel, List<String> symbols, List<String> intervals,
      StreamProtocol.Sink sink) {
    JsonParser p = null;
    try {
      for (int i = 0; i < symbols.size(); i++) {
        if (p != null && i > 0) {
          p.nextToken(); // from the end of element i - 1 onto the start of element i
        }
        String stream = stream(channel, symbols.get(i), intervals.get(i));
        if (stream != null && sink.wants(stream)) {
          if (p == null) {
            p = element(frame, i, sink);
          }
          int depth = p.streamReadContext().getNestingDepth();
          sink.deliver(stream, p);
          if (p.streamReadContext().getNestingDepth() != depth - 1) {
            p.close(); // the decoder stopped inside the element (it failed): start again at the next
            p = null;
          }
        } else if (p != null) {
          p.skipChildren();
        }
      }
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /** A parser on the {@code START_OBJECT} of element {@code index} of the frame's {@code data}. */
  static JsonParser element(String frame, int index, StreamProtocol.Sink sink) {
    JsonParser p = sink.parse(frame);
    p.nextToken();
    for (String name = p.nextName(); !name.equals("data"); name = p.nextName()) {
      p.nextToken();
      p.skipChildren();
    }
    p.nextToken();
    p.nextToken();
    for (int i = 0; i < index; i++) {
      p.skipChildren();
      p.nextToken();
    }
    return p;
  }

  private static void deliverFrame(String frame, String stream, StreamProtocol.Sink sink) {
    if (!sink.wants(stream)) {
      return;
    }
    try (JsonParser p = sink.parse(frame)) {
      p.nextToken();
      sink.deliver(stream, p);
    }
  }
}
