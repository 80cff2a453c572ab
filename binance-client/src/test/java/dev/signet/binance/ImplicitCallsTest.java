package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CircuitOpenException;
import dev.signet.core.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clock sync a signed call makes first goes through the same pipeline as any read: rate
 * limited (a 429's Retry-After is honoured), retried, circuit-broken.
 */
class ImplicitCallsTest {
  private final MockWebServer server = new MockWebServer();
  private BinanceClient client;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    client = TestData.clientFor(server)
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void respond(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Retry-After", "0").body(body).build());
  }

  private List<String> targets() throws InterruptedException {
    List<String> out = new ArrayList<>();
    while (server.getRequestCount() > out.size()) {
      String target = server.takeRequest().getTarget();
      out.add(target.contains("?") ? target.substring(0, target.indexOf('?')) : target);
    }
    return out;
  }

  @Test
  void aRateLimitedClockSyncIsRetriedAndTheSignedCallGoesThrough() throws Exception {
    respond(429, "{\"code\":-1003,\"msg\":\"Too many requests.\"}");
    respond(200, "{\"serverTime\":" + System.currentTimeMillis() + "}");
    respond(200, TestData.jsonc("fixtures/spot_account.json"));

    assertThat(client.spot().account().accountType()).isEqualTo("SPOT");
    assertThat(targets()).containsExactly("/api/v3/time", "/api/v3/time", "/api/v3/account");
  }

  @Test
  void anUnavailableClockSyncIsRetriedLikeAnyRead() throws Exception {
    respond(503, "<html>down</html>");
    respond(200, "{\"serverTime\":" + System.currentTimeMillis() + "}");
    respond(200, TestData.jsonc("fixtures/spot_account.json"));

    assertThat(client.spot().account().accountType()).isEqualTo("SPOT");
    assertThat(targets()).containsExactly("/api/v3/time", "/api/v3/time", "/api/v3/account");
  }

  @Test
  void theClockSyncCountsAgainstTheHostsWeight() {
    respond(200, "{\"serverTime\":" + System.currentTimeMillis() + "}");
    respond(200, TestData.jsonc("fixtures/spot_account.json"));
    client.spot().account();
    assertThat(client.rateLimits().get(0).toString()).contains("REQUEST_WEIGHT 1m").contains("21");
  }

  @Test
  void aClockSyncThatKeepsFailingOpensTheBreakerLikeAnyRead() {
    for (int i = 0; i < 10; i++) {
      respond(503, "<html>down</html>");
    }
    for (int i = 0; i < 3; i++) { // three attempts each
      assertThatThrownBy(() -> client.spot().account()).isInstanceOf(dev.signet.core.ExchangeApiException.class)
          .hasMessageContaining("HTTP 503");
    }
    // the tenth failed sync opens the breaker: its retry fails fast, unsent
    assertThatThrownBy(() -> client.spot().account()).isInstanceOf(CircuitOpenException.class);
    assertThat(server.getRequestCount()).isEqualTo(10);
  }
}
