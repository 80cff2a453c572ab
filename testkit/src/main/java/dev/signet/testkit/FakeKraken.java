package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake Kraken Spot REST API on loopback that checks private calls the way Kraken does and keeps
 * enough state to run a bot against.
 *
 * <p>Private calls are checked by {@link KrakenSignatureCheck}, from the raw request only, never
 * calling Signet's signer: known {@code API-Key}, {@code API-Sign} over the path and the body as
 * sent, content type matching the body, nonce strictly increasing per key. Required arguments are
 * present ({@code EGeneral:Invalid arguments}). Answers have the documented envelope and shapes,
 * with HTTP 200 as Kraken sends them.
 *
 * <p>State: balances per asset id; limit orders rest until cancelled and lock their cost; market
 * orders fill at the pair's configured price; {@code validate=true} checks without placing.
 *
 * <p>Built in: the methods of the route classes registered in the constructor (market data, account data,
 * funding, orders); a method may answer a {@link Reply} (e.g. binary) instead of a result.
 * Anything else is {@code EGeneral:Unknown method}
 * unless a user route answers it (see {@link FakeExchange} for precedence). A signed user route
 * must be a {@code POST}; Kraken has no key-only ({@link Access#KEYED}) endpoints.
 *
 * <pre>{@code
 * try (FakeKraken fake = FakeKraken.builder()
 *     .key("kraken-key", base64Secret)
 *     .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
 *     .balance("ZUSD", new BigDecimal("10000"))
 *     .route("POST", "/0/private/Ledger", Access.SIGNED, request -> Reply.krakenResult("{\"ledger\":{},\"count\":0}"))
 *     .build()) {
 *   KrakenClient kraken = KrakenClient.builder()
 *       .credentials(KrakenCredentials.of("kraken-key", base64Secret)).baseUrl(fake.baseUrl()).build();
 * }
 * }</pre>
 */
public final class FakeKraken extends FakeExchange {
  private static final String PRIVATE = "/0/private/";

  private static final String PUBLIC = "/0/public/";

  private final KrakenSignatureCheck check;
  private final KrakenPairs pairs = new KrakenPairs();
  private final Map<String, KrakenMethod> publicMethods = new HashMap<>();
  private final Map<String, KrakenMethod> privateMethods = new HashMap<>();

  private FakeKraken(Builder b) {
    super(b.clock);
    this.check = b.check.build();
    b.pairs.forEach((market, rules) -> {
      ledger.market(market);
      pairs.add(market.symbol(), market.base(), market.quote(), rules.orElse(null));
    });
    b.balances.forEach(ledger::deposit);
    new KrakenMarketRoutes(ledger, clock(), pairs).register(publicMethods, privateMethods);
    new KrakenAccountRoutes(ledger, clock(), pairs).register(publicMethods, privateMethods);
    new KrakenFundingRoutes(ledger, clock(), pairs).register(publicMethods, privateMethods);
    KrakenOrders orders = new KrakenOrders(ledger, clock(), pairs);
    privateMethods.put("Balance", orders::balances);
    privateMethods.put("AddOrder", orders::addOrder);
    privateMethods.put("OpenOrders", orders::openOrders);
    privateMethods.put("ClosedOrders", orders::closedOrders);
    privateMethods.put("QueryOrders", orders::queryOrders);
    privateMethods.put("CancelOrder", orders::cancelOrder);
    privateMethods.put("CancelOrderBatch", orders::cancelOrderBatch);
    b.routes.forEach(this::addRoute);
  }

  /**
   * A new builder: no keys, no pairs, empty balances, clock at the current time.
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The last nonce accepted for {@code apiKey}, or 0.
   * @param apiKey the API key the client sends in {@code API-Key}
   * @return the highest nonce accepted so far for the key, or 0 when none
   */
  public long lastNonce(String apiKey) {
    return check.lastNonce(apiKey);
  }

  @Override
  void checkRoute(UserRoute route) {
    refuseImpossible(route);
  }

  private static UserRoute refuseImpossible(UserRoute route) {
    if (route.access() == Access.KEYED) {
      throw new IllegalArgumentException("Kraken has no key-only endpoints: use Access.SIGNED or Access.PUBLIC for " + route.key());
    }
    if (route.access() == Access.SIGNED && !route.method().equals("POST")) {
      throw new IllegalArgumentException("Kraken's private calls are POST: " + route.key());
    }
    return route;
  }

  @Override
  Reply handle(RecordedRequest request) {
    String target = request.getTarget();
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    try {
      UserRoute user = userRoute(request.getMethod(), path);
      if (user != null) {
        if (user.access() == Access.SIGNED) {
          check.verify(request);
        }
        return user.answer(request);
      }
      if (path.startsWith(PUBLIC) && request.getMethod().equals("GET")) {
        KrakenMethod method = publicMethods.get(path.substring(PUBLIC.length()));
        if (method == null) {
          throw new KrakenError("EGeneral:Unknown method");
        }
        return answer(method.handle(query(request)));
      }
      if (path.startsWith(PRIVATE)) {
        if (!request.getMethod().equals("POST")) {
          throw new KrakenError("EGeneral:Invalid arguments");
        }
        KrakenMethod method = privateMethods.get(path.substring(PRIVATE.length()));
        if (method == null) {
          throw new KrakenError("EGeneral:Unknown method");
        }
        return answer(method.handle(params(check.verify(request))));
      }
      throw new KrakenError("EGeneral:Unknown method");
    } catch (KrakenSignatureCheck.Rejection r) {
      return r.reply();
    } catch (KrakenError e) {
      return Reply.krakenError(e.getMessage());
    }
  }

  /** The query parameters, in order (decoded). */
  private static Map<String, String> query(RecordedRequest request) {
    Map<String, String> params = new LinkedHashMap<>();
    okhttp3.HttpUrl url = request.getUrl();
    for (int i = 0; i < url.querySize(); i++) {
      params.put(url.queryParameterName(i), url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i));
    }
    return params;
  }

  /** The form arguments without the nonce, or the JSON body under {@code _json}. */
  private static Map<String, String> params(KrakenSignatureCheck.Verified verified) {
    Map<String, String> params = new LinkedHashMap<>();
    if (verified.json() != null) {
      params.put("_json", verified.json());
    }
    for (Map.Entry<String, String> p : verified.params()) {
      params.put(p.getKey(), p.getValue());
    }
    params.remove("nonce");
    return params;
  }

  @Override
  MockResponse.Builder rateLimitBody(MockResponse.Builder response, Fault fault) {
    return response.addHeader("Content-Type", "application/json").body("{\"error\":[\"EGeneral:Too many requests\"]}");
  }

  /** A method's {@link Reply} as it is (e.g. a binary export), anything else as the envelope's {@code result}. */
  private static Reply answer(Object answer) {
    return answer instanceof Reply reply ? reply : result(answer);
  }

  private static Reply result(Object result) {
    Map<String, Object> envelope = Json.object();
    envelope.put("error", List.of());
    envelope.put("result", result);
    return Reply.json(200, Json.write(envelope));
  }

  /**
   * Configures a {@link FakeKraken}; {@link #build()} starts it.
   *
   * <p>Example: {@code FakeKraken.builder().key("k", base64Secret).balance("ZUSD", BigDecimal.TEN).build()}
   */
  public static final class Builder {
    private final KrakenSignatureCheck.Builder check = KrakenSignatureCheck.builder();
    private final Map<Ledger.Market, Optional<KrakenPairRules>> pairs = new LinkedHashMap<>();
    private final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    private final List<UserRoute> routes = new ArrayList<>();
    private FakeClock clock = FakeClock.startingNow();

    private Builder() {}

    /**
     * Accepts an API key with its base64 private key.
     * @param apiKey the API key the client sends in {@code API-Key}
     * @param base64PrivateKey the base64 private key {@code API-Sign} is checked with
     * @return this builder
     */
    public Builder key(String apiKey, String base64PrivateKey) {
      check.key(apiKey, base64PrivateKey);
      return this;
    }

    /**
     * A tradable pair whose market orders fill at {@code price}, e.g. ("XBTUSD", "XXBT", "ZUSD", 40000).
     * @param pair the Kraken pair, e.g. {@code XBTUSD}
     * @param base the base asset id, e.g. {@code XXBT}
     * @param quote the quote asset id, e.g. {@code ZUSD}
     * @param price the fill price of market orders, in quote units per base unit
     * @return this builder
     */
    public Builder pair(String pair, String base, String quote, BigDecimal price) {
      pairs.put(new Ledger.Market(pair, base, quote, price), Optional.empty());
      return this;
    }

    /**
     * A tradable pair with trading rules the fake publishes in AssetPairs and enforces on AddOrder.
     * @param pair the Kraken pair altname, e.g. {@code XBTUSD}
     * @param base the base asset id, e.g. {@code XXBT}
     * @param quote the quote asset id, e.g. {@code ZUSD}
     * @param price the fill price of market orders, in quote units per base unit
     * @param rules the pair's rules
     * @return this builder
     */
    public Builder pair(String pair, String base, String quote, BigDecimal price, KrakenPairRules rules) {
      pairs.put(new Ledger.Market(pair, base, quote, price), Optional.of(Objects.requireNonNull(rules, "rules")));
      return this;
    }

    /**
     * A starting balance, by Kraken asset id.
     * @param asset the Kraken asset id, e.g. {@code ZUSD}
     * @param amount the amount, in units of {@code asset}; added to any earlier balance of the asset
     * @return this builder
     */
    public Builder balance(String asset, BigDecimal amount) {
      balances.merge(asset, amount, BigDecimal::add);
      return this;
    }

    /**
     * A public user route; see {@link FakeExchange#route(String, String, Access, RouteHandler)}.
     * @param method the HTTP method, e.g. {@code GET}
     * @param path the path without query, e.g. {@code /0/public/Ticker}
     * @param handler what answers the route
     * @return this builder
     */
    public Builder route(String method, String path, RouteHandler handler) {
      return route(method, path, Access.PUBLIC, handler);
    }

    /**
     * A user route checked as {@code access} asks; see {@link FakeExchange#route(String, String, Access, RouteHandler)}.
     * @param method the HTTP method; {@code POST} for a signed route
     * @param path the path without query
     * @param access {@link Access#PUBLIC} or {@link Access#SIGNED}
     * @param handler what answers the route once the checks pass
     * @return this builder
     * @throws IllegalArgumentException for an {@link Access#KEYED} route, or a signed route that is not a {@code POST}
     */
    public Builder route(String method, String path, Access access, RouteHandler handler) {
      routes.add(refuseImpossible(new UserRoute(method, path, access, handler)));
      return this;
    }

    /**
     * The server clock (default: starting at the current time).
     * @param clock the clock the fake stamps orders with
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(FakeClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Starts the fake on a loopback port.
     * @return the running fake; close it when done
     * @throws java.io.UncheckedIOException if the loopback server cannot start
     */
    public FakeKraken build() {
      return new FakeKraken(this);
    }
  }
}
