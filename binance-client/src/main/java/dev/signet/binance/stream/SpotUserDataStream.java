package dev.signet.binance.stream;

import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.internal.BinanceUserDataProtocol;
import dev.signet.binance.spot.userdata.SpotUserEvent;
import dev.signet.core.Decoder;
import dev.signet.core.RateLimiter;
import dev.signet.core.internal.stream.StreamConnection;
import dev.signet.core.stream.StreamBuilder;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import java.time.Clock;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The Spot account's user data stream over Binance's WebSocket API ({@code /ws-api/v3}; Spot
 * retired listen keys): balance changes, execution reports and order list updates as
 * {@link SpotUserEvent}s. It subscribes with {@code userDataStream.subscribe.signature}, which any
 * key type (HMAC, RSA, Ed25519) can sign, signing a fresh timestamp on every connection; it
 * reconnects with backoff and resubscribes, a {@code Gap} marking the events the outage may have
 * lost (resync balances and open orders over REST then: {@link SpotOrderReconciler} does it for
 * orders). The API key and signature go only over
 * {@code wss://} (or {@code ws://} to loopback) and never into {@code toString()} or gaps.
 * Thread-safe; close it to stop.
 *
 * <pre>{@code
 * try (SpotUserDataStream user = SpotUserDataStream.builder(credentials).build()) {
 *   StreamItem<SpotUserEvent> item = user.events().take();
 * }
 * }</pre>
 */
public final class SpotUserDataStream implements AutoCloseable {
  private final StreamConnection connection;
  private final Subscription<SpotUserEvent> events;

  private SpotUserDataStream(Builder b, HttpUrl base, OkHttpClient http, StreamOptions options, Clock clock) {
    HttpUrl url = base.newBuilder().addPathSegments("ws-api/v3").build();
    this.connection = new StreamConnection(http, new Request.Builder().url(url).build(),
        new BinanceUserDataProtocol(b.credentials, clock, b.limiter), options, clock, "Binance Spot user data stream");
    try {
      this.events = connection.subscribe(BinanceUserDataProtocol.STREAM, Decoder.of(SpotUserEvent.class), null);
    } catch (RuntimeException e) { // the limiter refused the connection: nothing was sent, nothing is kept
      connection.close();
      throw e;
    }
  }

  /**
   * A builder for the account of {@code credentials} ({@code wss://ws-api.binance.com:443}).
   *
   * @param credentials the account's API key and secret
   * @return a new builder
   */
  public static Builder builder(BinanceCredentials credentials) {
    return new Builder(Objects.requireNonNull(credentials, "credentials"));
  }

  /**
   * The account's events, in order, with a {@code Gap} wherever some may be missing.
   *
   * @return the one subscription
   */
  public Subscription<SpotUserEvent> events() {
    return events;
  }

  /** Unsubscribes and closes the connection. */
  @Override
  public void close() {
    events.close();
    connection.close();
  }

  @Override
  public String toString() {
    return "SpotUserDataStream{" + connection + "}";
  }

  /**
   * Builds {@link SpotUserDataStream}: {@code /ws-api/v3} is added to the {@link #baseUrl(String)
   * host}, and the {@link #clock(java.time.Clock) clock}'s time is signed, e.g.
   * {@code SpotUserDataStream.builder(credentials).baseUrl("wss://ws-api.testnet.binance.vision").build()}.
   */
  public static final class Builder extends StreamBuilder<Builder> {
    private final BinanceCredentials credentials;
    private RateLimiter limiter = RateLimiter.unlimited();

    private Builder(BinanceCredentials credentials) {
      super("wss://ws-api.binance.com:443");
      this.credentials = credentials;
    }

    /**
     * The limiter the connection and its requests are charged on before they are sent (2 weight
     * each: connecting, {@code session.logon}, the subscription); Binance counts them in the Spot
     * REST weight of the IP, so pass the client's: {@code .rateLimiter(client.spotRateLimiter())}.
     * A refused charge on connecting fails {@link #build()} with the limiter's
     * {@link dev.signet.core.RateLimitedException}; one on a reconnect is tried again after the
     * reconnect backoff. Default: nothing is charged.
     *
     * @param limiter the Spot limiter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter limiter) {
      this.limiter = Objects.requireNonNull(limiter, "limiter");
      return this;
    }

    /**
     * Connects and subscribes.
     *
     * @return the stream
     * @throws dev.signet.core.RateLimitedException when the limiter refuses the connection's weight
     */
    public SpotUserDataStream build() {
      return new SpotUserDataStream(this, baseUrl(), okHttpClient(), options(), clock());
    }

    @Override
    protected Builder self() {
      return this;
    }
  }
}
