package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceLimits;
import dev.signet.binance.IpBannedException;
import dev.signet.core.RateLimitedException;
import dev.signet.core.Ticker;
import dev.signet.core.internal.OffsetClock;
import dev.signet.core.limit.LimitStore;
import dev.signet.testkit.FakeTicker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Trackers over one store share what their keys share: a host's IP weight and holds, an account's order counts. */
class WeightTrackerStoreTest {
  private final FakeTicker ticker = FakeTicker.at(Instant.parse("2026-11-22T10:00:00Z"));
  private final LimitStore store = LimitStore.inProcess();

  private WeightTracker tracker(String host, String account) {
    return new WeightTracker(host, account, BinanceLimits.SPOT, Duration.ZERO, ticker, store,
        () -> ticker.wallClock().millis());
  }

  @Test
  void twoAccountsOnOneHostShareItsWeightButCountTheirOrdersApart() {
    WeightTracker alice = tracker("api.binance.com", "alice");
    WeightTracker bob = tracker("api.binance.com", "bob");
    for (int i = 0; i < 50; i++) {
      alice.acquire(SpotEndpoints.NEW_ORDER, 1);
    }
    assertThatThrownBy(() -> alice.acquire(SpotEndpoints.NEW_ORDER, 1)).hasMessage(
        "Not sent: api.binance.com ORDERS 10s (limit 50) allows the next call in 10000 ms, longer than the allowed wait of 0 ms.");
    bob.acquire(SpotEndpoints.NEW_ORDER, 1);
    assertThat(bob.usage().get(0).used()).isEqualTo(51);
    assertThat(bob.usage().get(1).used()).isEqualTo(1);
    bob.acquire(SpotEndpoints.ACCOUNT, 5_949);
    assertThatThrownBy(() -> alice.acquire(SpotEndpoints.ACCOUNT, 1)).hasMessage(
        "Not sent: api.binance.com REQUEST_WEIGHT 1m (limit 6000) allows the next call in 60000 ms, longer than the allowed wait of 0 ms.");
  }

  @Test
  void aBanSeenByOneTrackerStopsEveryTrackerOnTheHostButNotOtherHosts() {
    WeightTracker a = tracker("api.binance.com", "alice");
    WeightTracker b = tracker("api.binance.com", "bob");
    WeightTracker futures = tracker("fapi.binance.com", "alice");
    a.onResponse(SpotEndpoints.ACCOUNT, new Response.Builder()
        .request(new Request.Builder().url("https://api.binance.com/api/v3/account").build())
        .protocol(Protocol.HTTP_1_1).code(418).message("x").header("Retry-After", "120")
        .body(ResponseBody.create(new byte[0], null)).build());
    assertThatThrownBy(() -> b.acquire(SpotEndpoints.ACCOUNT, 20))
        .isInstanceOfSatisfying(IpBannedException.class,
            e -> assertThat(e.until()).isEqualTo(Instant.parse("2026-11-22T10:02:00Z")));
    futures.acquire(SpotEndpoints.ACCOUNT, 20);
    assertThat(futures.usage().get(0).used()).isEqualTo(20);
  }

  @Test
  void windowsRunOnTheExchangesTimeTheSystemClockPlusTheMeasuredOffset() {
    OffsetClock clock = new OffsetClock(Clock.systemUTC());
    long local = System.currentTimeMillis();
    clock.syncTo(local + 1_234_567, local, local);
    long before = System.currentTimeMillis();
    long exchange = WeightTracker.exchangeTime(Ticker.system(), clock).getAsLong();
    long after = System.currentTimeMillis();
    assertThat(exchange).isBetween(before + 1_234_567, after + 1_234_567);
    assertThat(WeightTracker.exchangeTime(ticker, clock).getAsLong())
        .as("a test's ticker is the exchange's time").isEqualTo(Instant.parse("2026-11-22T10:00:00Z").toEpochMilli());
  }

  @Test
  void aRefusalCountsNothingInAnyWindow() {
    WeightTracker a = tracker("api.binance.com", "alice");
    a.acquire(SpotEndpoints.ACCOUNT, 5_995);
    assertThatThrownBy(() -> a.acquire(SpotEndpoints.NEW_ORDER, 6)).isInstanceOf(RateLimitedException.class);
    assertThat(a.usage()).extracting(u -> u.used()).containsExactly(5_995L, 0L, 0L);
  }

  @Test
  void countsReportedOutsideHttpCorrectTheWindowsAndA429HoldsTheHost() {
    WeightTracker a = tracker("api.binance.com", "alice");
    a.observed(SpotEndpoints.ACCOUNT, 200, name -> switch (name) {
      case "X-MBX-USED-WEIGHT-1M" -> "5990";
      case "X-MBX-ORDER-COUNT-10S" -> "7";
      default -> null;
    }, 0);
    assertThat(a.usage()).extracting(u -> u.used()).containsExactly(5_990L, 7L, 0L);
    a.observed(SpotEndpoints.ACCOUNT, 429, name -> null, 30_000);
    assertThatThrownBy(() -> tracker("api.binance.com", "bob").acquire(SpotEndpoints.TIME, 1)).hasMessage(
        "Not sent: api.binance.com the Retry-After of a 429 allows the next call in 30000 ms, longer than the allowed wait of 0 ms.");
  }
}
