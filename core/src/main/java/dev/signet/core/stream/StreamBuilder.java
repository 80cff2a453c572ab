package dev.signet.core.stream;

import dev.signet.core.internal.BaseUrls;
import dev.signet.core.internal.HttpClients;
import java.time.Clock;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What every stream builder configures: the host, the {@link StreamOptions}, a shared OkHttp
 * client and the clock. Each exchange's builder (Binance's market streams and user data streams,
 * Kraken's streams) extends it with what only it needs and says which path it adds to the host.
 *
 * <pre>{@code
 * BinanceStreams streams = BinanceStreams.spot()
 *     .baseUrl("wss://stream.testnet.binance.vision")
 *     .options(StreamOptions.builder().queueCapacity(4_096).build())
 *     .okHttpClient(sharedHttp)
 *     .build();
 * }</pre>
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class StreamBuilder<B extends StreamBuilder<B>> {
  private String baseUrl;
  private StreamOptions options = StreamOptions.defaults();
  private OkHttpClient http;
  private Clock clock = Clock.systemUTC();

  /**
   * A builder for the exchange's production host.
   *
   * @param baseUrl the default host, e.g. {@code wss://stream.binance.com:9443}
   */
  protected StreamBuilder(String baseUrl) {
    BaseUrls.checkStream(baseUrl, "baseUrl");
    this.baseUrl = baseUrl;
  }

  /**
   * The stream host, e.g. a testnet's or a fake's {@code ws://127.0.0.1:port}; the builder adds
   * its own path (see its type's documentation).
   *
   * @param baseUrl {@code wss://} (or {@code ws://} to a loopback host), with no path
   * @return this builder
   * @throws IllegalArgumentException when the URL is empty, malformed, {@code ws://} to another host, or has a path
   */
  public final B baseUrl(String baseUrl) {
    BaseUrls.checkStream(baseUrl, "baseUrl");
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * Queue, reconnect, age and pace (default {@link StreamOptions#defaults()}).
   *
   * @param options the options
   * @return this builder
   */
  public final B options(StreamOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return self();
  }

  /**
   * A shared OkHttp client whose dispatcher and connection pool to reuse (default a new one).
   *
   * @param http the client
   * @return this builder
   */
  public final B okHttpClient(OkHttpClient http) {
    this.http = Objects.requireNonNull(http, "http");
    return self();
  }

  /**
   * The clock that times each connection's age (it is replaced before
   * {@link StreamOptions#maxConnectionAge()}), signed timestamps and token expiries; default the
   * system's UTC clock. Binance refuses a signed {@code timestamp} more than 5 s behind its own or
   * 1 s ahead, so pass a clock synced with the server's when the host's drifts, and a fake's clock
   * in tests.
   *
   * @param clock the clock
   * @return this builder
   */
  public final B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * The host set, checked.
   *
   * @return the base URL, no path
   */
  protected final HttpUrl baseUrl() {
    return BaseUrls.checkStream(baseUrl, "baseUrl");
  }

  /**
   * The options set.
   *
   * @return the options
   */
  protected final StreamOptions options() {
    return options;
  }

  /**
   * The OkHttp client the streams use: derived from the shared one set (its dispatcher and pool),
   * else with Signet's defaults.
   *
   * @return the client
   */
  protected final OkHttpClient okHttpClient() {
    return HttpClients.build(http);
  }

  /**
   * The clock set.
   *
   * @return the clock
   */
  protected final Clock clock() {
    return clock;
  }

  /**
   * This builder as its concrete type.
   *
   * @return {@code this}
   */
  protected abstract B self();
}
