package dev.signet.kraken;

import static dev.signet.kraken.KrakenTestData.API_KEY;
import static dev.signet.kraken.KrakenTestData.DOCS_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.KrakenSignatureCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Parallel private calls on one client reach the server in nonce order. */
class KrakenNonceOrderTest {

  @Test
  void eightThreadsTimesSeventyFiveCallsArriveWithStrictlyIncreasingNonces() throws Exception {
    List<Long> arrived = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    KrakenSignatureCheck check = KrakenSignatureCheck.builder().key(API_KEY, DOCS_SECRET).build();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          long nonce;
          try {
            nonce = check.verify(request).nonce();
            if (!"application/x-www-form-urlencoded".equals(request.getHeaders().get("Content-Type"))
                || !request.getBody().utf8().startsWith("nonce=")) {
              throw new AssertionError("not a form body starting with the nonce: " + request.getBody().utf8());
            }
          } catch (KrakenSignatureCheck.Rejection | AssertionError e) {
            synchronized (failures) {
              failures.add(e.getMessage());
            }
            return new MockResponse.Builder().body("{\"error\":[\"EAPI:Invalid key\"]}").build();
          }
          synchronized (arrived) {
            boolean ok = arrived.isEmpty() || nonce > arrived.get(arrived.size() - 1);
            arrived.add(nonce);
            if (!ok) {
              return new MockResponse.Builder().body("{\"error\":[\"EAPI:Invalid nonce\"]}").build();
            }
          }
          return new MockResponse.Builder().body("{\"error\":[],\"result\":{\"ZUSD\":\"1\"}}").build();
        }
      });
      server.start(0);

      try (KrakenClient kraken = KrakenClient.builder()
          .credentials(KrakenCredentials.of(API_KEY, DOCS_SECRET))
          .baseUrl(server.url("/").toString())
          .nonceSource(KrakenNonceSource.fromClock(Clock.systemUTC()))
          .rateLimiter(dev.signet.core.RateLimiter.unlimited()) // this test is about ordering, not the call counter
          .build()) {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          done.add(pool.submit(() -> {
            for (int i = 0; i < 75; i++) {
              kraken.balance();
            }
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
      }
    }
    assertThat(failures).isEmpty();
    assertThat(arrived).hasSize(600);
    for (int i = 1; i < arrived.size(); i++) {
      assertThat(arrived.get(i)).as("nonce #" + i).isGreaterThan(arrived.get(i - 1));
    }
  }

  @Test
  void defaultNonceSourceNeverRepeatsWithinOneMillisecond() {
    Clock frozen = Clock.fixed(java.time.Instant.ofEpochMilli(1_000), java.time.ZoneOffset.UTC);
    KrakenNonceSource source = KrakenNonceSource.fromClock(frozen);
    assertThat(List.of(source.nextNonce(), source.nextNonce(), source.nextNonce())).containsExactly(1000L, 1001L, 1002L);
  }
}
