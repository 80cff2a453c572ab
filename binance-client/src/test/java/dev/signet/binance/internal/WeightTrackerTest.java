package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.IpBannedException;
import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.Ticker;
import dev.signet.testkit.FakeTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Binance's windows, counted against a clock the test moves. */
class WeightTrackerTest {
  private static final Endpoint ACCOUNT = SpotEndpoints.ACCOUNT;
  private static final Endpoint ORDER = SpotEndpoints.NEW_ORDER;


  private final FakeTicker ticker = FakeTicker.at(Instant.parse("2026-11-22T10:00:00Z"));
  private final WeightTracker tracker = new WeightTracker("api.binance.com", dev.signet.binance.BinanceLimits.SPOT, Duration.ZERO, ticker);

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
  void concurrentCallsReserveExactlyTheLimitAndNoMore() throws Exception {
    // 8 threads race for 6000 weight in 20-unit calls: exactly 300 are let through, every other is refused.
    java.util.concurrent.atomic.AtomicInteger passed = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    Thread[] threads = new Thread[8];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < 100; i++) {
          try {
            tracker.acquire(ACCOUNT, 20);
            passed.incrementAndGet();
          } catch (RateLimitedException e) {
            refused.incrementAndGet();
          }
        }
      });
      threads[t].start();
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(passed.get()).isEqualTo(300);
    assertThat(refused.get()).isEqualTo(500);
    assertThat(tracker.usage().get(0).used()).isEqualTo(6000);
  }

  @Test
  void weightIsCountedPerCalendarMinuteAndRefusedBeyondTheLimit() {
    for (int i = 0; i < 300; i++) {
      tracker.acquire(ACCOUNT, 20);
    }
    assertThat(tracker.usage().get(0)).isEqualTo(new RateLimitUsage("api.binance.com REQUEST_WEIGHT 1m", 6000, 6000, Duration.ofMinutes(1)));
    ticker.advance(Duration.ofMillis(15_000));
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 20))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(45)))
        .hasMessage("Not sent: api.binance.com REQUEST_WEIGHT 1m (limit 6000) allows the next call in 45000 ms, longer"
            + " than the allowed wait of 0 ms.");
    ticker.advance(Duration.ofMillis(45_000)); // the next minute
    tracker.acquire(ACCOUNT, 20);
    assertThat(tracker.usage().get(0).used()).isEqualTo(20);
  }

  @Test
  void theServersCountCorrectsOurs() {
    tracker.acquire(ACCOUNT, 20);
    tracker.onResponse(ACCOUNT, response(200, "X-MBX-USED-WEIGHT-1M", "5990", "X-MBX-ORDER-COUNT-10S", "50"));
    assertThat(tracker.usage().get(0).used()).isEqualTo(5990);
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 20)).isInstanceOf(RateLimitedException.class);
    assertThatThrownBy(() -> tracker.acquire(ORDER, 0))
        .hasMessageContaining("ORDERS 10s (limit 50)");
  }

  @Test
  void ordersCountAgainstTheOrderWindows() {
    for (int i = 0; i < 50; i++) {
      tracker.acquire(ORDER, 1);
    }
    assertThat(tracker.usage()).extracting(RateLimitUsage::used).containsExactly(50L, 50L, 50L);
    assertThatThrownBy(() -> tracker.acquire(ORDER, 1)).hasMessageContaining("ORDERS 10s (limit 50)");
    ticker.advance(Duration.ofMillis(10_000));
    tracker.acquire(ORDER, 1);
  }

  @Test
  void a418BansTheHostForRetryAfterSeconds() {
    tracker.onResponse(ACCOUNT, response(418, "Retry-After", "120"));
    assertThatThrownBy(() -> tracker.acquire(ACCOUNT, 20))
        .isInstanceOfSatisfying(IpBannedException.class, e -> assertThat(e.until()).isEqualTo(Instant.parse("2026-11-22T10:02:00Z")));
    ticker.advance(Duration.ofMillis(120_000));
    tracker.acquire(ACCOUNT, 20);
  }

  @Test
  void a429HoldsTheHostForRetryAfterAndAShortHoldIsWaitedOut() {
    WeightTracker patient = new WeightTracker("api.binance.com", dev.signet.binance.BinanceLimits.SPOT, Duration.ofSeconds(5), ticker);
    patient.onResponse(ACCOUNT, response(429, "Retry-After", "30"));
    assertThatThrownBy(() -> patient.acquire(ACCOUNT, 20)).hasMessageContaining("the Retry-After of a 429");
    ticker.advance(Duration.ofMillis(29_990));
    patient.acquire(ACCOUNT, 20);
    assertThat(ticker.waits()).as("the remaining 10 ms, waited on the ticker").containsExactly(Duration.ofMillis(10));
  }

  @Test
  void uidWeightedAndIpWeightedSapiCallsCountOnSeparateWindows() {
    for (int i = 0; i < 10; i++) {
      tracker.acquire(SapiEndpoints.WITHDRAW_HISTORY, 18000);   // UID 18000 x 10 = the account's 180,000
    }
    assertThatThrownBy(() -> tracker.acquire(SapiEndpoints.WITHDRAW_HISTORY, 18000))
        .hasMessage("Not sent: api.binance.com SAPI UID weight 1m /sapi/v1/capital/withdraw/history (limit 180000)"
            + " allows the next call in 60000 ms, longer than the allowed wait of 0 ms.");
    tracker.acquire(SapiEndpoints.DEPOSIT_HISTORY, 1);          // IP window of its own: still open
    tracker.acquire(SapiEndpoints.WITHDRAW, 900);               // UID, but its own endpoint's window
    tracker.acquire(ACCOUNT, 20);                               // /api REQUEST_WEIGHT untouched by SAPI
    tracker.onResponse(SapiEndpoints.DEPOSIT_HISTORY, response(200, "X-SAPI-USED-IP-WEIGHT-1M", "11999",
        "X-SAPI-USED-UID-WEIGHT-1M", "5"));
    assertThat(tracker.usage()).extracting(RateLimitUsage::name, RateLimitUsage::used, RateLimitUsage::limit)
        .contains(
            org.assertj.core.groups.Tuple.tuple("api.binance.com REQUEST_WEIGHT 1m", 20L, 6000L),
            org.assertj.core.groups.Tuple.tuple("api.binance.com SAPI UID weight 1m /sapi/v1/capital/withdraw/history",
                180000L, 180000L),
            org.assertj.core.groups.Tuple.tuple("api.binance.com SAPI IP weight 1m /sapi/v1/capital/deposit/hisrec",
                11999L, 12000L),
            org.assertj.core.groups.Tuple.tuple("api.binance.com SAPI UID weight 1m /sapi/v1/capital/withdraw/apply",
                900L, 180000L));
    assertThatThrownBy(() -> tracker.acquire(SapiEndpoints.DEPOSIT_HISTORY, 2))
        .hasMessageContaining("SAPI IP weight 1m /sapi/v1/capital/deposit/hisrec (limit 12000)");
    tracker.acquire(SapiEndpoints.WITHDRAW_ADDRESSES, 10);      // another IP endpoint: its own window
  }

  @Test
  void aFullWindowIsNeverPassedWithoutWaitingEvenWhileTimeMoves() {
    // a wall clock that moves one second at every reading: a call over the limit must still be
    // refused by the wait it needs, not spin until the window turns
    class Moving extends Clock {
      volatile boolean moving;

      @Override
      public long millis() {
        if (moving) {
          ticker.advance(Duration.ofSeconds(1));
        }
        return ticker.wallClock().millis();
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochMilli(millis());
      }

      @Override
      public ZoneId getZone() {
        return ticker.wallClock().getZone();
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }
    }
    Moving clock = new Moving();
    Ticker moving = new Ticker() {
      @Override
      public long nanoTime() {
        return ticker.nanoTime();
      }

      @Override
      public Clock wallClock() {
        return clock;
      }

      @Override
      public void sleep(Duration duration) {
        ticker.sleep(duration);
      }
    };
    WeightTracker movingTracker = new WeightTracker("api.binance.com", dev.signet.binance.BinanceLimits.SPOT, Duration.ZERO, moving);
    movingTracker.acquire(ACCOUNT, 6000);
    clock.moving = true;
    // acquire reads 10:00:01 and the windows are tried at that time: the wait is to the next minute
    assertThatThrownBy(() -> movingTracker.acquire(ACCOUNT, 1))
        .hasMessage("Not sent: api.binance.com REQUEST_WEIGHT 1m (limit 6000) allows the next call in 59000 ms,"
            + " longer than the allowed wait of 0 ms.");
  }
}
