package dev.signet.binance;

import dev.signet.binance.futures.BinanceFutures;
import dev.signet.binance.internal.BinanceHttp;
import dev.signet.binance.spot.BinanceSpot;
import dev.signet.core.BaseUrls;
import dev.signet.core.ClientHttp;
import dev.signet.core.HttpTransport;
import java.time.Clock;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The Binance client: Spot ({@link #spot()}) and USD-M Futures ({@link #futures()}) over one
 * connection pool, one signer and one configuration.
 *
 * <p>Build one per API key and keep it for the bot's lifetime; it is immutable and thread-safe.
 * Every SIGNED request is signed over the exact bytes it sends; OkHttp's silent
 * retry-on-connection-failure is off. {@link #close()} releases the connection pool and threads
 * when the client owns them.
 *
 * <pre>{@code
 * try (BinanceClient client = BinanceClient.builder()
 *     .credentials(BinanceCredentials.hmac(apiKey, secretKey))
 *     .testnet()
 *     .build()) {
 *   Account account = client.spot().account();
 *   List<Income> income = client.futures().income(IncomeQuery.builder().symbol("BTCUSDT").build());
 * }
 * }</pre>
 */
public final class BinanceClient implements AutoCloseable {
  /** Production Spot host. */
  public static final String SPOT_URL = "https://api.binance.com";
  /** Production USD-M Futures host. */
  public static final String FUTURES_URL = "https://fapi.binance.com";
  /** Spot testnet host. */
  public static final String SPOT_TESTNET_URL = "https://testnet.binance.vision";
  /** USD-M Futures testnet host. */
  public static final String FUTURES_TESTNET_URL = "https://testnet.binancefuture.com";

  private final ClientHttp http;
  private final BinanceCredentials credentials;
  private final BinanceSpot spot;
  private final BinanceFutures futures;

  private BinanceClient(Builder b) {
    HttpUrl spotUrl = BaseUrls.check(b.spotBaseUrl, "spotBaseUrl");
    HttpUrl futuresUrl = BaseUrls.check(b.futuresBaseUrl, "futuresBaseUrl");
    this.credentials = b.credentials;
    this.http = ClientHttp.create("BinanceClient", b.httpClient, "X-MBX-APIKEY",
        credentials == null ? null : credentials.apiKey(),
        credentials == null ? null : new BinanceSigner(credentials, b.clock, b.recvWindowMillis),
        false);
    this.spot = new BinanceSpot(new BinanceHttp(new HttpTransport(http.okHttp(), spotUrl)));
    this.futures = new BinanceFutures(new BinanceHttp(new HttpTransport(http.okHttp(), futuresUrl)));
  }

  /** A new builder with the production hosts and no credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /** Spot REST ({@code /api/v3}). */
  public BinanceSpot spot() {
    return spot;
  }

  /** USD-M Futures REST ({@code /fapi}). */
  public BinanceFutures futures() {
    return futures;
  }

  /** Releases the connection pool and dispatcher threads, unless they came from {@link Builder#httpClient}. */
  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "BinanceClient{" + (credentials == null ? "no credentials" : credentials.toString()) + "}";
  }

  /** Configures a {@link BinanceClient}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private BinanceCredentials credentials;
    private String spotBaseUrl = SPOT_URL;
    private String futuresBaseUrl = FUTURES_URL;
    private Long recvWindowMillis;
    private Clock clock = Clock.systemUTC();
    private OkHttpClient httpClient;

    private Builder() {}

    /** The key that signs. Without credentials only public endpoints can be called. */
    public Builder credentials(BinanceCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** The Spot host, e.g. {@code https://api1.binance.com}; http:// only for loopback. Checked at {@link #build()}. */
    public Builder spotBaseUrl(String url) {
      BaseUrls.check(url, "spotBaseUrl");
      this.spotBaseUrl = url;
      return this;
    }

    /** The USD-M Futures host; http:// only for loopback. */
    public Builder futuresBaseUrl(String url) {
      BaseUrls.check(url, "futuresBaseUrl");
      this.futuresBaseUrl = url;
      return this;
    }

    /** Both hosts to Binance's testnets ({@value #SPOT_TESTNET_URL}, {@value #FUTURES_TESTNET_URL}). */
    public Builder testnet() {
      this.spotBaseUrl = SPOT_TESTNET_URL;
      this.futuresBaseUrl = FUTURES_TESTNET_URL;
      return this;
    }

    /**
     * The {@code recvWindow} sent with every signed request, in milliseconds (1..60000). Unset,
     * none is sent and Binance applies its default of 5000.
     */
    public Builder recvWindow(long millis) {
      BinanceSigner.checkRecvWindow(millis);
      this.recvWindowMillis = millis;
      return this;
    }

    /** The clock {@code timestamp} is read from (default: the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * An OkHttp client to share (connection pool, dispatcher, timeouts, proxy). Signet derives its
     * own from it with {@code newBuilder()}, adds its interceptors and turns
     * {@code retryOnConnectionFailure} off; the given client is not changed.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** The client. */
    public BinanceClient build() {
      return new BinanceClient(this);
    }
  }
}
