package dev.signet.binance.internal;

import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.internal.signing.WebSocketPayload;
import dev.signet.core.RateLimiter;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.stream.StreamProtocol;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The Spot user data stream over the WebSocket API ({@code /ws-api/v3}): one stream,
 * {@value #STREAM}. With an Ed25519 key each socket first logs on ({@code session.logon}, the API
 * key and a timestamp signed) and then subscribes with the unsigned {@code userDataStream.subscribe};
 * with an HMAC or RSA key (which {@code session.logon} does not take) it subscribes with
 * {@code userDataStream.subscribe.signature}. Either way the timestamp is signed afresh on every
 * socket, so a reconnect never replays an old signature. Answers are
 * {@code {"id":N,"status":200,"result":{...}}} or
 * {@code {"id":N,"status":400,"error":{...}}}; events arrive as
 * {@code {"subscriptionId":0,"event":{...}}}. Each connection and request is charged on the Spot
 * limiter before it is sent, at its {@link WebSocketApiEndpoints} weight; a refused charge throws
 * the limiter's {@link dev.signet.core.RateLimitedException} and nothing is sent. Not API.
 *
 * <pre>{@code
 * String subscribe = new BinanceUserDataProtocol(credentials, Clock.systemUTC(), RateLimiter.unlimited())
 *     .subscribe(List.of("userData"), 1);
 * }</pre>
 */
public final class BinanceUserDataProtocol implements StreamProtocol {
  /** The one stream's name. */
  public static final String STREAM = "userData";

  private final BinanceCredentials credentials;
  private final Clock clock;
  private final RateLimiter limiter;

  /**
   * A protocol signing with {@code credentials} at {@code clock}'s time, charging {@code limiter}.
   *
   * @param credentials the account's key
   * @param clock the time to sign ({@code timestamp}); Binance refuses one more than 5 s behind or 1 s ahead
   * @param limiter the Spot limiter (the WebSocket API's weight is the Spot REST weight of the IP)
   */
  public BinanceUserDataProtocol(BinanceCredentials credentials, Clock clock, RateLimiter limiter) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
  }

  @Override
  public void connecting() {
    WebSocketApiEndpoints.charge(limiter, WebSocketApiEndpoints.CONNECT);
  }

  @Override
  public String prelude(long id) {
    if (!logsOn()) {
      return null;
    }
    WebSocketApiEndpoints.charge(limiter, WebSocketApiEndpoints.SESSION_LOGON);
    return signed(id, "session.logon");
  }

  @Override
  public String subscribe(List<String> streams, long id) {
    if (logsOn()) {
      WebSocketApiEndpoints.charge(limiter, WebSocketApiEndpoints.USER_DATA_SUBSCRIBE);
      return "{\"id\":" + id + ",\"method\":\"userDataStream.subscribe\"}";
    }
    WebSocketApiEndpoints.charge(limiter, WebSocketApiEndpoints.USER_DATA_SUBSCRIBE_SIGNATURE);
    return signed(id, "userDataStream.subscribe.signature");
  }

  /** Whether the socket logs on first: only Ed25519 keys may. */
  private boolean logsOn() {
    return credentials.keyType() == BinanceCredentials.KeyType.ED25519;
  }

  /** {@code method} with the API key and a fresh timestamp, signed over the parameters sorted by name. */
  private String signed(long id, String method) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("apiKey", credentials.apiKey());
    params.put("timestamp", Long.toString(clock.millis()));
    String signature = credentials.sign(WebSocketPayload.of(params));
    return "{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{\"apiKey\":"
        + quote(credentials.apiKey()) + ",\"timestamp\":" + params.get("timestamp") + ",\"signature\":"
        + quote(signature) + "}}";
  }

  @Override
  public String unsubscribe(List<String> streams, long id) {
    return "{\"id\":" + id + ",\"method\":\"userDataStream.unsubscribe\"}"; // the connection's one subscription
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
    try (JsonParser p = sink.parse(frame)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("a WebSocket API frame is a JSON object, this one starts with "
            + p.currentToken());
      }
      long id = -1;
      int status = -1;
      String error = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken value = p.nextToken();
        switch (name) {
          case "event" -> {
            if (sink.wants(STREAM)) {
              sink.deliver(STREAM, p);
            }
            return;
          }
          case "id" -> id = value == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
          case "status" -> status = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
          case "error" -> error = p.readValueAsTree().toString();
          default -> p.skipChildren();
        }
      }
      if (error != null || (status != -1 && status != 200)) {
        sink.refused(id, error != null ? error : "status " + status);
      } else if (status == 200) {
        sink.accepted(id);
      }
    }
  }

  private static String quote(String value) {
    return SignetJson.mapper().writeValueAsString(value);
  }
}
