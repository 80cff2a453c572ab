package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceLimits;
import dev.signet.binance.IpBannedException;
import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.Ticker;
import dev.signet.testkit.FakeTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Each of Binance's windows at its edges: exact waits, exact refusals, the futures minute, SAPI, holds. */
class WeightTrackerLimitsTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final Endpoint ACCOUNT = SpotEndpoints.ACCOUNT;
  private static final Endpoint ORDER = SpotEndpoints.NEW_ORDER;
  private static final Endpoint CANCEL = SpotEndpoints.CANCEL_ORDER;
  private static final Endpoint FUTURES_ORDER =
      Endpoint.post("/fapi/v1/order").signed().order(1, "newClientOrderId").weight(0).build();
  private static final Endpoint SAPI_IP =
      Endpoint.get("/sapi/v1/capital/config/getall").signed().limit(Endpoint.Limit.SAPI_IP_WEIGHT).weight(10).build();
  private static final Endpoint SAPI_UID =
      Endpoint.get("/sapi/v1/asset/assetDividend").signed().limit(Endpoint.Limit.SAPI_UID_WEIGHT).weight(10).build();

  private final FakeTicker ticker = FakeTicker.at(START);

  private WeightTracker spot(Duration maxWait) {
    return new WeightTracker("api.binance.com", BinanceLimits.SPOT, maxWait, ticker);
  }

  private static Response response(int code, String... headers) {
    Response.Builder b = new Response.Builder()
        .request(new Request.Builder().url("https://api.binance.com/api/v3/account").build())
        .protocol(Protocol.HTTP_1_1).code(code).message("x").body(ResponseBody.create(new byte[0], null));
    for (int i = 0; i < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    return b.build();
  }

  @Test
  void spotHasTheWeightThe10SecondAndTheDailyOrderWindowsAndNoMinuteOne() {
    assertThat(spot(Duration.ZERO).usage()).containsExactly(
        new RateLimitUsage("api.binance.com REQUEST_WEIGHT 1m", 0, 6000, Duration.ofMinutes(1)),
        new RateLimitUsage("api.binance.com ORDERS 10s", 0, 50, Duration.ofSeconds(10)),
        new RateLimitUsage("api.binance.com ORDERS 1d", 0, 160_000, Duration.ofDays(1)));
  }

  @Test
  void futuresHasTheWeightThe10SecondAndTheMinuteOrderWindowsAndNoDailyOne() {
    WeightTracker futures = new WeightTracker("fapi.binance.com", BinanceLimits.FUTURES, Duration.ZERO, ticker);
    assertThat(futures.usage()).containsExactly(
        new RateLimitUsage("fapi.binance.com REQUEST_WEIGHT 1m", 0, 2400, Duration.ofMinutes(1)),
        new RateLimitUsage("fapi.binance.com ORDERS 10s", 0, 300, Duration.ofSeconds(10)),
        new RateLimitUsage("fapi.binance.com ORDERS 1m", 0, 1200, Duration.ofMinutes(1)));
  }

  @Test
  void theFuturesMinuteWindowRefusesThe1201stOrderThoughThe10SecondWindowHasRoom() {
    WeightTracker futures = new WeightTracker("fapi.binance.com", BinanceLimits.FUTURES, Duration.ZERO, ticker);
    for (int window = 0; window < 4; window++) {
      for (int i = 0; i < 300; i++) {
        futures.acquire(FUTURES_ORDER, 1);
      }
      ticker.advance(Duration.ofSeconds(10));
    }
    assertThat(futures.usage().get(2)).isEqualTo(
        new RateLimitUsage("fapi.binance.com ORDERS 1m", 1200, 1200, Duration.ofMinutes(1)));
    // 10:00:40: the 10 s window is new, the minute is full until 10:01:00
    assertThatThrownBy(() -> futures.acquire(FUTURES_ORDER, 1))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(20)))
        .hasMessage("Not sent: fapi.binance.com ORDERS 1m (limit 1200) allows the next call in 20000 ms, longer than"
            + " the allowed wait of 0 ms.");
    assertThat(futures.usage().get(2).used()).isEqualTo(1200);
  }

  @Test
  void aFuturesOrderWithinTheAllowedWaitWaitsForTheNextMinute() {
    WeightTracker futures = new WeightTracker("fapi.binance.com", BinanceLimits.FUTURES, Duration.ofSeconds(20), ticker);
    for (int window = 0; window < 4; window++) {
      for (int i = 0; i < 300; i++) {
        futures.acquire(FUTURES_ORDER, 1);
      }
      ticker.advance(Duration.ofSeconds(10));
    }
    futures.acquire(FUTURES_ORDER, 1);
    assertThat(ticker.waits()).containsExactly(Duration.ofSeconds(20));
    assertThat(ticker.now()).isEqualTo(Instant.parse("2026-11-22T10:01:00Z"));
    assertThat(futures.usage().get(2).used()).isEqualTo(1);
  }

  @Test
  void aWaitOfExactlyTheAllowedWaitIsWaitedNotRefused() {
    WeightTracker patient = spot(Duration.ofSeconds(45));
    patient.acquire(ACCOUNT, 6000);
    ticker.advance(Duration.ofSeconds(15));
    patient.acquire(ACCOUNT, 20);
    assertThat(ticker.waits()).containsExactly(Duration.ofSeconds(45));
    assertThat(patient.usage().get(0).used()).isEqualTo(20);
  }

  @Test
  void aWaitOneMillisecondLongerThanAllowedIsRefused() {
    WeightTracker patient = spot(Duration.ofMillis(44_999));
    patient.acquire(ACCOUNT, 6000);
    ticker.advance(Duration.ofSeconds(15));
    assertThatThrownBy(() -> patient.acquire(ACCOUNT, 20))
        .hasMessage("Not sent: api.binance.com REQUEST_WEIGHT 1m (limit 6000) allows the next call in 45000 ms,"
            + " longer than the allowed wait of 44999 ms.");
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void aCallHeavierThanTheWholeLimitGoesAloneIntoAFreshWindow() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.acquire(ACCOUNT, 7000);
    assertThat(tracker.usage().get(0).used()).isEqualTo(7000);
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 1))
        .hasMessage("Not sent: api.binance.com REQUEST_WEIGHT 1m (limit 6000) allows the next call in 60000 ms,"
            + " longer than the allowed wait of 0 ms.");
  }

  @Test
  void aCallHeavierThanTheWholeLimitWaitsWhenTheWindowIsAlreadyUsed() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.acquire(ACCOUNT, 20);
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 7000))
        .hasMessage("Not sent: api.binance.com REQUEST_WEIGHT 1m (limit 6000) allows the next call in 60000 ms,"
            + " longer than the allowed wait of 0 ms.");
    assertThat(tracker.usage().get(0).used()).isEqualTo(20);
  }

  @Test
  void aCallThatCountsNoOrdersPassesWhileTheServerReportsTheOrderWindowOverfull() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.onResponse(ORDER, response(200, "X-MBX-ORDER-COUNT-10S", "60"));
    assertThat(tracker.usage().get(1).used()).isEqualTo(60);
    tracker.acquire(CANCEL, 1);
    assertThat(tracker.usage().get(0).used()).isEqualTo(1);
    assertThatThrownBy(() -> tracker.acquire(ORDER, 1))
        .hasMessage("Not sent: api.binance.com ORDERS 10s (limit 50) allows the next call in 10000 ms,"
            + " longer than the allowed wait of 0 ms.");
  }

  @Test
  void theServersCountNeverLowersOurs() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.acquire(ACCOUNT, 100);
    tracker.onResponse(ACCOUNT, response(200, "X-MBX-USED-WEIGHT-1M", "40"));
    assertThat(tracker.usage().get(0).used()).isEqualTo(100);
    tracker.onResponse(ACCOUNT, response(200, "X-MBX-USED-WEIGHT-1M", " 150 "));
    assertThat(tracker.usage().get(0).used()).isEqualTo(150);
    tracker.onResponse(ACCOUNT, response(200, "X-MBX-USED-WEIGHT-1M", "lots"));
    assertThat(tracker.usage().get(0).used()).isEqualTo(150);
  }

  @Test
  void eachSapiEndpointHasItsOwnIpAndAccountBudget() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.acquire(SAPI_IP, 10);
    tracker.acquire(SAPI_UID, 30);
    tracker.onResponse(SAPI_IP, response(200, "X-SAPI-USED-IP-WEIGHT-1M", "500"));
    assertThat(tracker.usage()).containsExactlyInAnyOrder(
        new RateLimitUsage("api.binance.com REQUEST_WEIGHT 1m", 0, 6000, Duration.ofMinutes(1)),
        new RateLimitUsage("api.binance.com ORDERS 10s", 0, 50, Duration.ofSeconds(10)),
        new RateLimitUsage("api.binance.com ORDERS 1d", 0, 160_000, Duration.ofDays(1)),
        new RateLimitUsage("api.binance.com SAPI IP weight 1m /sapi/v1/capital/config/getall", 500, 12_000,
            Duration.ofMinutes(1)),
        new RateLimitUsage("api.binance.com SAPI UID weight 1m /sapi/v1/asset/assetDividend", 30, 180_000,
            Duration.ofMinutes(1)));
  }

  @Test
  void aSapiEndpointIsRefusedPastItsOwnBudget() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.acquire(SAPI_IP, 12_000);
    assertThatThrownBy(() -> tracker.acquire(SAPI_IP, 1))
        .hasMessage("Not sent: api.binance.com SAPI IP weight 1m /sapi/v1/capital/config/getall (limit 12000) allows"
            + " the next call in 60000 ms, longer than the allowed wait of 0 ms.");
    tracker.acquire(SAPI_UID, 180_000);
    assertThatThrownBy(() -> tracker.acquire(SAPI_UID, 1))
        .hasMessageStartingWith("Not sent: api.binance.com SAPI UID weight 1m /sapi/v1/asset/assetDividend (limit 180000)");
  }

  @Test
  void a429WithoutRetryAfterHoldsTheHostForSixtySeconds() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.onResponse(ACCOUNT, response(429));
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 20))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60)))
        .hasMessage("Not sent: api.binance.com the Retry-After of a 429 allows the next call in 60000 ms, longer than"
            + " the allowed wait of 0 ms.");
  }

  @Test
  void a418WithoutRetryAfterBansTheHostForSixtySeconds() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.onResponse(ACCOUNT, response(418));
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 20))
        .isInstanceOfSatisfying(IpBannedException.class, e -> {
          assertThat(e.until()).isEqualTo(Instant.parse("2026-11-22T10:01:00Z"));
          assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60));
        })
        .hasMessage("Binance banned this IP on api.binance.com until 2026-11-22T10:01:00Z (HTTP 418 after repeated"
            + " 429s); calls to it are not sent until then. Reduce request weight or use WebSocket streams for live data.");
  }

  @Test
  void retryAfterIsSecondsTrimmedNegativeAsZeroAndUnreadableAsSixtySeconds() {
    assertThat(WeightTracker.retryAfterMillis(response(429, "Retry-After", "7"))).isEqualTo(7000);
    assertThat(WeightTracker.retryAfterMillis(response(429, "Retry-After", " 7 "))).isEqualTo(7000);
    assertThat(WeightTracker.retryAfterMillis(response(429, "Retry-After", "-5"))).isZero();
    assertThat(WeightTracker.retryAfterMillis(response(429, "Retry-After", "soon"))).isEqualTo(60_000);
    assertThat(WeightTracker.retryAfterMillis(response(429))).isEqualTo(60_000);
  }

  @Test
  void anUnreadableRetryAfterHoldsSixtySeconds() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.onResponse(ACCOUNT, response(429, "Retry-After", "Wed, 21 Oct 2026 07:28:00 GMT"));
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 20))
        .hasMessage("Not sent: api.binance.com the Retry-After of a 429 allows the next call in 60000 ms, longer than"
            + " the allowed wait of 0 ms.");
  }

  @Test
  void aCallAtTheMomentTheHoldEndsDoesNotWait() {
    WeightTracker tracker = spot(Duration.ofSeconds(5));
    tracker.onResponse(ACCOUNT, response(429, "Retry-After", "30"));
    ticker.advance(Duration.ofSeconds(30));
    tracker.acquire(ACCOUNT, 20);
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void aCallAtTheMomentTheBanEndsIsSent() {
    WeightTracker tracker = spot(Duration.ZERO);
    tracker.onResponse(ACCOUNT, response(418, "Retry-After", "120"));
    ticker.advance(Duration.ofMillis(119_999));
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 20))
        .isInstanceOfSatisfying(IpBannedException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(1)));
    ticker.advance(Duration.ofMillis(1));
    tracker.acquire(ACCOUNT, 20);
    assertThat(tracker.usage().get(0).used()).isEqualTo(20);
  }

  @Test
  void a429IsLoggedAsAWarningNamingTheEndOfTheHold() {
    Logger log = Logger.getLogger(WeightTracker.class.getName());
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    log.addHandler(capture);
    try {
      spot(Duration.ZERO).onResponse(ACCOUNT, response(429, "Retry-After", "30"));
    } finally {
      log.removeHandler(capture);
    }
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(Level.WARNING);
      assertThat(r.getMessage()).isEqualTo("Binance answered 429 on api.binance.com; holding calls until 2026-11-22T10:00:30Z");
    });
  }

  @Test
  void aWaitThatIsInterruptedIsRefusedAndKeepsTheInterrupt() {
    Ticker interrupted = new Ticker() {
      @Override
      public long nanoTime() {
        return ticker.nanoTime();
      }

      @Override
      public Clock wallClock() {
        return ticker.wallClock();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        throw new InterruptedException("test");
      }
    };
    WeightTracker tracker = new WeightTracker("api.binance.com", BinanceLimits.SPOT, Duration.ofSeconds(5), interrupted);
    tracker.onResponse(ACCOUNT, response(429, "Retry-After", "1"));
    try {
      assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 20))
          .isInstanceOfSatisfying(RateLimitedException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)))
          .hasMessage("Interrupted while waiting for api.binance.com the Retry-After of a 429");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
