package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * The fakes' rate limits, over real HTTP on a clock the test moves: Binance's weight and order
 * windows (429 with {@code Retry-After}, the 418 ban after repeated 429s, the count headers on every
 * answer) and Kraken's decaying call counter ({@code EAPI:Rate limit exceeded}) beside its nonces.
 */
class LimitEnforcersTest {
  private static final String KEY = "limit-key";
  private static final String KRAKEN_SECRET = TestKeys.krakenPrivateKey();
  private static final long T0 = Instant.parse("2026-12-03T10:00:10Z").toEpochMilli();
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final List<FakeExchange> fakes = new ArrayList<>();
  private final SetClock clock = new SetClock(T0);

  /** A clock that stands still until the test moves it. */
  private static final class SetClock extends Clock {
    private final AtomicLong millis;

    SetClock(long millis) {
      this.millis = new AtomicLong(millis);
    }

    void advance(long by) {
      millis.addAndGet(by);
    }

    @Override
    public long millis() {
      return millis.get();
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private record Answer(int status, String body, Map<String, String> headers) {}

  @AfterEach
  void stop() {
    fakes.forEach(FakeExchange::close);
  }

  private <F extends FakeExchange> F started(F fake) {
    fakes.add(fake);
    return fake;
  }

  private Answer call(Request request, String... headers) throws Exception {
    try (Response r = http.newCall(request).execute()) {
      Map<String, String> h = new java.util.LinkedHashMap<>();
      for (String name : headers) {
        if (r.header(name) != null) {
          h.put(name, r.header(name));
        }
      }
      return new Answer(r.code(), r.body().string(), h);
    }
  }

  private Answer get(FakeExchange fake, String path) throws Exception {
    return call(new Request.Builder().url(fake.baseUrl() + path).build(), "Retry-After", "X-MBX-USED-WEIGHT-1M");
  }

  private Answer order(FakeExchange fake) throws Exception {
    return call(new Request.Builder().url(fake.baseUrl() + "/api/v3/order").post(RequestBody.create(new byte[0], FORM)).build(),
        "Retry-After", "X-MBX-USED-WEIGHT-1M", "X-MBX-ORDER-COUNT-10S", "X-MBX-ORDER-COUNT-1D");
  }

  private static Map<String, String> weight(long used) {
    return Map.of("X-MBX-USED-WEIGHT-1M", Long.toString(used));
  }

  @Test
  void binanceCountsWeightPerClockMinuteAndAnswers429WithRetryAfterUntilTheNextMinute() throws Exception {
    AtomicInteger depth = new AtomicInteger();
    BinanceLimitEnforcer limits = BinanceLimitEnforcer.builder().weightPerMinute(5).weight("GET", "/api/v3/depth", 3)
        .clock(clock).build();
    FakeBinance fake = started(FakeBinance.builder().enforceLimits(limits).route("GET", "/api/v3/depth", r -> {
      depth.incrementAndGet();
      return Reply.json(200, "{}");
    }).build());

    assertThat(get(fake, "/api/v3/ping")).isEqualTo(new Answer(200, "{}", weight(1)));
    assertThat(get(fake, "/api/v3/depth")).isEqualTo(new Answer(200, "{}", weight(4)));
    assertThat(get(fake, "/api/v3/ping")).isEqualTo(new Answer(200, "{}", weight(5)));
    clock.advance(49_001);  // 10:00:59.001: 0.999 s to the next minute
    assertThat(get(fake, "/api/v3/depth")).isEqualTo(new Answer(429, "{\"code\":-1003,\"msg\":\"Too much request weight"
        + " used; current limit is 5 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid"
        + " polling the API.\"}", Map.of("Retry-After", "1", "X-MBX-USED-WEIGHT-1M", "5")));
    assertThat(depth).as("a refused request is not handled").hasValue(1);
    assertThat(limits.tooManyRequests()).isEqualTo(1);

    clock.advance(999);  // 10:01:00.000, a new window
    assertThat(get(fake, "/api/v3/depth")).isEqualTo(new Answer(200, "{}", weight(3)));
    assertThat(get(fake, "/api/v3/time").headers()).isEqualTo(weight(4));
    assertThat(limits.weightByMinute()).isEqualTo(Map.of(T0 - 10_000, 5L, T0 + 50_000, 4L));
    assertThat(limits.bans()).isZero();
  }

  @Test
  void binanceBansTheIpWith418AfterRepeated429sUntilTheBanEnds() throws Exception {
    BinanceLimitEnforcer limits = BinanceLimitEnforcer.builder().weightPerMinute(1)
        .bansAfter(2, Duration.ofSeconds(90)).clock(clock).build();
    FakeBinance fake = started(FakeBinance.builder().enforceLimits(limits).build());

    assertThat(get(fake, "/api/v3/ping").status()).isEqualTo(200);
    assertThat(get(fake, "/api/v3/ping").status()).isEqualTo(429);
    assertThat(get(fake, "/api/v3/ping").status()).isEqualTo(429);
    String banned = "{\"code\":-1003,\"msg\":\"Way too much request weight used; IP banned until " + (T0 + 90_000)
        + ". Please use WebSocket Streams for live updates to avoid bans.\"}";
    assertThat(get(fake, "/api/v3/ping")).isEqualTo(new Answer(418, banned, Map.of("Retry-After", "90",
        "X-MBX-USED-WEIGHT-1M", "1")));
    clock.advance(60_000);  // a new minute, but still banned
    assertThat(get(fake, "/api/v3/ping")).isEqualTo(new Answer(418, banned, Map.of("Retry-After", "30",
        "X-MBX-USED-WEIGHT-1M", "0")));
    clock.advance(30_000);
    assertThat(get(fake, "/api/v3/ping")).isEqualTo(new Answer(200, "{}", weight(1)));
    assertThat(limits.tooManyRequests()).isEqualTo(2);
    assertThat(limits.bans()).isEqualTo(2);
  }

  @Test
  void binanceStrikesStartAgainInEachMinuteWindow() throws Exception {
    BinanceLimitEnforcer limits = BinanceLimitEnforcer.builder().weightPerMinute(1)
        .bansAfter(1, Duration.ofSeconds(90)).clock(clock).build();
    FakeBinance fake = started(FakeBinance.builder().enforceLimits(limits).build());

    assertThat(get(fake, "/api/v3/ping").status()).isEqualTo(200);
    assertThat(get(fake, "/api/v3/ping").status()).isEqualTo(429);
    clock.advance(50_000);
    assertThat(get(fake, "/api/v3/ping").status()).isEqualTo(200);
    assertThat(get(fake, "/api/v3/ping").status()).as("the first strike of this minute").isEqualTo(429);
    assertThat(get(fake, "/api/v3/ping").status()).isEqualTo(418);
  }

  @Test
  void binanceCountsOrdersPer10SecondsAndPerDayWithTheirHeaders() throws Exception {
    BinanceLimitEnforcer limits = BinanceLimitEnforcer.builder().ordersPer10Seconds(2).ordersPerDay(3)
        .bansAfter(10, Duration.ofMinutes(2)).clock(clock).build();
    FakeBinance fake = started(FakeBinance.builder().enforceLimits(limits)
        .route("POST", "/api/v3/order", r -> Reply.json(200, "{\"orderId\":1}")).build());

    assertThat(order(fake)).isEqualTo(new Answer(200, "{\"orderId\":1}", Map.of("X-MBX-USED-WEIGHT-1M", "1",
        "X-MBX-ORDER-COUNT-10S", "1", "X-MBX-ORDER-COUNT-1D", "1")));
    assertThat(order(fake).headers()).isEqualTo(Map.of("X-MBX-USED-WEIGHT-1M", "2", "X-MBX-ORDER-COUNT-10S", "2",
        "X-MBX-ORDER-COUNT-1D", "2"));
    clock.advance(7_500);  // 10:00:17.5
    assertThat(order(fake)).isEqualTo(new Answer(429, "{\"code\":-1015,\"msg\":\"Too many new orders; current limit is 2"
        + " orders per 10 SECOND.\"}", Map.of("Retry-After", "3", "X-MBX-USED-WEIGHT-1M", "2")));
    clock.advance(2_500);  // 10:00:20
    assertThat(order(fake).headers()).isEqualTo(Map.of("X-MBX-USED-WEIGHT-1M", "3", "X-MBX-ORDER-COUNT-10S", "1",
        "X-MBX-ORDER-COUNT-1D", "3"));
    clock.advance(10_000);
    assertThat(order(fake)).isEqualTo(new Answer(429, "{\"code\":-1015,\"msg\":\"Too many new orders; current limit is 3"
        + " orders per 1 DAY.\"}", Map.of("Retry-After", Long.toString(86_400 - 10 * 3600 - 30), "X-MBX-USED-WEIGHT-1M", "3")));
    assertThat(get(fake, "/api/v3/ping").headers()).as("no order counts on other endpoints").isEqualTo(weight(4));
    assertThat(limits.tooManyRequests()).isEqualTo(2);
  }

  @Test
  void binanceEnforcerRefusesBadSettingsNamingThem() {
    assertThatThrownBy(() -> BinanceLimitEnforcer.builder().weightPerMinute(0))
        .hasMessage("weightPerMinute is 0; pass 1 or more.");
    assertThatThrownBy(() -> BinanceLimitEnforcer.builder().ordersPer10Seconds(-1))
        .hasMessage("ordersPer10Seconds is -1; pass 1 or more.");
    assertThatThrownBy(() -> BinanceLimitEnforcer.builder().ordersPerDay(0)).hasMessage("ordersPerDay is 0; pass 1 or more.");
    assertThatThrownBy(() -> BinanceLimitEnforcer.builder().weight("GET", "/api/v3/ping", -2))
        .hasMessage("weight is -2; pass 0 or more.");
    assertThatThrownBy(() -> BinanceLimitEnforcer.builder().bansAfter(-1, Duration.ofMinutes(2)))
        .hasMessage("bansAfter strikes is -1; pass 0 or more (Binance bans after a few 429s).");
    assertThatThrownBy(() -> BinanceLimitEnforcer.builder().bansAfter(1, Duration.ZERO))
        .hasMessage("ban duration PT0S is not positive; pass e.g. Duration.ofMinutes(2).");
  }

  // ---- Kraken ----

  private Answer kraken(FakeKraken fake, String method, long nonce) throws Exception {
    String path = "/0/private/" + method;
    String body = "nonce=" + nonce;
    byte[] hash = MessageDigest.getInstance("SHA-256").digest((nonce + body).getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(KRAKEN_SECRET), "HmacSHA512"));
    mac.update(path.getBytes(StandardCharsets.UTF_8));
    String sign = Base64.getEncoder().encodeToString(mac.doFinal(hash));
    return call(new Request.Builder().url(fake.baseUrl() + path).post(RequestBody.create(body, FORM))
        .header("API-Key", KEY).header("API-Sign", sign).build());
  }

