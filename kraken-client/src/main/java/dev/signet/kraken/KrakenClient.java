package dev.signet.kraken;

import dev.signet.core.internal.BaseUrls;
import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.Ticker;
import dev.signet.core.internal.HttpPool;
import dev.signet.core.internal.JacksonCompatibility;
import dev.signet.core.limit.LimitStore;
import dev.signet.kraken.internal.KrakenHost;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JsonNode;

/**
 * The Kraken Spot REST client: services by resource — {@link #market()}, {@link #trading()},
 * {@link #accountData()} — plus {@link #balance()}, {@link #addOrder(AddOrder)} and escape hatches
 * for any public or private method.
 *
 * <p>Private calls are POSTs to {@code /0/private/<Method>}, signed over the exact body sent, with
 * nonces from one {@link KrakenNonceSource}. Private calls on one client reach Kraken in nonce
 * order: each holds its turn from signing until the response headers arrive, so a larger nonce can
 * never overtake a smaller one ({@code EAPI:Invalid nonce}). Public calls are not held. The escape
 * hatches look the method up in Kraken's endpoint table and get its call-counter cost, kind,
 * retries and order safety (a raw {@code TradesHistory} is a read costing 2, retried after
 * {@code EService:Unavailable}; a raw {@code AddOrder} is sent once, with a generated
 * {@code cl_ord_id} when it has none, and an unknown outcome throws
 * {@link dev.signet.core.OrderStatusUnknownException}). A method the table does not list is a
 * write costing 1. Build one per API key and keep it; immutable and thread-safe.
 *
 * <pre>{@code
 * try (KrakenClient kraken = KrakenClient.builder()
 *     .credentials(KrakenCredentials.of(apiKey, base64PrivateKey))
 *     .build()) {
 *   KrakenBalance balance = kraken.balance();
 *   AddOrderResult checked = kraken.addOrder(
 *       AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("1.25"), new BigDecimal("37500")).validate(true).build());
 * }
 * }</pre>
 */
public final class KrakenClient implements AutoCloseable {
  /** Kraken's production host. */
  public static final String URL = "https://api.kraken.com";

  private final HttpPool http;
  private final KrakenCredentials credentials;
  private final KrakenHost host;
  private final KrakenMarket market;
  private final KrakenAccountData accountData;
  private final KrakenTrading trading;
  private final KrakenRules rules;
  private final KrakenFunding funding;
  private final KrakenEarn earn;
  private final KrakenSubaccounts subaccounts;

  private KrakenClient(KrakenClientSettings b) {
    this.credentials = b.credentials;
    this.http = HttpPool.create(b.httpClient);
    this.host = KrakenHosts.create(b, http);
    this.market = new KrakenMarket(host);
    this.accountData = new KrakenAccountData(host);
    this.rules = new KrakenRules(market, b.preflight);
    this.trading = new KrakenTrading(host, accountData, rules);
    this.funding = new KrakenFunding(host);
    this.earn = new KrakenEarn(host);
    this.subaccounts = new KrakenSubaccounts(host);
  }

  /**
   * A new builder for the production host and no credentials.
   *
   * @return a builder for {@code https://api.kraken.com} without credentials
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return public market data (no key needed) */
  public KrakenMarket market() {
    return market;
  }

  /** @return placing, amending and cancelling orders, and finding out what became of one (needs credentials) */
  public KrakenTrading trading() {
    return trading;
  }

  /** @return the account's balances, orders, trades, ledger and positions (needs credentials) */
  public KrakenAccountData accountData() {
    return accountData;
  }

  /** @return the pairs' rules (cached AssetPairs), Kraken's asset and pair names, the order pre-flight */
  public KrakenRules rules() {
    return rules;
  }

  /** @return deposits, withdrawals and wallet transfers (needs credentials) */
  public KrakenFunding funding() {
    return funding;
  }

  /** @return Kraken Earn: strategies and allocations (needs credentials) */
  public KrakenEarn earn() {
    return earn;
  }

  /** @return creating subaccounts and moving funds between accounts (needs credentials) */
  public KrakenSubaccounts subaccounts() {
    return subaccounts;
  }

