package dev.signet.kraken.internal;

import dev.signet.core.SignetJson;
import dev.signet.core.internal.stream.StreamProtocol;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The one-pass reading of Kraken's usual data frames, ahead of {@link KrakenDataFrames}' two
 * passes: a {@code trade} or {@code ticker} frame, or a {@code book} frame of one element, in the
 * form Kraken sends ({@code {"channel":"trade",...,"data":[{"symbol":"BTC/USD",...},...]}}: the
 * channel first, each element's symbol first, no {@code method} or {@code error} member anywhere).
 * An element's symbol is read from the text where the element starts, so the parser that found the
 * element is the one handed to the sink: the frame is tokenized once, not twice. A frame not in that
 * form is left, untouched and before anything is delivered, to the two-pass path. Once an element
 * has been delivered, the rest of the frame is still read, and a frame broken there (or after the
 * book's payload) fails {@code route} as it did before; the events already delivered stay delivered.
 * Not API.
 *
 * <pre>{@code
 * if (!KrakenOnePass.route(frame, sink)) {
 *   // the two-pass path
 * }
 * }</pre>
 */
final class KrakenOnePass {
  private static final String[] CHANNELS = {"trade", "ticker", "book"};
  private static final String SYMBOL = "{\"symbol\":\"";
  private static final String BOOK_DATA = "\"data\":[" + SYMBOL;

  private KrakenOnePass() {}

  /**
   * Delivers the elements of a usual data frame in one pass.
   *
   * @param frame the text frame
   * @param sink where the payloads go
   * @return false, having delivered nothing, when the frame is not in the usual form
   */
  static boolean route(String frame, StreamProtocol.Sink sink) {
    String channel = channel(frame);
    if (channel == null || frame.contains("\"method\"") || frame.contains("\"error\"")) {
      return false;
    }
    return channel.equals("book") ? book(frame, sink) : elements(frame, channel, sink);
  }

  /** The channel of a frame that starts {@code {"channel":"<one of CHANNELS>",}, or null. */
  private static String channel(String frame) {
    if (!frame.startsWith("{\"channel\":\"")) {
      return null;
    }
    for (String channel : CHANNELS) {
      int end = 12 + channel.length();
      if (frame.startsWith(channel, 12) && frame.startsWith("\",", end)) {
        return channel;
      }
    }
    return null;
  }

  /** The symbol of an element whose text starts at {@code at} with {@code {"symbol":"}, or null. */
  private static String symbol(String frame, int at) {
    if (!frame.startsWith(SYMBOL, at)) {
      return null;
    }
    int start = at + SYMBOL.length();
    int end = frame.indexOf('"', start);
    if (end <= start) {
      return null;
    }
    for (int i = start; i < end; i++) {
      if (frame.charAt(i) == '\\') {
        return null; // an escaped symbol: the parser's reading decides
      }
    }
    return frame.substring(start, end);
  }

  private static boolean book(String frame, StreamProtocol.Sink sink) {
    int data = frame.indexOf(BOOK_DATA);
    if (data < 0 || frame.indexOf("\"symbol\"", data + BOOK_DATA.length()) >= 0) {
      return false; // no element in the usual form, or possibly several: each is a frame of its own
    }
    String symbol = symbol(frame, data + BOOK_DATA.length() - SYMBOL.length());
    if (symbol == null) {
      return false;
    }
    String stream = "book:" + symbol;
    if (sink.wants(stream)) {
      try (JsonParser p = SignetJson.mapper().createParser(frame)) {
        p.nextToken();
        sink.deliver(stream, p);
        if (p.streamReadContext().inRoot() && p.nextToken() != null) {
          throw new IllegalArgumentException("a Kraken book frame with content after its end: " + frame);
        }
      }
    }
    return true;
  }

  private static boolean elements(String frame, String channel, StreamProtocol.Sink sink) {
    JsonParser p = SignetJson.mapper().createParser(frame);
    try {
      boolean started = false;
      p.nextToken();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        if (!name.equals("data")) {
          p.skipChildren(); // channel (read from the text), type, anything Kraken adds
          continue;
        }
        if (started || value != JsonToken.START_ARRAY) {
          if (started) {
            throw new IllegalArgumentException("a Kraken " + channel + " frame with two data members: " + frame);
          }
          return false;
        }
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
          if (t != JsonToken.START_OBJECT) {
            if (!started) {
              return false;
            }
            throw new IllegalArgumentException("a Kraken " + channel + " element is not an object: " + frame);
          }
          String symbol = symbol(frame, (int) p.currentTokenLocation().getCharOffset());
          if (symbol == null) {
            if (!started) {
              return false;
            }
            p = late(frame, channel, index, p, sink); // out of the usual form: read it, then hand on
            continue;
          }
          String stream = channel + ":" + symbol;
          if (!sink.wants(stream)) {
            p.skipChildren();
            continue;
          }
          started = true;
          int depth = p.streamReadContext().getNestingDepth();
          sink.deliver(stream, p);
          if (p.streamReadContext().getNestingDepth() != depth - 1) {
            p.close(); // the decoder stopped inside the element (it failed): go on after it
            p = KrakenDataFrames.element(frame, index);
            p.skipChildren();
          }
        }
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("a Kraken " + channel + " frame with content after its end: " + frame);
      }
      return true;
    } finally {
      p.close();
    }
  }

  /**
   * An element whose symbol is not where the usual form puts it, after others were delivered: its
   * symbol read off {@code p}, and the element handed on from a parser of its own.
   *
   * @return the parser to go on with, at the element's end
   */
  private static JsonParser late(String frame, String channel, int index, JsonParser p, StreamProtocol.Sink sink) {
    String symbol = null;
    for (String name = p.nextName(); name != null; name = p.nextName()) {
      if (p.nextToken() == JsonToken.VALUE_STRING && name.equals("symbol") && symbol == null) {
        symbol = p.getString();
      } else {
        p.skipChildren();
      }
    }
    if (symbol != null && sink.wants(channel + ":" + symbol)) {
      try (JsonParser element = KrakenDataFrames.element(frame, index)) {
        sink.deliver(channel + ":" + symbol, element);
      }
    }
    return p;
  }
}
