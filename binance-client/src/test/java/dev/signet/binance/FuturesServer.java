package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.RecordingLimiter.Reservation;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer with a client on it whose futures limiter records each reservation: serves a
 * documented fixture, runs a futures call, and checks the request as sent (method, target with the
 * query in order, the API key only on MARKET_DATA rows) and the weight reserved for it.
 */
final class FuturesServer implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final RecordingLimiter futures = new RecordingLimiter();
  final BinanceClient client;

  FuturesServer() throws java.io.IOException {
    server.start(0);
    client = TestData.clientFor(server).retryPolicy(dev.signet.core.RetryPolicy.none())
        .rateLimiters(new RecordingLimiter(), futures).build();
  }

  /** Serves {@code fixture} (comments stripped) to {@code call}; checks a keyless GET of {@code target} weighing {@code weight}. */
  <T> T sent(String fixture, String target, int weight, Supplier<T> call) throws InterruptedException {
    return sent(fixture, target, weight, false, call);
  }

  /** As {@link #sent(String, String, int, Supplier)}, with the API key sent when {@code apiKey} (MARKET_DATA rows). */
  <T> T sent(String fixture, String target, int weight, boolean apiKey, Supplier<T> call) throws InterruptedException {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(TestData.jsonc("fixtures/" + fixture)).build());
    int before = futures.reservations.size();
    T value = call.get();
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo(target);
    assertThat(req.getHeaders().get("X-MBX-APIKEY")).as("API key header")
        .isEqualTo(apiKey ? TestData.DOCS_API_KEY : null);
    assertThat(futures.reservations).hasSize(before + 1);
    Reservation r = futures.reservations.get(before);
    assertThat(r.endpoint()).isEqualTo("GET " + target.replaceAll("\\?.*", ""));
    assertThat(r.weight()).as("weight reserved for " + target).isEqualTo(weight);
    return value;
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
