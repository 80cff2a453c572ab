package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * User routes on both fakes, driven through real HTTP with OkHttp and requests signed by hand here:
 * canned answers with exact status, body and headers; signed routes checked before the handler runs;
 * routes added while the fake serves; precedence over built-in endpoints only on the exact method
 * and path.
 */
class UserRoutesTest {
  private static final String KEY = "route-key";
  private static final String SECRET = TestKeys.binanceSecret();
  private static final String KRAKEN_SECRET = TestKeys.krakenPrivateKey();
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
  private static final String DEPTH = "{\"lastUpdateId\":1027024,\"bids\":[[\"4.00000000\",\"431.00000000\"]],"
      + "\"asks\":[[\"4.00000200\",\"12.00000000\"]]}";

  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final List<FakeExchange> fakes = new ArrayList<>();

  @AfterEach
  void stop() {
    fakes.forEach(FakeExchange::close);
  }

  private <F extends FakeExchange> F started(F fake) {
    fakes.add(fake);
    return fake;
  }

  private record Answer(int status, String body, String contentType, String weight) {}

  private Answer call(Request request) throws Exception {
    try (Response r = http.newCall(request).execute()) {
      return new Answer(r.code(), r.body().string(), r.header("Content-Type"), r.header("X-MBX-USED-WEIGHT-1M"));
    }
  }

  private static String hmac256(String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }

