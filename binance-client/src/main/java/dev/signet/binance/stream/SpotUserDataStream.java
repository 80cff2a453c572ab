package dev.signet.binance.stream;

import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.internal.BinanceUserDataProtocol;
import dev.signet.binance.spot.userdata.SpotUserEvent;
import dev.signet.core.Decoder;
import dev.signet.core.internal.BaseUrls;
import dev.signet.core.internal.HttpClients;
import dev.signet.core.internal.stream.StreamConnection;
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

  private SpotUserDataStream(Builder b) {
    HttpUrl url = BaseUrls.checkStream(b.baseUrl, "baseUrl").newBuilder().addPathSegments("ws-api/v3").build();
    this.connection = new StreamConnection(HttpClients.build(b.http), new Request.Builder().url(url).build(),
        new BinanceUserDataProtocol(b.credentials, b.clock), b.options, "Binance Spot user data stream");
    this.events = connection.subscribe(BinanceUserDataProtocol.STREAM, Decoder.of(SpotUserEvent.class), null);
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

  /** Builds {@link SpotUserDataStream}. */
  public static final class Builder {
    private final BinanceCredentials credentials;
    private String baseUrl = "wss://ws-api.binance.com:443";
    private StreamOptions options = StreamOptions.defaults();
    private OkHttpClient http;
    private Clock clock = Clock.systemUTC();

    private Builder(BinanceCredentials credentials) {
      this.credentials = credentials;
    }

    /**
     * The WebSocket API host, e.g. {@code wss://ws-api.testnet.binance.vision} or a fake's
     * {@code ws://127.0.0.1:port}; {@code /ws-api/v3} is appended.
     *
     * @param baseUrl {@code wss://} (or {@code ws://} to loopback), with no path
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      BaseUrls.checkStream(baseUrl, "baseUrl");
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Queue, reconnect and age.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(StreamOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * A shared OkHttp client whose dispatcher and connection pool to reuse.
     *
     * @param http the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /**
     * The clock whose time is signed: Binance refuses a {@code timestamp} more than 5 s behind its
     * own or 1 s ahead, so give it a clock synced with the server's when the host's drifts.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Connects and subscribes.
     *
     * @return the stream
     */
    public SpotUserDataStream build() {
      return new SpotUserDataStream(this);
    }
  }
}
