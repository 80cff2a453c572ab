package dev.signet.kraken.internal;

import dev.signet.core.internal.stream.StreamProtocol;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The one-pass reading of Kraken's usual data frames, ahead of {@link KrakenDataFrames}' two
 * passes: a {@code trade} or {@code ticker} frame, or a {@code book} frame of one element, that
 * starts as Kraken writes it, {@code {"channel":"trade","type":"update","data":[{"symbol":"BTC/USD",}
 * (those three members first, in that order, each element's symbol first). An element's symbol is
 * read from the text where the element starts, so the parser that found the element is the one
 * handed to the sink: the frame is tokenized once, not twice (benchmarks/RESULTS.md, run 14). A
 * frame that does not start so is left, untouched and before anything is delivered, to the
 * two-pass path. Once an element has been delivered the rest of the frame is still read: a frame
 * broken there, with content after its end, or (trade, ticker) with a {@code method},
 * {@code error}, {@code channel} or {@code data} member after its data, fails {@code route} as a
 * frame of no known shape; the events already delivered stay delivered. A book's members after its
 * data are its decoder's to read. Not API.
 *
 * <pre>{@code
 * if (!KrakenOnePass.route(frame, sink)) {
 *   // the two-pass path
 * }
 * }</pre>
 */
final class KrakenOnePass {
  private static final String SYMBOL = "{\"symbol\":\"";
  private static final String TYPE = "\"type\":\"";
  private static final String DATA = "\",\"data\":[" + SYMBOL;

  private KrakenOnePass() {}

  /**
   * Delivers the elements of a usual data frame in one pass.
   *
   * @param frame the text frame
   * @param sink where the payloads go
   * @return false, having delivered nothing, when the frame does not start in the usual form
   */
  static boolean route(String frame, StreamProtocol.Sink sink) {
    String channel = channel(frame);
    int data = channel == null ? -1 : data(frame, 14 + channel.length());
    String first = data < 0 ? null : symbol(frame, data);
    if (first == null) {
      return false;
    }
    if (channel.equals("book")) {
      return book(frame, first, data, sink);
    }
    elements(frame, channel, first, sink);
    return true;
  }

  /** The channel of a frame that starts {@code {"channel":"trade",} (or ticker, or book), or null. */
  private static String channel(String frame) {
    if (frame.length() < 20 || !frame.startsWith("{\"channel\":\"")) {
      return null;
    }
    String channel = switch (frame.charAt(13)) { // the second letter tells them apart
      case 'r' -> "trade";
      case 'i' -> "ticker";
      case 'o' -> "book";
      default -> null;
    };
    return channel != null && frame.startsWith(channel, 12) && frame.startsWith("\",", 12 + channel.length())
        ? channel : null;
  }

  /** Where the first element starts when {@code "type":"<word>","data":[{"symbol":"} follows at {@code at}; or -1. */
  private static int data(String frame, int at) {
    if (!frame.startsWith(TYPE, at)) {
      return -1;
    }
    int end = frame.indexOf('"', at + TYPE.length());
    for (int i = at + TYPE.length(); i < end; i++) {
      char c = frame.charAt(i);
      if (c < 'a' || c > 'z') {
        return -1; // "update", "snapshot": nothing escaped
      }
    }
    return end > 0 && frame.startsWith(DATA, end) ? end + DATA.length() - SYMBOL.length() : -1;
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

  private static boolean book(String frame, String symbol, int data, StreamProtocol.Sink sink) {
    if (frame.indexOf("\"symbol\"", data + SYMBOL.length()) >= 0) {
      return false; // possibly several elements: each is a frame of its own
    }
    String stream = "book:" + symbol;
    if (sink.wants(stream)) {
      try (JsonParser p = sink.parse(frame)) {
        p.nextToken();
        sink.deliver(stream, p);
        if (p.streamReadContext().inRoot() && p.nextToken() != null) {
          throw new IllegalArgumentException("a Kraken book frame with content after its end: " + frame);
        }
      }
    }
    return true;
  }

  /** The frame's channel, type and data read in order (as the text showed), each wanted element handed on. */
  private static void elements(String frame, String channel, String first, StreamProtocol.Sink sink) {
    JsonParser p = sink.parse(frame);
    try {
      p.nextToken();
      for (int i = 0; i < 2; i++) { // channel and type
        p.nextName();
        p.nextToken();
      }
      p.nextName();
      p.nextToken(); // data's START_ARRAY
      int index = 0;
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
        if (t != JsonToken.START_OBJECT) {
          throw new IllegalArgumentException("a Kraken " + channel + " element is not an object: " + frame);
        }
        String symbol = index == 0 ? first : symbol(frame, (int) p.currentTokenLocation().getCharOffset());
        if (symbol == null) {
          p = late(frame, channel, index, p, sink); // out of the usual form: read it, then hand on
          continue;
        }
        String stream = channel + ":" + symbol;
        if (!sink.wants(stream)) {
          p.skipChildren();
          continue;
        }
        int depth = p.streamReadContext().getNestingDepth();
        sink.deliver(stream, p);
        if (p.streamReadContext().getNestingDepth() != depth - 1) {
          p.close(); // the decoder stopped inside the element (it failed): go on after it
          p = KrakenDataFrames.element(frame, index, sink);
          p.skipChildren();
        }
      }
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        if (name.equals("method") || name.equals("error") || name.equals("channel") || name.equals("data")) {
          throw new IllegalArgumentException("a Kraken " + channel + " frame with '" + name + "' after its data: "
              + frame);
        }
        p.nextToken();
        p.skipChildren();
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("a Kraken " + channel + " frame with content after its end: " + frame);
      }
    } finally {
      p.close();
    }
  }

  /**
   * An element after the first whose symbol is not where the usual form puts it: its symbol read
   * off {@code p}, and the element handed on from a parser of its own.
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
      try (JsonParser element = KrakenDataFrames.element(frame, index, sink)) {
        sink.deliver(channel + ":" + symbol, element);
      }
    }
    return p;
  }
}
