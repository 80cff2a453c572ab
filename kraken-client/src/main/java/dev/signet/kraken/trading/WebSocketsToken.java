package dev.signet.kraken.trading;

import java.time.Duration;
import java.util.Objects;

/**
 * The answer to {@code POST /0/private/GetWebSocketsToken}: the token that authorises private
 * WebSocket subscriptions, to be used within {@code expires} (a live subscription stays valid).
 * The token is a credential: {@link #toString()} leaves it out.
 *
 * <pre>{@code
 * WebSocketsToken t = kraken.trading().webSocketsToken();
 * subscribe(t.token());
 * }</pre>
 *
 * @param token the token to send in private subscriptions
 * @param expires how long the token may be used to subscribe, e.g. 900 s
 */
public record WebSocketsToken(String token, Duration expires) {
  /**
   * Checks both members are present.
   *
   * @param token the token
   * @param expires its lifetime for new subscriptions
   */
  public WebSocketsToken {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expires, "expires");
  }

  @Override
  public String toString() {
    return "WebSocketsToken{token=(redacted), expires=" + expires + "}";
  }
}
