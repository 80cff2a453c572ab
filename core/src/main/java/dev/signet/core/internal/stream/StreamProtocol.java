package dev.signet.core.internal.stream;

import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * An exchange's stream framing: how to subscribe and unsubscribe, how many streams a connection
 * may carry, and how to find the stream a frame belongs to. One implementation per exchange
 * product; the {@link StreamConnection} does the rest. Not API.
 *
 * <pre>{@code
 * String text = protocol.subscribe(List.of("btcusdt@trade"), 1);
 * protocol.route(frame, sink);
 * }</pre>
 */
public interface StreamProtocol {
  /**
   * The message that subscribes {@code streams}.
   *
   * @param streams the stream names, at most {@link #maxStreamsPerMessage()}
   * @param id the request id the exchange echoes in its answer
   * @return the text to send, or null when the connection's URL subscribes (nothing is sent and no
   *     answer awaited)
   */
  String subscribe(List<String> streams, long id);

  /**
   * The message that unsubscribes {@code streams}.
   *
   * @param streams the stream names
   * @param id the request id
   * @return the text to send, or null when there is nothing to send
   */
  String unsubscribe(List<String> streams, long id);

  /**
   * The most streams one connection may carry.
   *
   * @return the exchange's limit
   */
  int maxStreams();

  /**
   * The most streams one subscribe message names.
   *
   * @return the count
   */
  int maxStreamsPerMessage();

  /**
   * Reads one frame and tells {@code sink} what it is.
   *
   * @param frame the text frame
   * @param sink where the payload or the answer goes
   * @throws tools.jackson.core.JacksonException or {@link IllegalArgumentException} when the frame
   *     has no shape the protocol knows
   */
  void route(String frame, Sink sink);

  /**
   * Told before each socket of the connection is opened, on the thread that opens it (Binance's
   * WebSocket API charges a connection weight). Throwing stops the opening: the first subscription
   * fails with the exception, a reconnect or replacement is tried again after the backoff. The
   * default does nothing.
   */
  default void connecting() {}

  /**
   * Told when a socket of the connection opens, before anything is subscribed on it (Kraken takes
   * a fresh token for each connection). The default does nothing.
   */
  default void opened() {}

  /**
   * A request to send first on each new socket, answered before anything is subscribed on it
   * (Binance's WebSocket API {@code session.logon} with an Ed25519 key): the socket subscribes once
   * the exchange accepts it, and a refusal ends every subscription with the exchange's error. The
   * default sends nothing first.
   *
   * @param id the request id the exchange echoes in its answer
   * @return the text to send, or null to subscribe at once
   */
  default String prelude(long id) {
    return null;
  }

  /** What a frame turned out to be. */
  interface Sink {
    /**
     * Whether a stream is subscribed (so its payload is worth decoding).
     *
     * @param stream the name
     * @return true when a subscription takes it
     */
    boolean wants(String stream);

    /**
     * A parser of {@code frame} (the protocol closes it): the socket's own ({@link FrameParsers}).
     *
     * @param frame the frame being routed
     * @return a parser at the frame's start
     */
    JsonParser parse(String frame);

    /**
     * The string the parser is on, a stream's name: a socket returns the instance it returned
     * last time when the characters are the same ({@link FrameParsers#name}), so a stream's
     * frames cost no new string and no new hash.
     *
     * @param p a parser from {@link #parse}, on a string value
     * @return the string value
     */
    default String name(JsonParser p) {
      return p.getString();
    }

    /**
     * An event of {@code stream}, the parser on (or just before) its payload; the sink decodes it.
     *
     * @param stream the name
     * @param payload the parser
     */
    void deliver(String stream, JsonParser payload);

    /**
     * The exchange accepted the request with this id.
     *
     * @param id the request id
     */
    void accepted(long id);

    /**
     * The exchange refused a request.
     *
     * @param id the request id, or -1 when the answer names none
     * @param error the exchange's error, as sent
     */
    void refused(long id, String error);
  }
}
