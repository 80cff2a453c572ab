package dev.signet.kraken;

import dev.signet.core.BaseUrls;
import dev.signet.core.ClientHttp;
import dev.signet.core.Endpoint;
import dev.signet.core.HttpTransport;
import dev.signet.core.Params;
import dev.signet.core.Security;
import dev.signet.core.SignetJson;
import dev.signet.kraken.internal.KrakenResponses;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderResult;
import dev.signet.core.ListFormat;
import dev.signet.kraken.trading.CancelOrderResult;
import dev.signet.kraken.trading.KrakenOrder;
import dev.signet.core.BytesBody;
import dev.signet.core.CallExecutor;
import dev.signet.core.Checks;
import dev.signet.core.MediaTypes;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import dev.signet.core.ResponseHandler;
import dev.signet.core.RetryPolicy;
import dev.signet.kraken.internal.KrakenCallCounter;
import dev.signet.kraken.internal.KrakenTradingCounter;
import dev.signet.kraken.trading.KrakenOrderOutcome;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The Kraken Spot REST client: typed calls plus escape hatches for any public or private method.
 *
 * <p>Private calls are POSTs to {@code /0/private/<Method>}, signed over the exact body sent, with
 * nonces from one {@link KrakenNonceSource}. Private calls on one client reach Kraken in nonce
 * order: each holds its turn from signing until the response headers arrive, so a larger nonce can
 * never overtake a smaller one ({@code EAPI:Invalid nonce}). Public calls are not held. Build one per
 * API key and keep it; immutable and thread-safe.
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

  private static final Pattern METHOD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(/[A-Za-z][A-Za-z0-9]*)*");
  private static final Endpoint TIME = new Endpoint("GET", "/0/public/Time", Security.PUBLIC, 1);
  private static final Endpoint BALANCE = privateEndpoint("Balance", Endpoint.Kind.READ);
  private static final Endpoint ADD_ORDER = privateEndpoint("AddOrder", Endpoint.Kind.ORDER);
  private static final Endpoint OPEN_ORDERS = privateEndpoint("OpenOrders", Endpoint.Kind.READ);
  private static final Endpoint CLOSED_ORDERS = privateEndpoint("ClosedOrders", Endpoint.Kind.READ);
  private static final Endpoint QUERY_ORDERS = privateEndpoint("QueryOrders", Endpoint.Kind.READ);
  private static final Endpoint CANCEL_ORDER = privateEndpoint("CancelOrder", Endpoint.Kind.ORDER);
  private static final Endpoint CANCEL_ORDER_BATCH = privateEndpoint("CancelOrderBatch", Endpoint.Kind.ORDER);
  private static final int MAX_BATCH_CANCEL = 50;
  private static final ResponseHandler<ClosedOrdersResult> CLOSED_ORDERS_RESULT =
      KrakenResponses.result(SignetJson.mapper().constructType(ClosedOrdersResult.class), "ClosedOrders");
  private static final int MAX_QUERY_TXIDS = 50;
  private static final ResponseHandler<Map<String, KrakenOrder>> QUERY_ORDERS_RESULT = KrakenResponses.result(
      SignetJson.mapper().getTypeFactory().constructMapType(LinkedHashMap.class, String.class, KrakenOrder.class), "QueryOrders");
  private static final ResponseHandler<OpenOrdersResult> OPEN_ORDERS_RESULT =
      KrakenResponses.result(SignetJson.mapper().constructType(OpenOrdersResult.class), "OpenOrders");
  private static final ResponseHandler<CancelOrderResult> CANCEL_RESULT =
      KrakenResponses.result(SignetJson.mapper().constructType(CancelOrderResult.class), "CancelOrder");
  private static final JavaType JSON_NODE = SignetJson.mapper().constructType(JsonNode.class);
  private static final ResponseHandler<KrakenBalance> BALANCE_RESULT =
      KrakenResponses.result(SignetJson.mapper().constructType(KrakenBalance.class), "Balance");
  private static final ResponseHandler<AddOrderResult> ADD_ORDER_RESULT =
      KrakenResponses.result(SignetJson.mapper().constructType(AddOrderResult.class), "AddOrder");
  private static final ResponseHandler<JsonNode> TIME_RESULT = KrakenResponses.result(
      SignetJson.mapper().constructType(JsonNode.class), "Time");

  private final ClientHttp http;
  private final CallExecutor executor;
  private final RateLimiter limiter;
  private final KrakenTradingCounter trading;
  private final KrakenCredentials credentials;

  private KrakenClient(Builder b) {
    this.credentials = b.credentials;
    KrakenNonceSource nonces = b.nonceSource != null ? b.nonceSource : KrakenNonceSource.fromClock(Clock.systemUTC());
    HttpUrl url = BaseUrls.check(b.baseUrl, "baseUrl");
    this.http = ClientHttp.create(b.httpClient);
    this.limiter = b.rateLimiter != null ? b.rateLimiter : new KrakenCallCounter(b.tier, b.maxRateLimitWait, Clock.systemUTC());
    this.trading = b.tradingLimits ? new KrakenTradingCounter(b.tier, b.maxRateLimitWait, Clock.systemUTC()) : null;
    OkHttpClient ok = http.forHost("KrakenClient", limiter, "API-Key",
        credentials == null ? null : credentials.apiKey(),
        credentials == null ? null : new KrakenSigner(credentials, nonces),
        true);
    this.executor = new CallExecutor(new HttpTransport(ok, url), b.retryPolicy,
        b.circuitBreaker ? CallExecutor.defaultBreaker(url.host()) : null,
        // a refused nonce means the call was not executed: a fresh nonce may be tried, even for an order
        failure -> failure instanceof KrakenApiException k && k.hasError("EAPI:Invalid nonce"));
  }

  /** A new builder for the production host and no credentials. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code GET /0/public/Time}: Kraken's time in epoch milliseconds (Kraken reports whole seconds). */
  public long serverTime() {
    JsonNode result = call(TIME, Params.empty(), TIME_RESULT, null);
    return result.get("unixtime").asLong() * 1000L;
  }

  /** {@code POST /0/private/Balance}: every asset's balance. */
  public KrakenBalance balance() {
    return call(BALANCE, Params.empty(), BALANCE_RESULT, null);
  }

  /**
   * {@code POST /0/private/AddOrder}: places (or, with {@code validate}, only checks) an order.
   * Never resent once it may have reached Kraken: an unknown outcome throws
   * {@link dev.signet.core.OrderStatusUnknownException} with the order's {@code cl_ord_id}; see
   * {@link #reconcile(String)}.
   */
  public AddOrderResult addOrder(AddOrder order) {
    Objects.requireNonNull(order, "order");
    if (trading != null) {
      trading.beforeAdd(order.pair());
    }
    AddOrderResult result = call(ADD_ORDER, order.toParams(), ADD_ORDER_RESULT, order.clientOrderId());
    if (trading != null && !order.validateOnly()) {
      trading.placed(order.pair(), result.txid(), order.clientOrderId());
    }
    return result;
  }

  /**
   * Finds out what became of an order whose outcome was unknown: looks for its client order id
   * among open orders, then closed orders, and reports it placed (with its txid and state) or not.
   */
  public KrakenOrderOutcome reconcile(String clientOrderId) {
    Map<String, KrakenOrder> found = openOrdersByClientId(clientOrderId);
    if (found.isEmpty()) {
      ClosedOrdersResult closed = call(CLOSED_ORDERS, Params.of("cl_ord_id", clientOrderId), CLOSED_ORDERS_RESULT, null);
      found = closed.closed() == null ? Map.of() : closed.closed();
    }
    if (found.isEmpty()) {
      return new KrakenOrderOutcome(clientOrderId, false, null, Optional.empty());
    }
    Map.Entry<String, KrakenOrder> first = found.entrySet().iterator().next();
    return new KrakenOrderOutcome(clientOrderId, true, first.getKey(), Optional.of(first.getValue()));
  }

  /** Current usage of the call counter, then of each pair's trading counter. */
  public List<RateLimitUsage> rateLimits() {
    List<RateLimitUsage> out = new java.util.ArrayList<>(limiter.usage());
    if (trading != null) {
      out.addAll(trading.usage());
    }
    return List.copyOf(out);
  }

  /** {@code POST /0/private/OpenOrders}: open orders by txid, in Kraken's order. */
  public Map<String, KrakenOrder> openOrders() {
    OpenOrdersResult result = call(OPEN_ORDERS, Params.empty(), OPEN_ORDERS_RESULT, null);
    return result.open() == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(result.open()));
  }

  /** {@code POST /0/private/OpenOrders?cl_ord_id=…}: the open order with this client order id, if any. */
  public Map<String, KrakenOrder> openOrdersByClientId(String clientOrderId) {
    OpenOrdersResult result = call(OPEN_ORDERS, Params.of("cl_ord_id", clientOrderId), OPEN_ORDERS_RESULT, null);
    return result.open() == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(result.open()));
  }

  /** {@code POST /0/private/QueryOrders}: up to 50 orders, open or closed, by txid. */
  public Map<String, KrakenOrder> queryOrders(List<String> txids) {
    if (txids == null || txids.isEmpty() || txids.size() > MAX_QUERY_TXIDS) {
      throw new IllegalArgumentException("txid must list 1 to " + MAX_QUERY_TXIDS + " order ids; got "
          + (txids == null ? "null" : txids.size()) + ".");
    }
    Map<String, KrakenOrder> result =
        call(QUERY_ORDERS, Params.empty().addList("txid", txids, ListFormat.COMMA), QUERY_ORDERS_RESULT, null);
    return Collections.unmodifiableMap(new LinkedHashMap<>(result));
  }

  /** {@code POST /0/private/CancelOrder} by txid. */
  public CancelOrderResult cancelOrder(String txid) {
    if (trading != null) {
      trading.beforeCancel(txid);
    }
    return call(CANCEL_ORDER, Params.of("txid", txid), CANCEL_RESULT, "txid=" + txid);
  }

  /** {@code POST /0/private/CancelOrder} by client order id ({@code cl_ord_id}). */
  public CancelOrderResult cancelOrderByClientId(String clientOrderId) {
    if (trading != null) {
      trading.beforeCancel(clientOrderId);
    }
    return call(CANCEL_ORDER, Params.of("cl_ord_id", clientOrderId), CANCEL_RESULT, clientOrderId);
  }

  /**
   * Any private method: {@code POST /0/private/<method>} with {@code params} form-encoded in the
   * given order after the nonce.
   *
   * @param method the method name, e.g. {@code DepositAddresses} or {@code Earn/Allocate}
   * @return the envelope's {@code result}
   */
  public JsonNode privateCall(String method, Params params) {
    Objects.requireNonNull(params, "params");
    checkMethod(method);
    Endpoint endpoint = new Endpoint("POST", KrakenSigner.PRIVATE_PREFIX + method, Security.SIGNED,
        KrakenCallCounter.cost(method), Endpoint.Kind.WRITE);
    return call(endpoint, params, KrakenResponses.<JsonNode>result(JSON_NODE, method), null);
  }

  /**
   * {@code POST /0/private/CancelOrderBatch}: cancels up to 50 orders by txid, sent as JSON
   * ({@code {"nonce":"…","orders":["…",…]}}) as Kraken requires; the JSON bytes sent are the bytes
   * signed. Returns the number cancelled.
   */
  public int cancelOrderBatch(List<String> txids) {
    if (txids == null || txids.isEmpty() || txids.size() > MAX_BATCH_CANCEL) {
      throw new IllegalArgumentException("orders must list 1 to " + MAX_BATCH_CANCEL + " order ids; got "
          + (txids == null ? "null" : txids.size()) + ".");
    }
    for (String txid : txids) {
      Checks.notBlank(txid, "orders[]", "an order txid such as OUF4EM-FRGI2-MQMWZD");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("orders", List.copyOf(txids));
    for (String txid : txids) {
      if (trading != null) {
        trading.beforeCancel(txid);
      }
    }
    JsonNode result = callJson(CANCEL_ORDER_BATCH, body, "CancelOrderBatch", "txids=" + String.join(",", txids));
    return result.path("count").asInt();
  }

  /**
   * Any private method with a JSON body (AddOrderBatch, …): {@code body} is written once as compact
   * JSON in its map order, the signer puts {@code nonce} first, and those exact bytes are signed and
   * sent with {@code Content-Type: application/json}. Treated as a state change: never resent once
   * it may have arrived.
   *
   * @param method the method name, e.g. {@code AddOrderBatch}
   * @param body the JSON object's members, in order (use a {@link LinkedHashMap})
   * @return the envelope's {@code result}
   */
  public JsonNode privateCallJson(String method, Map<String, ?> body) {
    Objects.requireNonNull(body, "body");
    checkMethod(method);
    Endpoint endpoint = new Endpoint("POST", KrakenSigner.PRIVATE_PREFIX + method, Security.SIGNED,
        KrakenCallCounter.cost(method), Endpoint.Kind.WRITE);
    return callJson(endpoint, body, method, null);
  }

  private JsonNode callJson(Endpoint endpoint, Map<String, ?> body, String method, String clientOrderId) {
    if (body.containsKey("nonce")) {
      throw new IllegalArgumentException("Member 'nonce' is added by the signer; remove it from the body.");
    }
    HttpTransport transport = executor.transport();
    byte[] json = SignetJson.mapper().writeValueAsBytes(body);
    return executor.execute(endpoint,
        transport.request(endpoint, new BytesBody(okio.ByteString.of(json), MediaTypes.JSON)),
        KrakenResponses.result(JSON_NODE, method), clientOrderId);
  }

  /** Any public method: {@code GET /0/public/<method>?params}. Returns the envelope's {@code result}. */
  public JsonNode publicCall(String method, Params params) {
    Objects.requireNonNull(params, "params");
    return call(new Endpoint("GET", "/0/public/" + checkMethod(method), Security.PUBLIC, 1), params,
        KrakenResponses.<JsonNode>result(JSON_NODE, method), null);
  }

  private <T> T call(Endpoint endpoint, Params params, ResponseHandler<T> handler, String clientOrderId) {
    HttpTransport transport = executor.transport();
    return executor.execute(endpoint, transport.request(endpoint, params), handler, clientOrderId);
  }

  private static Endpoint privateEndpoint(String method, Endpoint.Kind kind) {
    return new Endpoint("POST", KrakenSigner.PRIVATE_PREFIX + method, Security.SIGNED, KrakenCallCounter.cost(method), kind);
  }

  private static String checkMethod(String method) {
    if (method == null || !METHOD_NAME.matcher(method).matches()) {
      throw new IllegalArgumentException("Kraken method '" + method + "' is not a method name; pass the bare"
          + " name such as Balance or DepositAddresses (the client adds /0/private/ or /0/public/).");
    }
    return method;
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

  /** The {@code result} of OpenOrders. */
  record OpenOrdersResult(Map<String, KrakenOrder> open) {}

  /** The {@code result} of ClosedOrders. */
  record ClosedOrdersResult(Map<String, KrakenOrder> closed, int count) {}

  /** Configures a {@link KrakenClient}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private KrakenCredentials credentials;
    private String baseUrl = URL;
    private KrakenNonceSource nonceSource;
    private OkHttpClient httpClient;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private KrakenTier tier = KrakenTier.STARTER;
    private Duration maxRateLimitWait = Duration.ofSeconds(10);
    private RateLimiter rateLimiter;
    private boolean circuitBreaker = true;
    private boolean tradingLimits = true;

    private Builder() {}

    /**
     * Turns the per-pair matching-engine counter estimate on (default) or off, e.g. when orders on
     * this key are also placed elsewhere and a shared limiter is used instead.
     */
    public Builder tradingLimits(boolean enabled) {
      this.tradingLimits = enabled;
      return this;
    }

    /** When reads are retried (default {@link RetryPolicy#defaults()}; orders never once they may have arrived). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The account's verification tier, which sets the call-counter limits (default STARTER, the strictest). */
    public Builder tier(KrakenTier tier) {
      this.tier = Objects.requireNonNull(tier, "tier");
      return this;
    }

    /** The longest a call waits for the call counter before failing unsent; zero fails fast. Default 10 s. */
    public Builder maxRateLimitWait(Duration maxWait) {
      this.maxRateLimitWait = dev.signet.core.Checks.nonNegative(maxWait, "maxRateLimitWait");
      return this;
    }

    /** Replaces the in-process call counter, e.g. with one shared by several processes on this key. */
    public Builder rateLimiter(RateLimiter rateLimiter) {
      this.rateLimiter = Objects.requireNonNull(rateLimiter, "rateLimiter");
      return this;
    }

    /** Turns the circuit breaker on (default) or off. */
    public Builder circuitBreaker(boolean enabled) {
      this.circuitBreaker = enabled;
      return this;
    }

    /** The key that signs. Without credentials only public methods can be called. */
    public Builder credentials(KrakenCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /** The host (default {@value KrakenClient#URL}); http:// only for loopback. */
    public Builder baseUrl(String url) {
      BaseUrls.check(url, "baseUrl");
      this.baseUrl = url;
      return this;
    }

    /**
     * The nonce source of this API key (default: millisecond clock, never repeating). Share one
     * source between all clients of a key; supply your own when several processes use the key.
     */
    public Builder nonceSource(KrakenNonceSource nonceSource) {
      this.nonceSource = Objects.requireNonNull(nonceSource, "nonceSource");
      return this;
    }

    /**
     * An OkHttp client to share. Signet derives its own with {@code newBuilder()}, adds its
     * interceptors and turns {@code retryOnConnectionFailure} off; the given client is unchanged.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** The client. */
    public KrakenClient build() {
      return new KrakenClient(this);
    }
  }
}
