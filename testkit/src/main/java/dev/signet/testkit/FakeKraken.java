package dev.signet.testkit;

import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
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
 * <p>Trading: each pair has one price, set in the builder and moved by
 * {@link #setPrice}. AddOrder takes {@code market}, {@code limit}, {@code iceberg} (a resting limit),
 * {@code stop-loss}, {@code take-profit} (trigger at {@code price}, then market) and
 * {@code stop-loss-limit}, {@code take-profit-limit} (trigger at {@code price}, then limit at
 * {@code price2}); {@code trailing-stop}, {@code trailing-stop-limit} and {@code settle-position}, price
 * offsets ({@code +}, {@code -}, {@code #}, {@code %}), {@code timeinforce=GTD}, leverage and
 * conditional {@code close} orders answer {@code EGeneral:Invalid arguments:<name>}. A pair given with
 * {@link KrakenPairRules} enforces them (status, decimals, tick, {@code ordermin}, {@code costmin})
 * with Kraken's error strings; pairs are known by id, altname or wsname. Market orders and limits the
 * price crosses fill whole at once as taker (0.26%), resting limits fill whole at their limit as maker
 * (0.16%) when {@link #setPrice} reaches them (rates: {@link Builder#fees}); fees are paid in the quote
 * asset. {@code oflags=post} is refused ({@code EOrder:Post only order}) when it would take;
 * {@code timeinforce=IOC} cancels what does not fill at once; {@code cl_ord_id} is unique among open
 * orders, {@code userref} tags any number; {@code validate=true} checks without placing. Also
 * AmendOrder (same txid), EditOrder (new txid), CancelOrder (txid, userref or {@code cl_ord_id}),
 * CancelAll, CancelOrderBatch, AddOrderBatch (JSON, 2..15 orders, all checked first), OrderAmends and
 * CancelAllOrdersAfter: the dead man's switch cancels every open order once the fake clock passes its
 * trigger time, noticed on every request, on {@link #setPrice} and on {@link #advance}.
 *
 * <p>History: every fill is a trade and two ledger entries, listed by
 * TradesHistory, QueryTrades, Ledgers and QueryLedgers, and the public Trades and OHLC are built from
 * the fills. Balances are per asset id; open orders hold their cost (a buy) or volume (a sell).
 *
 * <p>Subaccounts: CreateSubaccount gives each its own balances and an IIBAN ({@link #iiban(String)});
 * AccountTransfer moves funds between them and the master ({@link #iiban()}), refusing with
 * {@code EFunding:Insufficient funds} when the source is short ({@link #subaccountBalance}).
 *
 * <p>Built in besides: the methods of the fake's route classes (market data,
 * account data, funding, earn); a method may answer a {@link Reply} (e.g. binary) instead of a result.
 * Anything else is {@code EGeneral:Unknown method}
 * unless a user route answers it (see {@link FakeExchange} for precedence). A signed user route
 * must be a {@code POST}; Kraken has no key-only ({@link Access#KEYED}) endpoints.
 *
 * <pre>{@code
 * try (FakeKraken fake = FakeKraken.builder()
 *     .key("kraken-key", base64Secret)
 *     .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"),
 *         KrakenPairRules.of(1, 8, new BigDecimal("0.0001"), new BigDecimal("0.5")))
 *     .balance("ZUSD", new BigDecimal("10000"))
 *     .build()) {
 *   KrakenClient kraken = KrakenClient.builder()
 *       .credentials(KrakenCredentials.of("kraken-key", base64Secret)).baseUrl(fake.baseUrl()).build();
 *   kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000")).build());
 *   fake.setPrice("XBTUSD", new BigDecimal("38990")); // fills at 39000 as maker: 3900 USD + 6.24 fee
 *   fake.advance(Duration.ofMinutes(1));              // fires a CancelAllOrdersAfter switch that is due
 * }
 * }</pre>
 */
public final class FakeKraken extends FakeExchange {
  private final KrakenSignatureCheck check;
  private final KrakenPairs pairs = new KrakenPairs();
  private final KrakenMethodTable methods;
  final KrakenMatcher matcher; // package-private: FakeKrakenStreams listens to it
  final KrakenHistory history; // and to it
  private final KrakenTimer timer;
  private final KrakenSubaccountLedgers subaccounts;

  private FakeKraken(Builder b) {
    super(b.clock);
    this.check = b.check.build();
    b.pairs.forEach((market, rules) -> {
      ledger.market(market);
      pairs.add(market.symbol(), market.base(), market.quote(), rules.orElse(null));
    });
    b.balances.forEach(ledger::deposit);
    this.history = new KrakenHistory(ledger, clock());
    this.matcher = new KrakenMatcher(ledger, clock(), history, b.makerFee, b.takerFee);
    this.timer = new KrakenTimer(clock());
    this.subaccounts = new KrakenSubaccountLedgers(ledger);
    this.methods = new KrakenMethodTable(ledger, clock(), pairs, matcher, timer, history, subaccounts);
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

  /**
   * The master account's IIBAN, for AccountTransfer's {@code from} or {@code to}.
   * @return {@code AA00 FAKE MSTR 0000}
   */
  public String iiban() {
    return KrakenSubaccountLedgers.MASTER;
  }

  /**
   * The IIBAN CreateSubaccount gave subaccount {@code username}, e.g. {@code AA00 FAKE SUBA 0001} for the first.
   * @param username the subaccount's username
   * @return its IIBAN
   * @throws IllegalArgumentException when no subaccount {@code username} was created
   */
  public String iiban(String username) {
    return subaccounts.iiban(Objects.requireNonNull(username, "username")).orElseThrow(() -> noSubaccount(username));
  }

  /**
   * A subaccount's free balance: each subaccount keeps its own, moved only by AccountTransfer.
   * @param username the subaccount's username
   * @param asset the Kraken asset id, e.g. {@code ZUSD}
   * @return the free balance, zero when it holds none
   * @throws IllegalArgumentException when no subaccount {@code username} was created
   */
  public BigDecimal subaccountBalance(String username, String asset) {
    return subaccounts.balance(Objects.requireNonNull(username, "username"), Objects.requireNonNull(asset, "asset"))
        .orElseThrow(() -> noSubaccount(username));
  }

  private static IllegalArgumentException noSubaccount(String username) {
    return new IllegalArgumentException("no subaccount " + username + " in this fake; create it with CreateSubaccount first.");
  }

  /**
   * Moves a pair's price: resting limits it reaches fill at their limit as maker, stop-loss and
   * take-profit orders it reaches trigger (then fill at the price as taker, or rest at
   * {@code price2}); later market orders fill at it. Checks the dead man's switch first.
   * @param pair the pair by id, altname or wsname, e.g. {@code XBTUSD}
   * @param price the new price, in quote units per base unit
   * @throws IllegalArgumentException for a pair the fake was not built with, or a price not above zero
   */
  public void setPrice(String pair, BigDecimal price) {
    KrakenPairs.Pair p = pairs.find(Objects.requireNonNull(pair, "pair")).orElseThrow(() -> new IllegalArgumentException(
        "no pair " + pair + " in this fake; add it with FakeKraken.builder().pair(...) first."));
    if (Objects.requireNonNull(price, "price").signum() <= 0) {
      throw new IllegalArgumentException("price must be above zero, got " + price.toPlainString());
    }
    checkTimer();
    matcher.setPrice(p, price);
  }

  /**
   * Moves the fake clock by {@code by} and lets the fake notice: a CancelAllOrdersAfter switch whose
   * trigger time has passed cancels every open order now (the fake also checks on every request and
   * on {@link #setPrice}, so moving {@link #clock()} directly takes effect at the next of those).
   * @param by how far to move the clock
   */
  public void advance(Duration by) {
    clock().advance(Objects.requireNonNull(by, "by"));
    checkTimer();
  }

  private void checkTimer() {
    if (timer.due()) {
      matcher.cancelAll();
    }
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
    checkTimer();
    try {
      UserRoute user = userRoute(request.getMethod(), path);
      if (user != null) {
        if (user.access() == Access.SIGNED) {
          check.verify(request);
        }
        return user.answer(request);
      }
      return methods.answer(request, path, check);
    } catch (KrakenSignatureCheck.Rejection r) {
      return r.reply();
    } catch (KrakenError e) {
      return Reply.krakenError(e.getMessage());
    }
  }

  @Override
  MockResponse.Builder rateLimitBody(MockResponse.Builder response, Fault fault) {
    return response.addHeader("Content-Type", "application/json").body("{\"error\":[\"EGeneral:Too many requests\"]}");
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
    private BigDecimal makerFee = new BigDecimal("0.0016");
    private BigDecimal takerFee = new BigDecimal("0.0026");
    private KrakenLimitEnforcer limits;

    private Builder() {}

    /**
     * The fee rates fills pay, in the quote asset (default Kraken's base tier: 0.16% maker, 0.26% taker).
     * @param maker the rate a resting order pays when the price reaches it, e.g. {@code 0.0016}
     * @param taker the rate a market, triggered or crossing order pays, e.g. {@code 0.0026}
     * @return this builder
     * @throws IllegalArgumentException for a negative rate, or one of 1 or more
     */
    public Builder fees(BigDecimal maker, BigDecimal taker) {
      for (BigDecimal rate : new BigDecimal[] {Objects.requireNonNull(maker, "maker"), Objects.requireNonNull(taker, "taker")}) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
          throw new IllegalArgumentException("a fee rate is a fraction from 0 to below 1 (0.0026 = 0.26%), got " + rate.toPlainString());
        }
      }
      this.makerFee = maker;
      this.takerFee = taker;
      return this;
    }

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
     * A tradable pair whose market orders fill at {@code price} (until {@link FakeKraken#setPrice} moves it), e.g. ("XBTUSD", "XXBT", "ZUSD", 40000).
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
      FakeKraken fake = new FakeKraken(this);
      if (limits != null) {
        fake.enforce(limits);
      }
      return fake;
    }

    /**
     * Enforces Kraken's call counter as {@link KrakenLimitEnforcer} describes (default: none).
     * @param limits the limits, given to one fake only
     * @return this builder
     */
    public Builder enforceLimits(KrakenLimitEnforcer limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }
  }
}
