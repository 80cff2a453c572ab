package dev.signet.kraken.internal;

import dev.signet.kraken.trading.WebSocketsToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The token of private WebSocket v2 subscriptions, from {@code GetWebSocketsToken}: fetched when a
 * subscribe message first needs it, kept while it is fresh, fetched again a minute before it
 * expires (a quarter of its lifetime for short ones) and whenever a connection opens. The token
 * is a credential: {@link #toString()} leaves it out. Thread-safe. Not API.
 *
 * <pre>{@code
 * KrakenStreamToken token = new KrakenStreamToken(() -> kraken.trading().webSocketsToken(), Clock.systemUTC());
 * String t = token.get();
 * }</pre>
 */
public final class KrakenStreamToken implements Supplier<String> {
  private static final Duration MARGIN = Duration.ofMinutes(1);

  private final Supplier<WebSocketsToken> source;
  private final Clock clock;
  private WebSocketsToken current;
  private Instant refreshAt;
  private long fetched;

  /**
   * A token source.
   *
   * @param source fetches a new token (e.g. {@code kraken.trading()::webSocketsToken})
   * @param clock when the token was fetched and when it expires
   */
  public KrakenStreamToken(Supplier<WebSocketsToken> source, Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A fresh token, fetched when none is held or the one held is about to expire.
   *
   * @return the token text
   * @throws IllegalStateException when the source returns no token
   */
  @Override
  public synchronized String get() {
    Instant now = clock.instant();
    if (current == null || !now.isBefore(refreshAt)) {
      WebSocketsToken t = source.get();
      if (t == null) {
        throw new IllegalStateException("the token source returned no WebSockets token");
      }
      Duration margin = t.expires().compareTo(MARGIN.multipliedBy(4)) < 0 ? t.expires().dividedBy(4) : MARGIN;
      current = t;
      refreshAt = now.plus(t.expires()).minus(margin);
      fetched++;
    }
    return current.token();
  }

  /** Drops the token held, so the next subscription fetches a new one. */
  public synchronized void expire() {
    current = null;
  }

  /**
   * How many tokens were fetched.
   *
   * @return the count
   */
  public synchronized long fetched() {
    return fetched;
  }

  @Override
  public synchronized String toString() {
    return "KrakenStreamToken{" + (current == null ? "none" : "held, refreshed at " + refreshAt) + ", fetched="
        + fetched + "}";
  }
}
