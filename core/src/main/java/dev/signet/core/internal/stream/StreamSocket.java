package dev.signet.core.internal.stream;

import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;

/**
 * One WebSocket of a {@link StreamConnection}: the one serving, or its replacement. It turns
 * OkHttp's callbacks and the protocol's routing into calls on its connection, which holds all the
 * state; the socket keeps only its own (open, retired, when it opened, its last subscribe id).
 * Not API.
 *
 * <pre>{@code
 * StreamSocket s = new StreamSocket(connection, false);
 * s.ws = http.newWebSocket(request, s);
 * }</pre>
 */
final class StreamSocket extends WebSocketListener implements StreamProtocol.Sink {
  private static final System.Logger LOG = System.getLogger("dev.signet.stream");

  final boolean replacement;
  WebSocket ws;
  volatile boolean open;
  boolean ready; // open and its prelude, if any, accepted: control messages may be sent; guarded by the connection
  long preludeId = -1; // guarded by the connection
  boolean retired; // guarded by the connection
  long openedAtMillis; // the connection's clock; guarded by the connection
  long lastSubscribeId = -1; // guarded by the connection
  private final StreamConnection connection;
  private final FrameParsers parsers = new FrameParsers(); // this socket's reader thread's

  /**
   * @param connection the connection it belongs to
   * @param replacement whether it replaces the serving socket (it takes over once subscribed)
   */
  StreamSocket(StreamConnection connection, boolean replacement) {
    this.connection = connection;
    this.replacement = replacement;
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    connection.opened(this, webSocket);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    try {
      connection.protocol().route(text, this);
    } catch (JacksonException | IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "{0}: a frame of no known shape was dropped: {1}", connection.label(),
          e.getMessage());
    }
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    connection.lost(this, "closed by the server: " + code + (reason.isEmpty() ? "" : " " + reason));
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    connection.lost(this, t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
  }

  @Override
  public boolean wants(String stream) {
    return connection.wants(stream);
  }

  @Override
  public JsonParser parse(String frame) {
    return parsers.parse(frame);
  }

  @Override
  public String name(JsonParser p) {
    return parsers.name(p);
  }

  @Override
  public void deliver(String stream, JsonParser payload) {
    connection.deliver(this, stream, payload);
  }

  @Override
  public void accepted(long id) {
    connection.accepted(this, id);
  }

  @Override
  public void refused(long id, String error) {
    connection.refused(id, error);
  }
}
