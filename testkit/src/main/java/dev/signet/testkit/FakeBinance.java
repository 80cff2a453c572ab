package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import dev.signet.testkit.internal.WireParams;
import dev.signet.testkit.internal.WireParams.Pair;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A fake Binance (Spot and USD-M Futures) on loopback that checks requests the way Binance does
 * and keeps enough state to run a bot against.
 *
 * <p>Checks, from the raw request only (request line, headers, body bytes), never calling Signet's
 * signer: the {@code X-MBX-APIKEY} key is known ({@code -2015}); no empty value ({@code -1102}) and
 * no duplicate key ({@code -1101}); {@code signature} present, exactly once and last
 * ({@code -1102}/{@code -1022}); the signature (HMAC-SHA256 hex, RSA or Ed25519 base64) over the
 * query as sent plus the body as sent ({@code -1022}); {@code recvWindow} at most 60000
 * ({@code -1131}); {@code timestamp} within {@code recvWindow} of the fake's clock and not 1 s
 * ahead of it ({@code -1021}). Answers have the documented JSON shapes.
 *
 * <p>State: balances per asset; LIMIT orders rest until cancelled and lock their cost; MARKET
 * orders fill at the market's configured price; query by id or client order id; open orders;
 * cancel; futures income records the test adds.
 *
 * <pre>{@code
 * try (FakeBinance fake = FakeBinance.builder()
 *     .hmacKey("test-key", "test-secret")
 *     .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000"))
 *     .balance("USDT", new BigDecimal("10000"))
 *     .build()) {
 *   BinanceClient client = BinanceClient.builder()
 *       .credentials(BinanceCredentials.hmac("test-key", "test-secret"))
 *       .spotBaseUrl(fake.baseUrl()).futuresBaseUrl(fake.baseUrl())
 *       .build();
 * }
 * }</pre>
 */
public final class FakeBinance extends FakeExchange {
  private static final long MAX_RECV_WINDOW = 60_000;

  private sealed interface Key permits Hmac, Asymmetric {}

  private record Hmac(String secret) implements Key {}

  private record Asymmetric(PublicKey publicKey, String algorithm) implements Key {}

  /**
   * A futures income record the fake serves from {@code GET /fapi/v1/income}.
   *
   * @param symbol the symbol, or the empty string
   * @param incomeType the income type, e.g. {@code FUNDING_FEE}
   * @param income the amount
   * @param asset the asset
   * @param time when it happened
   */
  public record IncomeRecord(String symbol, String incomeType, BigDecimal income, String asset, Instant time) {}

  private interface Route {
    Reply handle(Map<String, String> params) throws BinanceError;
  }

  private static final class BinanceError extends Exception {
    final int status;
    final int code;

    BinanceError(int status, int code, String msg) {
      super(msg, null, false, false);
      this.status = status;
      this.code = code;
    }
  }

  private final Map<String, Key> keys;
  private final List<IncomeRecord> income = new ArrayList<>();
  private final Map<String, Route> signed = new HashMap<>();
  private final Map<String, Route> open = new HashMap<>();

  private FakeBinance(Builder b) {
    super(b.clock);
    this.keys = Map.copyOf(b.keys);
    b.markets.values().forEach(ledger::market);
    b.balances.forEach(ledger::deposit);
    income.addAll(b.income);
    open.put("GET /api/v3/ping", p -> ok("{}"));
    open.put("GET /api/v3/time", p -> ok("{\"serverTime\":" + clock().millis() + "}"));
    open.put("GET /fapi/v1/time", p -> ok("{\"serverTime\":" + clock().millis() + "}"));
    signed.put("GET /api/v3/account", p -> ok(Json.write(account())));
    signed.put("POST /api/v3/order", this::newOrder);
    signed.put("POST /api/v3/order/test", p -> ok("{}"));
    signed.put("GET /api/v3/order", p -> ok(Json.write(orderJson(find(p)))));
    signed.put("DELETE /api/v3/order", this::cancel);
    signed.put("GET /api/v3/openOrders", this::openOrders);
    signed.put("GET /fapi/v1/income", this::income);
  }

  /** A new builder: no keys, no markets, empty balances, clock at the current time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Adds a futures income record. */
  public void addIncome(IncomeRecord record) {
    synchronized (income) {
      income.add(Objects.requireNonNull(record, "record"));
    }
  }