  /**
   * {@code POST /0/private/Balance}: every asset's balance (as {@code accountData().balance()}).
   *
   * @return every asset's balance, keyed by Kraken asset id
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public KrakenBalance balance() {
    return accountData.balance();
  }

  /**
   * {@code POST /0/private/AddOrder}: places (or, with {@code validate}, only checks) an order (as
   * {@code trading().addOrder(order)}). Never resent once it may have reached Kraken: an unknown
   * outcome throws {@link dev.signet.core.OrderStatusUnknownException} with the order's
   * {@code cl_ord_id}; see {@link KrakenTrading#reconcile(String)}.
   *
   * @param order the order to place; its client order id is kept for reconciling
   * @return the order description and the txids (none when only validated)
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public AddOrderResult addOrder(AddOrder order) {
    return trading.addOrder(order);
  }

  /**
   * Current usage of the call counter, then of each pair's trading counter.
   *
   * @return a snapshot of each counter's level and limit; unmodifiable
   */
  public List<RateLimitUsage> rateLimits() {
    return host.usage();
  }

  /**
   * Any private method: {@code POST /0/private/<method>} with {@code params} form-encoded in the
   * given order after the nonce.
   *
   * @param method the method name, e.g. {@code DepositAddresses} or {@code Earn/Allocate}
   * @return the envelope's {@code result}
   * @param params the parameters, form-encoded in this order after the nonce
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public JsonNode privateCall(String method, Params params) {
    return host.privateCall(method, params);
  }

  /**
   * As {@link #privateCall(String, Params)} with the call-counter cost and kind stated by the caller.
   *
   * @param method the method name, e.g. {@code DepositAddresses} or {@code Earn/Allocate}
   * @param params the parameters, form-encoded in this order after the nonce
   * @param cost the call-counter points the call costs
   * @param kind what kind of call it is (read, order, …), which decides whether it is retried
   * @return the envelope's {@code result}
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public JsonNode privateCall(String method, Params params, int cost, Endpoint.Kind kind) {
    return host.privateCall(method, params, cost, kind);
  }

  /**
   * Any private method with a JSON body (AddOrderBatch, …): {@code body} is written once as compact
   * JSON in its map order, the signer puts {@code nonce} first, and those exact bytes are signed and
   * sent with {@code Content-Type: application/json}.
   *
   * @param method the method name, e.g. {@code AddOrderBatch}
   * @param body the JSON object's members, in order (use a {@link java.util.LinkedHashMap})
   * @return the envelope's {@code result}
   */
  public JsonNode privateCallJson(String method, Map<String, ?> body) {
    return host.privateCallJson(method, body);
  }

  /**
   * Any public method: {@code GET /0/public/<method>?params}. Returns the envelope's {@code result}.
   *
   * @param method the public method name, e.g. {@code Ticker}
   * @param params the query parameters, in this order
   * @return the envelope's {@code result}
   * @throws KrakenApiException when Kraken answers with an error list
   */
  public JsonNode publicCall(String method, Params params) {
    return host.publicCall(method, params);
  }

