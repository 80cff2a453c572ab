package dev.signet.binance.internal;

import dev.signet.core.internal.stream.StreamProtocol;
import java.util.List;
import tools.jackson.core.JsonParser;

/**
 * A USD-M user data stream on its own connection ({@code /private/ws/<listenKey>}): the listen key
 * in the URL is the subscription, so nothing is sent to subscribe or unsubscribe, and every frame is
 * one event of the one stream, {@value #STREAM} (never the key itself, which grants reading the
 * account's events and must stay out of logs and gaps). Not API.
 *
 * <pre>{@code
 * new StreamConnection(http, request, BinanceListenKeyProtocol.INSTANCE, options, clock, "Binance USD-M user data stream");
 * }</pre>
 */
public final class BinanceListenKeyProtocol implements StreamProtocol {
  /** The one instance: the framing has no state. */
  public static final BinanceListenKeyProtocol INSTANCE = new BinanceListenKeyProtocol();
  /** The one stream's name. */
  public static final String STREAM = "userData";

  private BinanceListenKeyProtocol() {}

  /** Nothing to send: the URL subscribes. */
  @Override
  public String subscribe(List<String> streams, long id) {
    return null;
  }

  /** Nothing to send: closing the connection ends the stream. */
  @Override
  public String unsubscribe(List<String> streams, long id) {
    return null;
  }

  @Override
  public int maxStreams() {
    return 1;
  }

  @Override
  public int maxStreamsPerMessage() {
    return 1;
  }

  @Override
  public void route(String frame, Sink sink) {
    if (sink.wants(STREAM)) {
      try (JsonParser p = sink.parse(frame)) {
        sink.deliver(STREAM, p);
      }
    }
  }
}