  @Override
  Reply handle(RecordedRequest request) {
    String target = request.getTarget();
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String route = request.getMethod() + " " + path;
    try {
      if (signed.containsKey(route)) {
        return signed.get(route).handle(verify(request, q < 0 ? "" : target.substring(q + 1)));
      }
      if (open.containsKey(route)) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Pair p : WireParams.parse(q < 0 ? "" : target.substring(q + 1))) {
          params.put(p.key(), p.value());
        }
        return open.get(route).handle(params);
      }
      return new Reply(404, "<html><body><h1>404 Not Found</h1></body></html>", Map.of());
    } catch (BinanceError e) {
      return error(e.status, e.code, e.getMessage());
    }
  }

  @Override
  MockResponse.Builder rateLimitBody(MockResponse.Builder response, Fault fault) {
    String msg = fault.kind() == Fault.Kind.BANNED
        ? "Way too much request weight used; IP banned until "
            + (clock().millis() + fault.retryAfterSeconds() * 1000) + ". Please use WebSocket Streams for live updates to avoid bans."
        : "Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket"
            + " Streams for live updates to avoid polling the API.";
    return response.addHeader("Content-Type", "application/json;charset=UTF-8")
        .body("{\"code\":-1003,\"msg\":\"" + msg + "\"}");
  }

  // ---- verification, from the raw request only ----

  private Map<String, String> verify(RecordedRequest request, String rawQuery) throws BinanceError {
    String apiKey = request.getHeaders().get("X-MBX-APIKEY");
    Key key = apiKey == null ? null : keys.get(apiKey);
    if (key == null) {
      throw new BinanceError(401, -2015, "Invalid API-key, IP, or permissions for action.");
    }
    String contentType = request.getHeaders().get("Content-Type");
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    if (!body.isEmpty() && (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded"))) {
      throw new BinanceError(400, -1102, "A mandatory parameter was not sent, was empty/null, or malformed.");
    }
    List<Pair> query = WireParams.parse(rawQuery);
    List<Pair> form = WireParams.parse(body);
    List<Pair> all = new ArrayList<>(query);
    all.addAll(form);

    Set<String> seen = new HashSet<>();
    for (Pair p : all) {
      if (!seen.add(p.key())) {
        throw new BinanceError(400, -1101, "Duplicate values for a parameter detected.");
      }
      if (p.value().isEmpty()) {
        throw new BinanceError(400, -1102, "Mandatory parameter '" + p.key() + "' was not sent, was empty/null, or malformed.");
      }
    }
    if (!seen.contains("signature")) {
      throw new BinanceError(400, -1102, "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.");
    }
    Pair last = all.get(all.size() - 1);
    if (!last.key().equals("signature")) {
      throw new BinanceError(400, -1022, "Signature for this request is not valid.");
    }
    String payload;
    if (form.isEmpty()) {
      payload = stripLast(rawQuery, last.raw());
    } else {
      payload = rawQuery + stripLast(body, last.raw());
    }
    if (!signatureMatches(key, payload, last.value())) {
      throw new BinanceError(400, -1022, "Signature for this request is not valid.");
    }

    Map<String, String> params = new LinkedHashMap<>();
    for (Pair p : all) {
      params.put(p.key(), p.value());
    }
    String ts = params.get("timestamp");
    if (ts == null) {
      throw new BinanceError(400, -1102, "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.");
    }
    long window = 5000;
    if (params.containsKey("recvWindow")) {
      window = parseLong(params.get("recvWindow"), "recvWindow");
      if (window > MAX_RECV_WINDOW || window <= 0) {
        throw new BinanceError(400, -1131, "recvWindow must be less than 60000");
      }
    }
    long timestamp = parseLong(ts, "timestamp");
    if (timestamp > 100_000_000_000_000L) {
      timestamp /= 1000; // microseconds
    }
    long now = clock().millis();
    if (timestamp >= now + 1000) {
      throw new BinanceError(400, -1021, "Timestamp for this request was 1000ms ahead of the server's time.");
    }
    if (now - timestamp > window) {
      throw new BinanceError(400, -1021, "Timestamp for this request is outside of the recvWindow.");
    }
    params.remove("signature");
    params.remove("timestamp");
    params.remove("recvWindow");
    return params;
  }

  private static String stripLast(String encoded, String lastRaw) {
    return encoded.length() == lastRaw.length() ? "" : encoded.substring(0, encoded.length() - lastRaw.length() - 1);
  }

  private static boolean signatureMatches(Key key, String payload, String signature) {
    byte[] data = payload.getBytes(StandardCharsets.UTF_8);
    try {
      if (key instanceof Hmac h) {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(h.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal(data);
        return MessageDigest.isEqual(HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
      }
      Asymmetric a = (Asymmetric) key;
      Signature verifier = Signature.getInstance(a.algorithm());
      verifier.initVerify(a.publicKey());
      verifier.update(data);
      return verifier.verify(Base64.getDecoder().decode(signature));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      return false;
    }
  }

  private static long parseLong(String value, String name) throws BinanceError {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new BinanceError(400, -1100, "Illegal characters found in parameter '" + name + "'; legal range is '^[0-9]{1,20}$'.");
    }
  }

  // ---- endpoints ----

  private Map<String, Object> account() {
    Map<String, Object> a = Json.object();
    a.put("makerCommission", 10);
    a.put("takerCommission", 10);
    a.put("buyerCommission", 0);
    a.put("sellerCommission", 0);
    Map<String, Object> rates = Json.object();
    rates.put("maker", "0.00100000");
    rates.put("taker", "0.00100000");
    rates.put("buyer", "0.00000000");
    rates.put("seller", "0.00000000");
    a.put("commissionRates", rates);
    a.put("canTrade", true);
    a.put("canWithdraw", true);
    a.put("canDeposit", true);
    a.put("brokered", false);
    a.put("requireSelfTradePrevention", false);
    a.put("preventSor", false);
    a.put("updateTime", clock().millis());
    a.put("accountType", "SPOT");
    List<Map<String, Object>> balances = new ArrayList<>();
    ledger.balances().forEach((asset, fl) -> {
      Map<String, Object> b = Json.object();
      b.put("asset", asset);
      b.put("free", Ledger.plain(fl[0], 8));
      b.put("locked", Ledger.plain(fl[1], 8));
      balances.add(b);
    });
    a.put("balances", balances);
    a.put("permissions", List.of("SPOT"));
    a.put("uid", 354937868L);
    return a;
  }

  private Reply newOrder(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    String side = required(p, "side");
    String type = required(p, "type");
    Ledger.Market market = ledger.findMarket(symbol).orElseThrow(() -> new BinanceError(400, -1121, "Invalid symbol."));
    if (!side.equals("BUY") && !side.equals("SELL")) {
      throw new BinanceError(400, -1100, "Illegal characters found in parameter 'side'; legal range is 'BUY, SELL'.");
    }
    boolean isMarket = type.equals("MARKET");
    if (!isMarket && !type.equals("LIMIT")) {
      throw new BinanceError(400, -1116, "Invalid orderType.");
    }
    BigDecimal qty;
    BigDecimal price = null;
    if (isMarket) {
      if (p.containsKey("quoteOrderQty")) {
        qty = decimal(p, "quoteOrderQty").divide(market.price(), 8, RoundingMode.DOWN);
      } else {
        qty = decimal(p, "quantity");
      }
    } else {
      required(p, "timeInForce");
      qty = decimal(p, "quantity");
      price = decimal(p, "price");
    }
    String clientId = p.getOrDefault("newClientOrderId", "x-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    Ledger.Order o;
    try {
      o = ledger.place(symbol, side.equals("BUY"), isMarket, qty, price, clientId, clock().millis());
    } catch (Ledger.Rejection r) {
      throw switch (r.getMessage()) {
        case "duplicate client order id" -> new BinanceError(400, -2010, "Duplicate order sent.");
        default -> new BinanceError(400, -2010, "Account has insufficient balance for requested action.");
      };
    }
    String respType = p.getOrDefault("newOrderRespType", "FULL");
    Map<String, Object> r = Json.object();
    r.put("symbol", o.symbol);
    r.put("orderId", o.id);
    r.put("orderListId", -1);
    r.put("clientOrderId", o.clientOrderId);
    r.put("transactTime", o.createdMillis);
    if (!respType.equals("ACK")) {
      r.put("price", Ledger.plain(o.price == null ? BigDecimal.ZERO : o.price, 8));
      r.put("origQty", Ledger.plain(o.quantity, 8));
      r.put("executedQty", Ledger.plain(o.executed, 8));
      r.put("origQuoteOrderQty", "0.00000000");
      r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
      r.put("status", o.status);
      r.put("timeInForce", p.getOrDefault("timeInForce", "GTC"));
      r.put("type", type);
      r.put("side", side);
      r.put("workingTime", o.createdMillis);
      r.put("selfTradePreventionMode", "NONE");
    }
    if (respType.equals("FULL")) {
      List<Map<String, Object>> fills = new ArrayList<>();
      if (isMarket) {
        Map<String, Object> f = Json.object();
        f.put("price", Ledger.plain(market.price(), 8));
        f.put("qty", Ledger.plain(o.quantity, 8));
        f.put("commission", "0.00000000");
        f.put("commissionAsset", market.quote());
        f.put("tradeId", o.id);
        fills.add(f);
      }
      r.put("fills", fills);
    }
    return ok(Json.write(r));
  }

  private Ledger.Order find(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    Ledger.Order o;
    if (p.containsKey("orderId")) {
      o = ledger.byId(parseLong(p.get("orderId"), "orderId")).orElse(null);
    } else if (p.containsKey("origClientOrderId")) {
      o = ledger.byClientId(p.get("origClientOrderId")).orElse(null);
    } else {
      throw new BinanceError(400, -1102, "Param 'origClientOrderId' or 'orderId' must be sent, but both were empty/null!");
    }
    if (o == null || !o.symbol.equals(symbol)) {
      throw new BinanceError(400, -2013, "Order does not exist.");
    }
    return o;
  }

  private Reply cancel(Map<String, String> p) throws BinanceError {
    Ledger.Order o = find(p);
    try {
      ledger.cancel(o, clock().millis());
    } catch (Ledger.Rejection r) {
      throw new BinanceError(400, -2011, "Unknown order sent.");
    }
    Map<String, Object> r = Json.object();
    r.put("symbol", o.symbol);
    r.put("origClientOrderId", o.clientOrderId);
    r.put("orderId", o.id);
    r.put("orderListId", -1);
    r.put("clientOrderId", p.getOrDefault("newClientOrderId", "cancel-" + o.id));
    r.put("transactTime", o.updatedMillis);
    r.put("price", Ledger.plain(o.price, 8));
    r.put("origQty", Ledger.plain(o.quantity, 8));
    r.put("executedQty", Ledger.plain(o.executed, 8));
    r.put("origQuoteOrderQty", "0.00000000");
    r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
    r.put("status", o.status);
    r.put("timeInForce", "GTC");
    r.put("type", o.market ? "MARKET" : "LIMIT");
    r.put("side", o.buy ? "BUY" : "SELL");
    r.put("selfTradePreventionMode", "NONE");
    return ok(Json.write(r));
  }

  private Reply openOrders(Map<String, String> p) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Ledger.Order o : ledger.open(p.get("symbol"))) {
      out.add(orderJson(o));
    }
    return ok(Json.write(out));
  }

  private static Map<String, Object> orderJson(Ledger.Order o) {
    Map<String, Object> r = Json.object();
    r.put("symbol", o.symbol);
    r.put("orderId", o.id);
    r.put("orderListId", -1);
    r.put("clientOrderId", o.clientOrderId);
    r.put("price", Ledger.plain(o.price == null ? BigDecimal.ZERO : o.price, 8));
    r.put("origQty", Ledger.plain(o.quantity, 8));
    r.put("executedQty", Ledger.plain(o.executed, 8));
    r.put("cummulativeQuoteQty", Ledger.plain(o.quoteExecuted, 8));
    r.put("status", o.status);
    r.put("timeInForce", "GTC");
    r.put("type", o.market ? "MARKET" : "LIMIT");
    r.put("side", o.buy ? "BUY" : "SELL");
    r.put("stopPrice", "0.00000000");
    r.put("icebergQty", "0.00000000");
    r.put("time", o.createdMillis);
    r.put("updateTime", o.updatedMillis);
    r.put("isWorking", true);
    r.put("origQuoteOrderQty", "0.00000000");
    r.put("workingTime", o.createdMillis);
    r.put("selfTradePreventionMode", "NONE");
    return r;
  }

  private Reply income(Map<String, String> p) throws BinanceError {
    String symbol = p.get("symbol");
    String type = p.get("incomeType");
    long start = p.containsKey("startTime") ? parseLong(p.get("startTime"), "startTime") : Long.MIN_VALUE;
    long end = p.containsKey("endTime") ? parseLong(p.get("endTime"), "endTime") : Long.MAX_VALUE;
    int limit = p.containsKey("limit") ? (int) parseLong(p.get("limit"), "limit") : 100;
    List<Map<String, Object>> out = new ArrayList<>();
    synchronized (income) {
      long tranId = 9689322392L;
      for (IncomeRecord i : income) {
        long t = i.time().toEpochMilli();
        if ((symbol == null || symbol.equals(i.symbol())) && (type == null || type.equals(i.incomeType()))
            && t >= start && t <= end && out.size() < limit) {
          Map<String, Object> r = Json.object();
          r.put("symbol", i.symbol());
          r.put("incomeType", i.incomeType());
          r.put("income", i.income().toPlainString());
          r.put("asset", i.asset());
          r.put("info", i.incomeType());
          r.put("time", t);
          r.put("tranId", tranId++);
          r.put("tradeId", "");
          out.add(r);
        }
      }
    }
    return ok(Json.write(out));
  }

  private static String required(Map<String, String> p, String name) throws BinanceError {
    String v = p.get(name);
    if (v == null) {
      throw new BinanceError(400, -1102, "Mandatory parameter '" + name + "' was not sent, was empty/null, or malformed.");
    }
    return v;
  }

  private static BigDecimal decimal(Map<String, String> p, String name) throws BinanceError {
    String v = required(p, name);
    try {
      BigDecimal d = new BigDecimal(v);
      if (d.signum() <= 0) {
        throw new BinanceError(400, -1013, "Filter failure: " + name + " must be positive.");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new BinanceError(400, -1100, "Illegal characters found in parameter '" + name + "'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
    }
  }

  private static Reply ok(String body) {
    return Reply.json(200, body);
  }

  private static Reply error(int status, int code, String msg) {
    Map<String, Object> e = Json.object();
    e.put("code", code);
    e.put("msg", msg);
    return Reply.json(status, Json.write(e));
  }

  /** Configures a {@link FakeBinance}; {@link #build()} starts it. */
  public static final class Builder {
    private final Map<String, Key> keys = new HashMap<>();
    private final Map<String, Ledger.Market> markets = new LinkedHashMap<>();
    private final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    private final List<IncomeRecord> income = new ArrayList<>();
    private FakeClock clock = FakeClock.startingNow();

    private Builder() {}

    /** Accepts an HMAC key. */
    public Builder hmacKey(String apiKey, String secretKey) {
      keys.put(Objects.requireNonNull(apiKey, "apiKey"), new Hmac(Objects.requireNonNull(secretKey, "secretKey")));
      return this;
    }

    /** Accepts an RSA key, verified with its public key. */
    public Builder rsaKey(String apiKey, PublicKey publicKey) {
      keys.put(Objects.requireNonNull(apiKey, "apiKey"), new Asymmetric(publicKey, "SHA256withRSA"));
      return this;
    }

    /** Accepts an Ed25519 key, verified with its public key. */
    public Builder ed25519Key(String apiKey, PublicKey publicKey) {
      keys.put(Objects.requireNonNull(apiKey, "apiKey"), new Asymmetric(publicKey, "Ed25519"));
      return this;
    }

    /** A tradable symbol whose MARKET orders fill at {@code price}. */
    public Builder market(String symbol, String base, String quote, BigDecimal price) {
      markets.put(symbol, new Ledger.Market(symbol, base, quote, price));
      return this;
    }

    /** A starting free balance. */
    public Builder balance(String asset, BigDecimal amount) {
      balances.merge(asset, amount, BigDecimal::add);
      return this;
    }

    /** A futures income record to serve. */
    public Builder income(IncomeRecord record) {
      income.add(Objects.requireNonNull(record, "record"));
      return this;
    }

    /** The server clock (default: starting at the current time). */
    public Builder clock(FakeClock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Starts the fake on a loopback port. */
    public FakeBinance build() {
      return new FakeBinance(this);
    }
  }
}