  @Test
  void krakenRefusesACallPastTheDecayingCounterAndCountsRefusedNonces() throws Exception {
    KrakenLimitEnforcer limits = KrakenLimitEnforcer.builder().tier(3, new BigDecimal("0.5")).clock(clock).build();
    FakeKraken fake = started(FakeKraken.builder().key(KEY, KRAKEN_SECRET).balance("ZUSD", BigDecimal.TEN)
        .enforceLimits(limits).build());
    String balance = "{\"error\":[],\"result\":{\"ZUSD\":\"10.0000000000\"}}";

    assertThat(kraken(fake, "Balance", 1)).isEqualTo(new Answer(200, balance, Map.of()));
    assertThat(kraken(fake, "TradesHistory", 2).body()).startsWith("{\"error\":[],");
    assertThat(limits.level(KEY)).isEqualByComparingTo("3");
    assertThat(kraken(fake, "Balance", 3)).isEqualTo(new Answer(200, "{\"error\":[\"EAPI:Rate limit exceeded\"]}", Map.of()));
    assertThat(kraken(fake, "CancelOrder", 4).body()).as("order methods cost nothing here")
        .doesNotContain("EAPI:Rate limit exceeded");
    clock.advance(3_500);  // 1.75 decayed: 1.25
    assertThat(limits.level(KEY)).isEqualTo(new BigDecimal("1.250000"));
    clock.advance(500);
    assertThat(kraken(fake, "Balance", 5)).isEqualTo(new Answer(200, balance, Map.of()));
    assertThat(kraken(fake, "Balance", 5)).as("counted, then refused for its nonce")
        .isEqualTo(new Answer(200, "{\"error\":[\"EAPI:Invalid nonce\"]}", Map.of()));
    assertThat(limits.level(KEY)).isEqualTo(new BigDecimal("3.000000"));
    assertThat(limits.rateLimited()).isEqualTo(1);
    assertThat(limits.invalidNonces()).isEqualTo(1);
    assertThat(limits.admittedCost()).isEqualTo(5);
    clock.advance(60_000);
    assertThat(limits.level(KEY)).isEqualTo(new BigDecimal("0.000000"));
    assertThat(limits.level("stranger")).isEqualTo(new BigDecimal("0.000000"));
  }

  @Test
  void krakenEnforcerRefusesBadSettingsNamingThem() {
    assertThatThrownBy(() -> KrakenLimitEnforcer.builder().tier(0, BigDecimal.ONE))
        .hasMessage("tier max is 0; pass 1 or more (Starter: 15).");
    assertThatThrownBy(() -> KrakenLimitEnforcer.builder().tier(15, new BigDecimal("0.0005")))
        .hasMessage("tier decayPerSecond is 0.0005; pass more than zero with at most 3 decimals (Starter: 0.33).");
    assertThatThrownBy(() -> KrakenLimitEnforcer.builder().tier(15, BigDecimal.ZERO))
        .hasMessage("tier decayPerSecond is 0; pass more than zero with at most 3 decimals (Starter: 0.33).");
    assertThatThrownBy(() -> KrakenLimitEnforcer.builder().cost("Balance", -1))
        .hasMessage("cost of Balance is -1; pass 0 or more.");
  }
}
