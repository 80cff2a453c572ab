package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import dev.signet.testkit.internal.WireParams;
import java.math.BigDecimal;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake Binance (Spot and USD-M Futures) on loopback that checks requests the way Binance does
 * and keeps enough state to run a bot against.
 *
 * <p>Signed calls are checked by {@link BinanceSignatureCheck}, from the raw request only, never
 * calling Signet's signer: known key, no empty value or duplicate key, {@code signature} last and
 * valid over the bytes sent, {@code recvWindow} and {@code timestamp} against the fake's clock.
 * Answers have the documented JSON shapes.
 *
 * <p>State: balances per asset; orders lock what they pay; MARKET and marketable LIMIT orders
 * fill at the market's price, the others rest until {@link #setPrice} crosses them (see there);
 * query by id or client order id; open orders; cancel; futures income and trading ({@link Builder#futures}).
 *
 * <p>Built in: {@code GET /api/v3/ping}, {@code /api/v3/time}, {@code /fapi/v1/time} and every
 * Spot market-data endpoint (public; see {@link SpotMarketData} and {@link Builder#marketRules});
 * {@code GET /api/v3/account}, {@code POST /api/v3/order}, {@code POST /api/v3/order/test},
 * {@code GET} and {@code DELETE /api/v3/order}, {@code GET /api/v3/openOrders}, the other Spot account reads
 * ({@code allOrders}, {@code myTrades} with a trade per fill, {@code rateLimit/order}, ...; see {@code BinanceSpotAccount}),
 * {@code GET /fapi/v1/income} (signed); the other spot trading endpoints: {@code order/test} and
 * {@code sor/order/test} (with {@code computeCommissionRates}), {@code sor/order},
 * {@code DELETE /api/v3/openOrders}, {@code order/cancelReplace} (its partial failures as HTTP
 * 409/400 with {@code data}), {@code order/amend/keepPriority}, {@code orderList/oco},
 * {@code oto}, {@code otoco}, {@code opo}, {@code opoco} (their legs trade and lock like orders) and
 * {@code DELETE /api/v3/orderList}; the wallet and sub-account SAPI endpoints
 * ({@code /sapi/v1/capital/...}, {@code /sapi/v1/asset/transfer}, {@code /sapi/v1/sub-account/...}, ...):
 * a deposit address per coin and network, deposits the test makes with {@link #receiveDeposit},
 * withdrawals debited from the balances (Binance's {@code -4026} when short), transfers between the
 * spot balances and the futures, funding and sub-account wallets, and histories of all of it.
 * Anything else is a 404 unless a user route answers it (see {@link FakeExchange} for precedence).
 *
 * <pre>{@code
 * try (FakeBinance fake = FakeBinance.builder()
 *     .hmacKey("test-key", "test-secret")
 *     .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000"))
 *     .balance("USDT", new BigDecimal("10000"))
 *     .route("GET", "/api/v3/depth", request -> Reply.json(200, "{\"lastUpdateId\":1,\"bids\":[],\"asks\":[]}"))
 *     .build()) {
 *   BinanceClient client = BinanceClient.builder()
 *       .credentials(BinanceCredentials.hmac("test-key", "test-secret"))
 *       .spotBaseUrl(fake.baseUrl()).futuresBaseUrl(fake.baseUrl())
 *       .build();
 * }
 * }</pre>
 */
public final class FakeBinance extends FakeExchange {
  /**
   * A futures income record the fake serves from {@code GET /fapi/v1/income}.
   *
   * <p>Example: {@code new IncomeRecord("BTCUSDT", "FUNDING_FEE", new BigDecimal("-0.5"), "USDT", Instant.now())}
   *
   * @param symbol the symbol, or the empty string
   * @param incomeType the income type, e.g. {@code FUNDING_FEE}
   * @param income the amount
   * @param asset the asset
   * @param time when it happened
   */
  public record IncomeRecord(String symbol, String incomeType, BigDecimal income, String asset, Instant time) {}

  /** One built-in route: the decoded parameters in, the answer or a Binance error out. */
  interface Endpoint { Reply handle(Map<String, String> params) throws BinanceError; }

  private final BinanceSignatureCheck check;
  private final FakeFutures futures;
  private final BinanceWallet wallet;
  private final SpotMatcher matcher;
  private final Map<String, Endpoint> signed = new HashMap<>();
  private final Map<String, Endpoint> open = new HashMap<>();

  private FakeBinance(Builder b) {
    super(b.clock);
    this.check = b.check.clock(b.clock).build();
    b.markets.values().forEach(ledger::market);
    b.balances.forEach(ledger::deposit);
    BinanceSpot spot = new BinanceSpot(ledger, clock());
    matcher = spot.matcher();
    futures = FakeFutures.attach(b.futures, b.income, clock());
    open.putAll(new BinanceMarketData(ledger, clock(), b.marketData).routes());
    open.putAll(new FuturesMarketRoutes(ledger, clock(), b.marketData, futures).routes());
    wallet = new BinanceWallet(ledger, clock());
    wallet.signedRoutes().forEach((route, handler) -> signed.put(route, handler::handle));
    signed.putAll(new BinanceSpotOrders(spot, ledger, clock()).routes());
    open.put("GET /sapi/v1/system/status", wallet::systemStatus);
    open.put("GET /api/v3/ping", p -> Reply.json(200, "{}"));
    open.put("GET /api/v3/time", p -> Reply.json(200, "{\"serverTime\":" + clock().millis() + "}"));
    open.put("GET /fapi/v1/time", p -> Reply.json(200, "{\"serverTime\":" + clock().millis() + "}"));
    signed.put("GET /api/v3/account", spot::account);
    signed.put("POST /api/v3/order", spot::newOrder);
    signed.put("GET /api/v3/order", spot::order);
    signed.put("DELETE /api/v3/order", spot::cancel);
    signed.put("GET /api/v3/openOrders", spot::openOrders);
    signed.putAll(new BinanceSpotAccount(spot).routes());
    new FuturesAccountRoutes(wallet, clock()).register(signed);
    futures.register(signed, this::addRoute);  // after the account routes: its positions and modes win
    b.routes.forEach(this::addRoute);
  }

  /** {@return a new builder: no keys, no markets, empty balances, clock at the current time} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Moves {@code symbol}'s price (MARKET orders fill at it from now on) and trades every order the
   * move crosses, oldest first: a resting LIMIT fills at its limit price as maker, a stop or
   * take-profit whose stop price is reached triggers, an OCO leg's fill expires the other leg and an
   * OTO's working fill places the pending legs. Each fill is a trade of {@code myTrades}, without commission.
   * @param symbol a market added with {@link Builder#market}
   * @param price the new price, in quote units per base unit
   * @throws IllegalArgumentException if there is no such market
   */
  public void setPrice(String symbol, BigDecimal price) {
    matcher.setPrice(Objects.requireNonNull(symbol, "symbol"), Objects.requireNonNull(price, "price"));
  }

  /**
   * Adds a futures income record.
   * @param record the record {@code GET /fapi/v1/income} serves from now on
   */
  public void addIncome(IncomeRecord record) {
    futures.addIncome(record);
  }

  /**
   * A deposit arriving on {@code network}: credits the free balance of {@code coin} and lists it as a
   * successful deposit in {@code GET /sapi/v1/capital/deposit/hisrec}.
   * @param coin the coin, e.g. {@code USDT}
   * @param network the network, e.g. {@code TRX}
   * @param amount the amount, in units of {@code coin}
   */
  public void receiveDeposit(String coin, String network, BigDecimal amount) {
    wallet.receiveDeposit(Objects.requireNonNull(coin, "coin"), Objects.requireNonNull(network, "network"),
        Objects.requireNonNull(amount, "amount"));
  }

  /**
   * The balance of {@code asset} in a wallet other than the master's spot one (that is {@link #free}):
   * {@code UMFUTURE}, {@code FUNDING}, ... (as in the universal transfer types), or
   * {@code sub:<email>:SPOT} for a sub-account's.
   * @param wallet the wallet, e.g. {@code UMFUTURE}
   * @param asset the asset code, e.g. {@code USDT}
   * @return the balance, zero if none
   */
  public BigDecimal walletBalance(String wallet, String asset) {
    return this.wallet.balance(wallet, asset);
  }

  @Override
  void checkRoute(UserRoute route) {} // Binance has public, key-only and signed endpoints on any method

  /** Connects a {@link FakeBinanceUserStream}: {@code listener} hears of every Spot order change from now on; returns the keys. */
  BinanceSignatureCheck attachUserStream(SpotOrderListener listener) {
    matcher.listen(listener);
    return check;
  }

  @Override
  Reply handle(RecordedRequest request) {
    String target = request.getTarget();
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String route = request.getMethod() + " " + path;
    try {
      UserRoute user = userRoute(request.getMethod(), path);
      if (user != null) {
        switch (user.access()) {
          case SIGNED -> check.verify(request);
          case KEYED -> check.verifyApiKey(request);
          case PUBLIC -> { }
          default -> throw new IllegalStateException(user.access().toString());
        }
        return user.answer(request);
      }
      if (signed.containsKey(route)) {
        return signed.get(route).handle(WireParams.map(check.verify(request).params(), "signature", "timestamp", "recvWindow"));
      }
      if (open.containsKey(route)) {
        return open.get(route).handle(WireParams.map(q < 0 ? "" : target.substring(q + 1)));
      }
      return Reply.json(404, "<html><body><h1>404 Not Found</h1></body></html>");
    } catch (BinanceSignatureCheck.Rejection r) {
      return r.reply();
    } catch (BinanceError e) {
      return e.reply();
    }
  }

  @Override
  MockResponse.Builder rateLimitBody(MockResponse.Builder response, Fault fault) {
    return response.addHeader("Content-Type", Reply.JSON_CONTENT_TYPE).body(fault.kind() == Fault.Kind.BANNED
        ? BinanceLimitEnforcer.bannedBody(clock().millis() + fault.retryAfterSeconds() * 1000)
        : BinanceLimitEnforcer.weightBody(6000));
  }

  /**
   * Configures a {@link FakeBinance}; {@link #build()} starts it.
   *
   * <p>Example: {@code FakeBinance.builder().hmacKey("k", "s").balance("USDT", BigDecimal.TEN).build()}
   */
  public static final class Builder {
    private final BinanceSignatureCheck.Builder check = BinanceSignatureCheck.builder();
    private final Map<String, Ledger.Market> markets = new LinkedHashMap<>();
    private final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    private final List<IncomeRecord> income = new ArrayList<>();
    private final List<UserRoute> routes = new ArrayList<>();
    private FakeClock clock = FakeClock.startingNow();
    private FakeFutures futures;
    private SpotMarketData marketData = SpotMarketData.empty();
    private BinanceLimitEnforcer limits;

    private Builder() {}

    /**
     * Accepts an HMAC key.
     * @param apiKey the API key the client sends in {@code X-MBX-APIKEY}
     * @param secretKey the HMAC-SHA256 secret signed requests are checked with
     * @return this builder
     */
    public Builder hmacKey(String apiKey, String secretKey) {
      check.hmacKey(apiKey, secretKey);
      return this;
    }

    /**
     * Accepts an RSA key, verified with its public key.
     * @param apiKey the API key the client sends in {@code X-MBX-APIKEY}
     * @param publicKey the RSA public key signatures are verified with
     * @return this builder
     */
    public Builder rsaKey(String apiKey, PublicKey publicKey) {
      check.rsaKey(apiKey, publicKey);
      return this;
    }

    /**
     * Accepts an Ed25519 key, verified with its public key.
     * @param apiKey the API key the client sends in {@code X-MBX-APIKEY}
     * @param publicKey the Ed25519 public key signatures are verified with
     * @return this builder
     */
    public Builder ed25519Key(String apiKey, PublicKey publicKey) {
      check.ed25519Key(apiKey, publicKey);
      return this;
    }

    /**
     * A tradable symbol whose MARKET orders fill at {@code price} (until {@link FakeBinance#setPrice} moves it).
     * @param symbol the Binance symbol, e.g. {@code BTCUSDT}
     * @param base the base asset, e.g. {@code BTC}
     * @param quote the quote asset, e.g. {@code USDT}
     * @param price the fill price of MARKET orders, in quote units per base unit
     * @return this builder
     */
    public Builder market(String symbol, String base, String quote, BigDecimal price) {
      markets.put(symbol, new Ledger.Market(symbol, base, quote, price));
      return this;
    }

    /**
     * The trading rules {@code GET /api/v3/exchangeInfo} publishes for a market added with
     * {@link #market}: {@code PRICE_FILTER}, {@code LOT_SIZE} and {@code NOTIONAL} (a null leaves
     * that filter out). New orders ({@code order}, {@code sor/order}, cancel-replace's new order) are
     * held to them as Binance holds them: {@code 400 {"code":-1013,"msg":"Filter failure: PRICE_FILTER"}}
     * (or {@code LOT_SIZE}, {@code NOTIONAL}); on every market, more than 8 decimals answers
     * {@code -1111} and an unknown symbol {@code -1121 Invalid symbol.}.
     * @param symbol a symbol added with {@link #market}
     * @param tickSize the price step, or null
     * @param stepSize the quantity step, or null
     * @param minNotional the smallest price × quantity, or null
     * @return this builder
     * @throws IllegalArgumentException if {@code symbol} was not added with {@link #market}
     */
    public Builder marketRules(String symbol, BigDecimal tickSize, BigDecimal stepSize, BigDecimal minNotional) {
      Ledger.Market m = markets.get(symbol);
      if (m == null) {
        throw new IllegalArgumentException("no market " + symbol + "; add it with market(...) first.");
      }
      markets.put(symbol, m.withRules(tickSize, stepSize, minNotional));
      return this;
    }

    /**
     * The books, trades and klines the public market-data endpoints serve.
     * @param data the market data
     * @return this builder
     */
    public Builder marketData(SpotMarketData data) {
      this.marketData = Objects.requireNonNull(data, "data");
      return this;
    }

    /**
     * A starting free balance.
     * @param asset the asset code, e.g. {@code USDT}
     * @param amount the amount, in units of {@code asset}; added to any earlier balance of the asset
     * @return this builder
     */
    public Builder balance(String asset, BigDecimal amount) {
      balances.merge(asset, amount, BigDecimal::add);
      return this;
    }

    /**
     * A futures income record to serve.
     * @param record the income record
     * @return this builder
     * @throws NullPointerException if {@code record} is null
     */
    public Builder income(IncomeRecord record) {
      income.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /**
     * The USD-M futures account: its contracts and USDT wallet; the test drives it afterwards.
     * @param futures the account, given to one fake only
     * @return this builder
     */
    public Builder futures(FakeFutures futures) {
      this.futures = Objects.requireNonNull(futures, "futures");
      return this;
    }

    /**
     * A public user route; see {@link FakeExchange#route(String, String, Access, RouteHandler)}.
     * @param method the HTTP method, e.g. {@code GET}
     * @param path the path without query
     * @param handler what answers the route
     * @return this builder
     */
    public Builder route(String method, String path, RouteHandler handler) {
      return route(method, path, Access.PUBLIC, handler);
    }

    /**
     * A user route checked as {@code access} asks; see {@link FakeExchange#route(String, String, Access, RouteHandler)}.
     * @param method the HTTP method
     * @param path the path without query
     * @param access the checks the fake runs before {@code handler}
     * @param handler what answers the route once the checks pass
     * @return this builder
     */
    public Builder route(String method, String path, Access access, RouteHandler handler) {
      routes.add(new UserRoute(method, path, access, handler));
      return this;
    }

    /**
     * The server clock (default: starting at the current time).
     * @param clock the clock the fake checks timestamps against
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(FakeClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Enforces Binance's rate limits as {@link BinanceLimitEnforcer} describes (default: none).
     * @param limits the limits, given to one fake only
     * @return this builder
     */
    public Builder enforceLimits(BinanceLimitEnforcer limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Starts the fake on a loopback port.
     * @return the running fake; close it when done
     * @throws IllegalArgumentException if a user route is of a kind Binance has not
     * @throws java.io.UncheckedIOException if the loopback server cannot start
     */
    public FakeBinance build() {
      FakeBinance fake = new FakeBinance(this);
      if (limits != null) {
        fake.enforce(limits);
      }
      return fake;
    }
  }
}