  /** Releases the connection pool and dispatcher threads, unless they came from {@link Builder#httpClient}. */
  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "KrakenClient{" + (credentials == null ? "no credentials" : credentials.toString()) + "}";
  }

  /** Configures a {@link KrakenClient}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    final KrakenClientSettings settings = new KrakenClientSettings();

    private Builder() {}

    /**
     * The time backoff, deadlines and the counters' decay run on (default {@link Ticker#system()}); a test
     * passes the testkit's {@code FakeTicker} so waits are recorded, not slept. Nonces do not use it.
     *
     * @param ticker the time waits run on
     * @return this builder
     */
    public Builder ticker(Ticker ticker) {
      settings.ticker = Objects.requireNonNull(ticker, "ticker");
      return this;
    }

    /**
     * Turns the per-pair matching-engine counter estimate on (default) or off, e.g. when orders on
     * this key are also placed elsewhere and a shared limiter is used instead.
     *
     * @param enabled true to estimate the per-pair trading counter, false to skip it
     * @return this builder
     */
    public Builder tradingLimits(boolean enabled) {
      settings.tradingLimits = enabled;
      return this;
    }

    /**
     * Checks orders against their pair's AssetPairs rules (fetched on first use, cached) before sending (default on).
     *
     * @param enabled true to check orders before sending, false to leave every check to Kraken
     * @return this builder
     */
    public Builder preflight(boolean enabled) {
      settings.preflight = enabled;
      return this;
    }

    /**
     * When reads are retried (default {@link RetryPolicy#defaults()}; orders never once they may have arrived).
     *
     * @param retryPolicy the retry policy for reads
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      settings.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * The account's verification tier, which sets the call-counter limits (default STARTER, the strictest).
     *
     * @param tier the account's verification tier
     * @return this builder
     */
    public Builder tier(KrakenTier tier) {
      settings.tier = Objects.requireNonNull(tier, "tier");
      return this;
    }

    /**
     * The longest a call waits for the call counter before failing unsent; zero fails fast. Default 10 s.
     *
     * @param maxWait the longest wait for the call counter; {@link Duration#ZERO} fails fast
     * @return this builder
     */
    public Builder maxRateLimitWait(Duration maxWait) {
      settings.maxRateLimitWait = dev.signet.core.internal.Checks.nonNegative(maxWait, "maxRateLimitWait");
      return this;
    }

    /**
     * Replaces the in-process call counter, e.g. with one shared by several processes on this key.
     *
     * @param rateLimiter the limiter to use instead of the in-process call counter
     * @return this builder
     */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      settings.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
      return this;
    }

    /**
     * Where the call counter, the trading counters and (unless {@link #nonceSource} is set) the
     * nonces are kept (default: this process). A shared store lets a fleet share one key; see
     * {@link LimitStore}. Nonces from a store are microseconds, strictly increasing across processes.
     *
     * @param store the store, e.g. the {@code signet-redis} module's {@code RedisLimitStore}
     * @return this builder
     */
    public Builder limitStore(LimitStore store) {
      settings.limitStore = Objects.requireNonNull(store, "limitStore");
      return this;
    }

    /**
     * Turns the circuit breaker on (default) or off.
     *
     * @param enabled true for a circuit breaker, false for none
     * @return this builder
     */
    public Builder circuitBreaker(boolean enabled) {
      settings.circuitBreaker = enabled;
      return this;
    }

    /**
     * The key that signs. Without credentials only public methods can be called.
     *
     * @param credentials the API key and private key that sign private calls
     * @return this builder
     */
    public Builder credentials(KrakenCredentials credentials) {
      settings.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * The host (default {@value KrakenClient#URL}); http:// only for loopback.
     *
     * @param url the base URL, e.g. {@code https://api.kraken.com}
     * @return this builder
     * @throws IllegalArgumentException when the URL is malformed, or plain http to a non-loopback host
     */
    public Builder baseUrl(String url) {
      BaseUrls.check(url, "baseUrl");
      settings.baseUrl = url;
      return this;
    }

    /**
     * The nonce source of this API key (default: millisecond clock, never repeating). Share one
     * source between all clients of a key; supply your own when several processes use the key.
     *
     * @param nonceSource the nonce source shared by every client of this key
     * @return this builder
     */
    public Builder nonceSource(KrakenNonceSource nonceSource) {
      settings.nonceSource = Objects.requireNonNull(nonceSource, "nonceSource");
      return this;
    }

    /**
     * An OkHttp client to share. Signet derives its own with {@code newBuilder()}, adds its
     * interceptors and turns {@code retryOnConnectionFailure} off; the given client is unchanged.
     *
     * @param httpClient the OkHttp client to derive from; left unchanged
     * @return this builder
     */
    public Builder httpClient(OkHttpClient httpClient) {
      settings.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * The client.
     *
     * @return a new, thread-safe client; close it to release its threads
     */
    public KrakenClient build() {
      JacksonCompatibility.check();
      return new KrakenClient(settings);
    }
  }
}