  private static String krakenSign(String path, String nonce, String body) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest((nonce + body).getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(KRAKEN_SECRET), "HmacSHA512"));
    mac.update(path.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac.doFinal(hash));
  }

  // ---- Binance ----

  @Test
  void binanceBuilderRouteAnswersACannedDepthWithExactStatusBodyAndHeaders() throws Exception {
    List<FakeRequest> seen = new ArrayList<>();
    FakeBinance binance = started(FakeBinance.builder()
        .route("GET", "/api/v3/depth", request -> {
          seen.add(request);
          return Reply.json(200, DEPTH).withHeader("X-MBX-USED-WEIGHT-1M", "5");
        })
        .build());

    Answer a = call(new Request.Builder().url(binance.baseUrl() + "/api/v3/depth?symbol=BNBBTC&limit=5&note=a%20b").build());

    assertThat(a).isEqualTo(new Answer(200, DEPTH, "application/json;charset=UTF-8", "5"));
    assertThat(seen).hasSize(1);
    FakeRequest r = seen.get(0);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.path()).isEqualTo("/api/v3/depth");
    assertThat(r.target()).isEqualTo("/api/v3/depth?symbol=BNBBTC&limit=5&note=a%20b");
    assertThat(r.params()).containsExactly(Map.entry("symbol", "BNBBTC"), Map.entry("limit", "5"), Map.entry("note", "a b"));
    assertThat(r.param("limit")).contains("5");
    assertThat(r.param("absent")).isEmpty();
    assertThat(r.header("host")).contains(binance.baseUrl().substring("http://".length()));
    assertThat(r.bodyUtf8()).isEmpty();
    assertThat(binance.requestCount()).isEqualTo(1);
  }

  @Test
  void binanceSignedRouteRejectsABadSignatureBeforeTheHandlerRuns() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    FakeBinance binance = started(FakeBinance.builder().hmacKey(KEY, SECRET)
        .route("GET", "/api/v3/myTrades", Access.SIGNED, request -> {
          calls.incrementAndGet();
          return Reply.json(200, "[]");
        })
        .build());
    String q = "symbol=BTCUSDT&timestamp=" + binance.clock().millis();
    String url = binance.baseUrl() + "/api/v3/myTrades?" + q + "&signature=";

    Answer bad = call(new Request.Builder().url(url + hmac256(q + "&x=1")).header("X-MBX-APIKEY", KEY).build());
    assertThat(bad).isEqualTo(new Answer(400, "{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}",
        "application/json;charset=UTF-8", null));
    Answer stranger = call(new Request.Builder().url(url + hmac256(q)).header("X-MBX-APIKEY", "nobody").build());
    assertThat(stranger.status()).isEqualTo(401);
    assertThat(stranger.body()).isEqualTo("{\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}");
    assertThat(calls).hasValue(0);

    Answer good = call(new Request.Builder().url(url + hmac256(q)).header("X-MBX-APIKEY", KEY).build());
    assertThat(good).isEqualTo(new Answer(200, "[]", "application/json;charset=UTF-8", null));
    assertThat(calls).hasValue(1);
  }

  @Test
  void binanceKeyedRouteNeedsAKnownKeyButNoSignature() throws Exception {
    FakeBinance binance = started(FakeBinance.builder().hmacKey(KEY, SECRET).build());
    binance.route("POST", "/api/v3/userDataStream", Access.KEYED, request -> Reply.json(200, "{\"listenKey\":\"pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1\"}"));
    RequestBody empty = RequestBody.create(new byte[0], null);

    Answer none = call(new Request.Builder().url(binance.baseUrl() + "/api/v3/userDataStream").post(empty).build());
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body()).startsWith("{\"code\":-2015,");
    Answer keyed = call(new Request.Builder().url(binance.baseUrl() + "/api/v3/userDataStream").post(empty)
        .header("X-MBX-APIKEY", KEY).build());
    assertThat(keyed.status()).isEqualTo(200);
    assertThat(keyed.body()).startsWith("{\"listenKey\":\"pqia91");
  }

  @Test
  void binanceRuntimeRouteOverridesOnlyItsExactMethodAndPathAndShowsErrorShapes() throws Exception {
    FakeBinance binance = started(FakeBinance.builder().build());
    Request time = new Request.Builder().url(binance.baseUrl() + "/api/v3/time").build();
    Request depth = new Request.Builder().url(binance.baseUrl() + "/api/v3/depth?symbol=NOPE").build();
    assertThat(call(depth).body()).isEqualTo("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}"); // built in (market data)

    binance.route("GET", "/api/v3/depth", request -> Reply.binanceError(400, -1121, "Invalid symbol (user route)."));
    binance.route("POST", "/api/v3/time", request -> Reply.of(503, "text/plain", "down"));

    assertThat(call(depth)).isEqualTo(new Answer(400, "{\"code\":-1121,\"msg\":\"Invalid symbol (user route).\"}",
        "application/json;charset=UTF-8", null));
    assertThat(call(time).body()).startsWith("{\"serverTime\":"); // GET /api/v3/time is still built in
    Answer post = call(new Request.Builder().url(binance.baseUrl() + "/api/v3/time").post(RequestBody.create(new byte[0], null)).build());
    assertThat(post).isEqualTo(new Answer(503, "down", "text/plain", null));

    binance.route("GET", "/api/v3/time", request -> Reply.json(200, "{\"serverTime\":1}"));
    assertThat(call(time).body()).isEqualTo("{\"serverTime\":1}");
  }

  @Test
  void faultsApplyToUserRoutesAndAThrowingHandlerGives500() throws Exception {
    FakeBinance binance = started(FakeBinance.builder()
        .route("GET", "/api/v3/depth", request -> Reply.json(200, DEPTH))
        .route("GET", "/api/v3/boom", request -> {
          throw new IllegalStateException("boom");
        })
        .build());
    binance.failNext(1, Fault.tooManyRequests(2));
    Request depth = new Request.Builder().url(binance.baseUrl() + "/api/v3/depth").build();
    try (Response r = http.newCall(depth).execute()) {
      assertThat(r.code()).isEqualTo(429);
      assertThat(r.header("Retry-After")).isEqualTo("2");
    }
    assertThat(call(depth).body()).isEqualTo(DEPTH);
    Answer boom = call(new Request.Builder().url(binance.baseUrl() + "/api/v3/boom").build());
    assertThat(boom.status()).isEqualTo(500);
    assertThat(boom.body()).contains("boom");
  }

  // ---- Kraken ----

  @Test
  void krakenPublicRouteAnswersACannedTicker() throws Exception {
    String ticker = "{\"XXBTZUSD\":{\"a\":[\"40000.10000\",\"1\",\"1.000\"],\"c\":[\"40000.00000\",\"0.01\"]}}";
    FakeKraken kraken = started(FakeKraken.builder()
        .route("GET", "/0/public/Ticker", request -> Reply.krakenResult(ticker))
        .build());
    Answer a = call(new Request.Builder().url(kraken.baseUrl() + "/0/public/Ticker?pair=XBTUSD").build());
    assertThat(a).isEqualTo(new Answer(200, "{\"error\":[],\"result\":" + ticker + "}", "application/json;charset=UTF-8", null));
  }

  @Test
  void krakenSignedRouteRejectsABadSignatureBeforeTheHandlerRunsAndChecksTheNonce() throws Exception {
    List<FakeRequest> seen = new ArrayList<>();
    FakeKraken kraken = started(FakeKraken.builder().key(KEY, KRAKEN_SECRET).build());
    kraken.route("POST", "/0/private/Ledgers", Access.SIGNED, request -> {
      seen.add(request);
      return Reply.krakenResult("{\"ledger\":{},\"count\":0}");
    });
    String path = "/0/private/Ledgers";
    String body = "nonce=7&asset=XBT";

    Answer bad = call(post(kraken, path, body, krakenSign(path, "7", "nonce=7&asset=ETH")));
    assertThat(bad).isEqualTo(new Answer(200, "{\"error\":[\"EAPI:Invalid key\"]}", "application/json;charset=UTF-8", null));
    assertThat(seen).isEmpty();

    Answer good = call(post(kraken, path, body, krakenSign(path, "7", body)));
    assertThat(good.body()).isEqualTo("{\"error\":[],\"result\":{\"ledger\":{},\"count\":0}}");
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).params()).containsExactly(Map.entry("nonce", "7"), Map.entry("asset", "XBT"));
    assertThat(seen.get(0).bodyUtf8()).isEqualTo(body);
    assertThat(seen.get(0).header("api-key")).contains(KEY);

    Answer replay = call(post(kraken, path, body, krakenSign(path, "7", body)));
    assertThat(replay.body()).isEqualTo("{\"error\":[\"EAPI:Invalid nonce\"]}");
    assertThat(seen).hasSize(1);
    assertThat(kraken.lastNonce(KEY)).isEqualTo(7L);
  }

  @Test
  void krakenUserRouteOverridesABuiltInMethodOnlyOnItsExactPath() throws Exception {
    FakeKraken kraken = started(FakeKraken.builder().key(KEY, KRAKEN_SECRET)
        .balance("ZUSD", new java.math.BigDecimal("10"))
        .route("POST", "/0/private/Balance", Access.SIGNED, request -> Reply.krakenError("EService:Unavailable"))
        .build());
    String balance = "/0/private/Balance";
    String trade = "/0/private/OpenOrders";
    assertThat(call(post(kraken, balance, "nonce=1", krakenSign(balance, "1", "nonce=1"))).body())
        .isEqualTo("{\"error\":[\"EService:Unavailable\"]}");
    assertThat(call(post(kraken, trade, "nonce=2", krakenSign(trade, "2", "nonce=2"))).body())
        .isEqualTo("{\"error\":[],\"result\":{\"open\":{}}}");
  }

  @Test
  void krakenRefusesRoutesItCannotHave() {
    FakeKraken kraken = started(FakeKraken.builder().build());
    RouteHandler any = request -> Reply.krakenResult("{}");
    assertThatThrownBy(() -> kraken.route("POST", "/0/private/X", Access.KEYED, any))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no key-only");
    assertThatThrownBy(() -> FakeKraken.builder().route("GET", "/0/private/X", Access.SIGNED, any))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("POST");
    assertThatThrownBy(() -> kraken.route("GET", "/0/public/Ticker?pair=XBTUSD", any))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no query");
  }

  private static Request post(FakeKraken kraken, String path, String body, String sign) {
    return new Request.Builder().url(kraken.baseUrl() + path).header("API-Key", KEY).header("API-Sign", sign)
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), FORM)).build();
  }
}
