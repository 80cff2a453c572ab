package dev.signet.binance;

import dev.signet.binance.futures.BinanceFutures;
import dev.signet.binance.internal.BinanceHost;
import dev.signet.binance.internal.FuturesEndpoints;
import dev.signet.binance.internal.SapiEndpoints;
import dev.signet.binance.internal.SpotEndpoints;
import dev.signet.binance.spot.BinanceSpot;
import dev.signet.binance.subaccount.BinanceSubAccounts;
import dev.signet.binance.wallet.BinanceWallet;
import dev.signet.core.internal.BaseUrls;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.Ticker;
import dev.signet.core.internal.HttpPool;
import dev.signet.core.internal.JacksonCompatibility;
import dev.signet.core.limit.LimitStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The Binance client: Spot ({@link #spot()}) and USD-M Futures ({@link #futures()}) over one
 * connection pool, one key and one configuration.
 *
 * <p>Build one per API key and keep it for the bot's lifetime; it is immutable and thread-safe.
 * Every SIGNED request is signed over the exact bytes it sends, with a timestamp from a clock kept
 * in step with each host's server time. Each host has its own rate limiter (weight and order
 * counts, {@code Retry-After}, bans), circuit breaker and retry policy: reads are retried, orders
 * never once they may have arrived (an unknown outcome throws
 * {@link dev.signet.core.OrderStatusUnknownException}; see {@link dev.signet.binance.spot.SpotTrading#reconcile}).
 * OkHttp's silent retry-on-connection-failure is off. {@link #close()} releases the connection
 * pool when the client owns it.
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

  private final HttpPool http;
  private final BinanceCredentials credentials;
  private final BinanceHost spotHost;
  private final BinanceHost futuresHost;
  private final BinanceSpot spot;
  private final BinanceFutures futures;
  private final BinanceWallet wallet;
  private final BinanceSubAccounts subAccounts;

  private BinanceClient(Builder b) {
    this.credentials = b.credentials;
    this.http = HttpPool.create(b.httpClient);
    this.spotHost = BinanceHosts.create(b, http, BaseUrls.check(b.spotBaseUrl, "spotBaseUrl"), SpotEndpoints.TIME,
        b.spotLimiter, b.spotLimits, List.of(SpotEndpoints.TABLE, SapiEndpoints.TABLE));
    this.futuresHost = BinanceHosts.create(b, http, BaseUrls.check(b.futuresBaseUrl, "futuresBaseUrl"), FuturesEndpoints.TIME,
        b.futuresLimiter, b.futuresLimits, List.of(FuturesEndpoints.TABLE));
    this.spot = new BinanceSpot(spotHost, b.preflight);
    this.futures = new BinanceFutures(futuresHost, b.preflight);
    this.wallet = new BinanceWallet(spotHost);
    this.subAccounts = new BinanceSubAccounts(spotHost);
  }

  /**
   * A new builder with the production hosts and no credentials.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Spot REST ({@code /api/v3}).
   *
   * @return the spot REST API ({@code /api/v3})
   */
  public BinanceSpot spot() {
    return spot;
  }

  /**
   * USD-M Futures REST ({@code /fapi}).
   *
   * @return the USD-M Futures REST API ({@code /fapi})
   */
  public BinanceFutures futures() {
    return futures;
  }

  /**
   * The wallet ({@code /sapi} on the Spot host): deposits, withdrawals, transfers, fees, statuses.
   *
   * @return the wallet API
   */
  public BinanceWallet wallet() {
    return wallet;
  }

  /**
   * Sub-accounts ({@code /sapi} on the Spot host): listing, assets, transfers, deposits.
   *
   * @return the sub-account API
   */
  public BinanceSubAccounts subAccounts() {
    return subAccounts;
  }

  /**
   * Current usage of every rate limit, spot first.
   *
   * @return current usage of every rate limit, spot first
   */
  public List<RateLimitUsage> rateLimits() {
    List<RateLimitUsage> out = new ArrayList<>(spotHost.usage());
    out.addAll(futuresHost.usage());
    return List.copyOf(out);
  }

  /**
   * The Spot host's rate limiter, to hand to what else Binance counts in the Spot weight of this IP:
   * {@code SpotUserDataStream.builder(credentials).rateLimiter(client.spotRateLimiter())} charges
   * the WebSocket API's connection and requests on it, so REST and the stream share one budget.
   *
   * @return the limiter every Spot and SAPI call is charged on
   */
  public RateLimiter spotRateLimiter() {
    return spotHost.limiter();
  }

  /**
   * Measures both hosts' clock offsets now. Done automatically before the first signed call and
   * after a {@code -1021}; a no-op when the builder was given a clock.
   */
  public void syncClock() {
    spotHost.syncClock();
    futuresHost.syncClock();
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
    BinanceCredentials credentials;
    String spotBaseUrl = SPOT_URL;
    String futuresBaseUrl = FUTURES_URL;
    Long recvWindowMillis;
    Clock clock;
    OkHttpClient httpClient;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    Duration maxRateLimitWait = Duration.ofSeconds(10);
    RateLimiter spotLimiter;
    RateLimiter futuresLimiter;
    LimitStore limitStore;
    boolean circuitBreaker = true;
    boolean preflight = true;
    Ticker ticker = Ticker.system();
    BinanceLimits spotLimits = BinanceLimits.SPOT;
    BinanceLimits futuresLimits = BinanceLimits.FUTURES;

    private Builder() {}

    /**
     * The limits the in-process rate limiters keep to (default: Binance's published ones).
     *
     * @param spot the limits for the spot host ({@code api.binance.com})
     * @param futures the limits for the USD-M Futures host ({@code fapi.binance.com})
     * @return this builder
     */
    public Builder limits(BinanceLimits spot, BinanceLimits futures) {
      this.spotLimits = Objects.requireNonNull(spot, "spot");
      this.futuresLimits = Objects.requireNonNull(futures, "futures");
      return this;
    }

    /**
     * The key that signs. Without credentials only public endpoints can be called.
     *
     * @param credentials the credentials that sign requests
     * @return this builder
     */
    public Builder credentials(BinanceCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * The Spot host, e.g. {@code https://api1.binance.com}; http:// only for loopback.
     *
     * @param url the spot base URL, e.g. {@code https://api.binance.com}
     * @return this builder
     */
    public Builder spotBaseUrl(String url) {
      BaseUrls.check(url, "spotBaseUrl");
      this.spotBaseUrl = url;
      return this;
    }

    /**
     * The USD-M Futures host; http:// only for loopback.
     *
     * @param url the futures base URL, e.g. {@code https://fapi.binance.com}
     * @return this builder
     */
    public Builder futuresBaseUrl(String url) {
      BaseUrls.check(url, "futuresBaseUrl");
      this.futuresBaseUrl = url;
      return this;
    }

    /**
     * Both hosts to Binance's testnets ({@value #SPOT_TESTNET_URL}, {@value #FUTURES_TESTNET_URL}).
     *
     * @return this builder
     */
    public Builder testnet() {
      this.spotBaseUrl = SPOT_TESTNET_URL;
      this.futuresBaseUrl = FUTURES_TESTNET_URL;
      return this;
    }

    /**
     * The {@code recvWindow} sent with every signed request, in milliseconds (1..60000). Unset,
     * none is sent and Binance applies its default of 5000.
     *
     * @param millis the receive window in milliseconds, 1 to 60000
     * @return this builder
     */
    public Builder recvWindow(long millis) {
      BinanceSigner.checkRecvWindow(millis);
      this.recvWindowMillis = millis;
      return this;
    }

    /**
     * The clock {@code timestamp} is read from, used as is: no automatic sync with the server.
     * Unset, the system clock is used, corrected by the offset to each host's server time.
     *
     * @param clock the clock signed requests take their {@code timestamp} from
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * An OkHttp client to share (connection pool, dispatcher, timeouts, proxy). Signet derives its
     * own from it with {@code newBuilder()}, adds its interceptors and turns
     * {@code retryOnConnectionFailure} off; the given client is not changed.
     *
     * @param httpClient the OkHttp client to derive from
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * When reads are retried (default {@link RetryPolicy#defaults()}; orders never once they may have arrived).
     *
     * @param retryPolicy when reads are retried
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * The longest a call waits for a rate limit (or a 429's Retry-After) before it fails unsent with
     * {@link dev.signet.core.RateLimitedException}; {@code Duration.ZERO} fails fast. Default 10 s.
     *
     * @param maxWait the longest to wait; {@code Duration.ZERO} to fail fast
     * @return this builder
     */
    public Builder maxRateLimitWait(Duration maxWait) {
      this.maxRateLimitWait = dev.signet.core.internal.Checks.nonNegative(maxWait, "maxRateLimitWait");
      return this;
    }

    /**
     * Replaces the in-process rate limiters, e.g. with limiters shared by several processes on one
     * IP (see {@link RateLimiter}).
     *
     * @param spot the limiter for the spot host
     * @param futures the limiter for the USD-M Futures host
     * @return this builder
     */
    public Builder rateLimiters(RateLimiter spot, RateLimiter futures) {
      this.spotLimiter = Objects.requireNonNull(spot, "spot");
      this.futuresLimiter = Objects.requireNonNull(futures, "futures");
      return this;
    }

    /**
     * Where the rate limiters keep their counts (default: this process). A shared store lets a fleet
     * share one IP's weight and one account's order counts; see {@link LimitStore}.
     *
     * @param store the store, e.g. the {@code signet-redis} module's {@code RedisLimitStore}
     * @return this builder
     */
    public Builder limitStore(LimitStore store) {
      this.limitStore = Objects.requireNonNull(store, "limitStore");
      return this;
    }

    /**
     * The time retry backoff, the per-call deadline and the rate limiters' windows and holds run on
     * (default {@link Ticker#system()}). A test passes the testkit's {@code FakeTicker} so
     * that waits advance a fake clock instead of sleeping. Signing timestamps do not come from it.
     *
     * @param ticker the time waits run on
     * @return this builder
     */
    public Builder ticker(Ticker ticker) {
      this.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Turns the per-host circuit breaker on (default) or off.
     *
     * @param enabled {@code true} to turn the breaker on, {@code false} to turn it off
     * @return this builder
     */
    public Builder circuitBreaker(boolean enabled) {
      this.circuitBreaker = enabled;
      return this;
    }

    /**
     * Turns the order pre-flight on (default) or off: with it on, every placing call, Spot and USD-M
     * futures, checks the order against its symbol's {@code exchangeInfo} rules (Spot: fetched once per
     * symbol; futures: every contract's at once) and refuses unsent one Binance would reject with
     * {@code -1013} or {@code -1111}.
     *
     * @param enabled {@code false} to send orders unchecked
     * @return this builder
     */
    public Builder preflight(boolean enabled) {
      this.preflight = enabled;
      return this;
    }

    /**
     * The client.
     *
     * @return the client
     */
    public BinanceClient build() {
      JacksonCompatibility.check();
      return new BinanceClient(this);
    }
  }
}
