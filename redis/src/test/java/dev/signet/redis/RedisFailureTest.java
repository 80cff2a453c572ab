package dev.signet.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceLimits;
import dev.signet.binance.internal.SpotEndpoints;
import dev.signet.binance.internal.WeightTracker;
import dev.signet.core.Params;
import dev.signet.core.limit.Charge;
import dev.signet.core.limit.Decision;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitWindow;
import dev.signet.testkit.FakeTicker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockWebServer;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redis unreachable, with and without the in-process fallback, and a Redis restart mid-window. */
class RedisFailureTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer(true);
  private static final long NOW = Instant.parse("2026-11-22T10:00:15Z").toEpochMilli();
  private static final LimitWindow WEIGHT =
      new LimitWindow(LimitKey.of(LimitKey.Scope.IP, "api.binance.com", "REQUEST_WEIGHT 1m"), 60_000, 6_000);

  @Test
  void anUnreachableRedisFailsTheCallUnsentNamingRedisAndItsAddressButNotThePassword() throws Exception {
    int port = RedisServer.freePort();
    try (MockWebServer server = new MockWebServer();
        RedisLimitStore down = RedisLimitStore.connect("redis://:hunter2@127.0.0.1:" + port);
        BinanceClient client = BinanceClient.builder().spotBaseUrl(started(server).url("/").toString())
            .limitStore(down).build()) {
      assertThatThrownBy(() -> client.spot().publicCall("GET", "/api/v3/time", Params.empty()))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageStartingWith("Not sent: Redis at redis://127.0.0.1:" + port + "/0 did not answer the rate-limit"
              + " store's reserve (RedisConnectionException: Unable to connect to ")
          .hasMessageEndingWith("). Start Redis or check the URI; or build the store with fallbackToInProcess(true)"
              + " to count limits in this process meanwhile.")
          .message().doesNotContain("hunter2");
      assertThat(server.getRequestCount()).isZero();
    }
  }

  @Test
  void withTheFallbackLimitsAreCountedInThisProcessWithOneWarningButNoncesStillFail() throws Exception {
    int port = RedisServer.freePort();
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
    Logger log = Logger.getLogger(RedisLimitStore.class.getName());
    log.addHandler(capture);
    try (RedisLimitStore down = RedisLimitStore.builder().uri("redis://127.0.0.1:" + port).fallbackToInProcess(true)
        .build()) {
      assertThat(down.reserve(List.of(), List.of(new Charge(WEIGHT, 5_990)), NOW)).isEqualTo(Decision.granted());
      assertThat(down.reserve(List.of(), List.of(new Charge(WEIGHT, 20)), NOW))
          .isEqualTo(Decision.refused(45_000, WEIGHT.key()));
      assertThat(down.used(WEIGHT, NOW)).isEqualTo(5_990);
      assertThatThrownBy(() -> down.next(LimitKey.of(LimitKey.Scope.KEY, "k", "nonce"), 1))
          .isInstanceOf(RedisUnavailableException.class)
          .hasMessageStartingWith("Not sent: Redis at redis://127.0.0.1:" + port + "/0 did not answer the rate-limit"
              + " store's next (");
    } finally {
      log.removeHandler(capture);
    }
    assertThat(records).singleElement().satisfies(r -> {
      assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
      assertThat(r.getMessage()).startsWith("Redis at redis://127.0.0.1:" + port + "/0 is unreachable (")
          .endsWith("); counting rate limits in this process until it answers again. Other processes are not counted.");
    });
  }

  @Test
  void afterARestartMidWindowTheCountIsRelearnedFromTheExchangesHeader() throws Exception {
    FakeTicker ticker = FakeTicker.at(Instant.ofEpochMilli(NOW));
    try (RedisLimitStore store = RedisLimitStore.builder().uri(REDIS.uri()).prefix("restart-" + UUID.randomUUID())
        .build()) {
      WeightTracker tracker = new WeightTracker("api.binance.com", "acct", BinanceLimits.SPOT, Duration.ZERO, ticker,
          store, () -> ticker.wallClock().millis());
      for (int i = 0; i < 3; i++) {
        tracker.acquire(SpotEndpoints.ACCOUNT, 20);
      }
      assertThat(tracker.usage().get(0).used()).isEqualTo(60);
      REDIS.restart();
      long usedAfterRestart = awaitAnswer(tracker);
      assertThat(usedAfterRestart).as("the restart lost the window's count").isZero();
      tracker.acquire(SpotEndpoints.ACCOUNT, 20);
      tracker.onResponse(SpotEndpoints.ACCOUNT, response("X-MBX-USED-WEIGHT-1M", "80"));
      assertThat(tracker.usage().get(0).used()).isEqualTo(80);
    }
  }

  private static MockWebServer started(MockWebServer server) throws java.io.IOException {
    server.start();
    return server;
  }

  /** The first usage read once Lettuce has reconnected (it rejects commands until then). */
  private static long awaitAnswer(WeightTracker tracker) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        return tracker.usage().get(0).used();
      } catch (RedisUnavailableException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(20);
      }
    }
  }

  private static Response response(String... headers) {
    Response.Builder b = new Response.Builder()
        .request(new Request.Builder().url("https://api.binance.com/api/v3/account").build())
        .protocol(Protocol.HTTP_1_1).code(200).message("OK").body(ResponseBody.create(new byte[0], null));
    for (int i = 0; i < headers.length; i += 2) {
      b.addHeader(headers[i], headers[i + 1]);
    }
    return b.build();
  }
}
