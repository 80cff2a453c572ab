package dev.signet.core.internal;

import dev.signet.core.Decoder;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.SignetJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * Decodes one stream frame (a WebSocket text message) into a typed event, totally: the event, or a
 * {@link MalformedResponseException} naming the stream and the field, never a Jackson exception or
 * an NPE. The frame's counterpart of the executor's response decoding. Not API.
 *
 * <pre>{@code
 * DepthUpdate u = StreamFrames.decode("btcusdt@depth", text, DEPTH_UPDATE);
 * }</pre>
 */
public final class StreamFrames {
  private StreamFrames() {}

  /**
   * Decodes {@code frame} with {@code decoder}.
   *
   * @param <T> the event type
   * @param stream the stream's name, for the error (e.g. {@code btcusdt@depth})
   * @param frame the frame's text
   * @param decoder the event's decoder
   * @return the event
   * @throws MalformedResponseException when the frame does not have the documented shape
   */
  public static <T> T decode(String stream, String frame, Decoder<T> decoder) {
    try (JsonParser parser = SignetJson.mapper().createParser(frame)) {
      return decode(stream, parser, decoder);
    } catch (JacksonException e) {
      throw failure(stream, e);
    }
  }

  /**
   * Decodes the value {@code parser} is on (or the next one) with {@code decoder}: the payload of an
   * envelope a protocol has opened.
   *
   * @param <T> the event type
   * @param stream the stream's name, for the error
   * @param parser the parser, on the payload's first token or just before it
   * @param decoder the event's decoder
   * @return the event
   * @throws MalformedResponseException when the payload does not have the documented shape
   */
  public static <T> T decode(String stream, JsonParser parser, Decoder<T> decoder) {
    try {
      T value = decoder.decode(parser);
      if (value == null) {
        throw new IllegalArgumentException("the frame is JSON null");
      }
      return value;
    } catch (JacksonException | IllegalArgumentException | NullPointerException | IllegalStateException e) {
      throw failure(stream, e);
    }
  }

  private static MalformedResponseException failure(String stream, RuntimeException e) {
    return new MalformedResponseException("stream " + stream + ": the frame could not be decoded: "
        + DecodeFailures.describe(e), 0, e);
  }
}
