package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.core.Params;
import dev.signet.core.RetryPolicy;
import dev.signet.testkit.FakeTicker;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Binance adds around each call, seen from the server: the signer's parameters refused before
 * anything is sent, the clock synced before the first signed call, and a {@code -1021} repaired by
 * a re-sync before the retry (and only a {@code -1021}, and only when Signet owns the clock).
 */
class BinanceHooksTest {
  private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC);
  /** Server times far from the machine's clock, so a timestamp shows which offset it was signed with. */
  private static final long SERVER_TIME_1 = 1_500_000_000_000L;
  private static final long SERVER_TIME_2 = 1_600_000_000_000L;
  private static final String ACK = "{\"symbol\":\"BTCUSDT\",\"orderId\":28,\"orderListId\":-1,"
      + "\"clientOrderId\":\"hook-1\",\"transactTime\":1507725176595}";
  private static final String SKEW = "{\"code\":-1021,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}";

  private final MockWebServer server = new MockWebServer();
  private final FakeTicker ticker = FakeTicker.at(Instant.parse("2026-11-22T10:00:00Z"));

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private BinanceClient.Builder builder() {
    return BinanceClient.builder().preflight(false).credentials(BinanceCredentials.hmac(API_KEY, SECRET))
        .spotBaseUrl(server.url("/").toString()).futuresBaseUrl(server.url("/").toString())
        .ticker(ticker)
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).jitter(0).build());
  }

  private void respond(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build());
  }

  private void time(long serverTime) {
    respond(200, "{\"serverTime\":" + serverTime + "}");
  }

  private static NewOrder order() {
    return NewOrder.market("BTCUSDT", OrderSide.BUY, new BigDecimal("0.01")).clientOrderId("hook-1").build();
  }

  private List<RecordedRequest> taken(int n) throws InterruptedException {
    assertThat(server.getRequestCount()).as("requests that reached the server").isEqualTo(n);
    List<RecordedRequest> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(server.takeRequest());
    }
    return out;
  }

  private static long timestamp(RecordedRequest req) {
    String form = req.getBody() == null || req.getBody().size() == 0 ? req.getUrl().encodedQuery() : req.getBody().utf8();
    for (String pair : form.split("&")) {
      if (pair.startsWith("timestamp=")) {
        return Long.parseLong(pair.substring("timestamp=".length()));
      }
    }
    throw new AssertionError("no timestamp in " + form);
  }

  private static String unsigned(RecordedRequest req) {
    return req.getBody().utf8().replaceAll("&timestamp=[0-9]+&signature=[0-9a-f]+$", "");
  }

  // --- recover ---

  @Test
  void aClockSkewedOrderIsSentAgainAfterTheClockIsResynced() throws Exception {
    time(SERVER_TIME_1);
    respond(400, SKEW);
    time(SERVER_TIME_2);
    respond(200, ACK);
    try (BinanceClient client = builder().build()) {
      OrderResult result = client.spot().trading().newOrder(order());
      assertThat(result.orderId()).isEqualTo(28L);
    }
    List<RecordedRequest> reqs = taken(4);
    assertThat(reqs).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
        .containsExactly("GET /api/v3/time", "POST /api/v3/order", "GET /api/v3/time", "POST /api/v3/order");
    // each order is signed with the offset the sync before it measured (the round trip is local)
    assertThat(timestamp(reqs.get(1))).isBetween(SERVER_TIME_1 - 1_000, SERVER_TIME_1 + 10_000);
    assertThat(timestamp(reqs.get(3))).isBetween(SERVER_TIME_2 - 1_000, SERVER_TIME_2 + 10_000);
    assertThat(unsigned(reqs.get(3))).as("the same order, signed afresh").isEqualTo(unsigned(reqs.get(1)))
        .isEqualTo("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.01&newClientOrderId=hook-1&newOrderRespType=RESULT");
    assertThat(ticker.waits()).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void aClockSkewWhoseResyncFailsIsThrownWithTheSyncFailureAttachedAndTheOrderIsNotResent() throws Exception {
    time(SERVER_TIME_1);
    respond(400, SKEW);
    respond(400, "{\"code\":-1100,\"msg\":\"Illegal characters found in a parameter.\"}");
    respond(200, ACK);
    try (BinanceClient client = builder().build()) {
      assertThatThrownBy(() -> client.spot().trading().newOrder(order()))
          .isInstanceOfSatisfying(BinanceApiException.class, e -> {
            assertThat(e.code()).isEqualTo(-1021);
            assertThat(e.getSuppressed()).singleElement()
                .isInstanceOfSatisfying(BinanceApiException.class, s -> assertThat(s.code()).isEqualTo(-1100));
          });
    }
    assertThat(taken(3)).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
        .containsExactly("GET /api/v3/time", "POST /api/v3/order", "GET /api/v3/time");
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void anOrderRefusedForAnotherReasonIsNeitherResyncedNorResent() throws Exception {
    time(SERVER_TIME_1);
    respond(400, "{\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}");
    time(SERVER_TIME_2);
    respond(200, ACK);
    try (BinanceClient client = builder().build()) {
      assertThatThrownBy(() -> client.spot().trading().newOrder(order()))
          .isInstanceOfSatisfying(BinanceApiException.class, e -> {
            assertThat(e.code()).isEqualTo(-2010);
            assertThat(e.getSuppressed()).isEmpty();
          });
    }
    assertThat(taken(2)).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
        .containsExactly("GET /api/v3/time", "POST /api/v3/order");
  }

  @Test
  void withTheCallersClockA1021IsNotRepairedSoTheOrderIsNotResent() throws Exception {
    respond(400, SKEW);
    respond(200, ACK);
    try (BinanceClient client = builder().clock(CLOCK).build()) {
      assertThatThrownBy(() -> client.spot().trading().newOrder(order()))
          .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-1021));
    }
    RecordedRequest only = taken(1).get(0);
    assertThat(only.getUrl().encodedPath()).isEqualTo("/api/v3/order");
    assertThat(timestamp(only)).isEqualTo(1578963600000L);
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void aNonExchangeFailureIsNotRepaired() throws Exception {
    time(SERVER_TIME_1);
    respond(200, "not json");
    respond(200, ACK);
    try (BinanceClient client = builder().build()) {
      assertThatThrownBy(() -> client.spot().trading().newOrder(order()))
          .isInstanceOf(dev.signet.core.OrderStatusUnknownException.class);
    }
    assertThat(taken(2)).extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
        .containsExactly("GET /api/v3/time", "POST /api/v3/order");
  }

  // --- the clock sync ---

  @Test
  void theClockIsSyncedOnceBeforeTheFirstSignedCallAndTheTimestampCarriesTheOffset() throws Exception {
    time(SERVER_TIME_1);
    respond(200, "{}");
    respond(200, "{}");
    try (BinanceClient client = builder().build()) {
      client.spot().signed("GET", "/api/v3/account", Params.empty());
      client.spot().signed("GET", "/api/v3/account", Params.empty());
    }
    List<RecordedRequest> reqs = taken(3);
    assertThat(reqs).extracting(r -> r.getUrl().encodedPath())
        .containsExactly("/api/v3/time", "/api/v3/account", "/api/v3/account");
    assertThat(timestamp(reqs.get(1))).isBetween(SERVER_TIME_1 - 1_000, SERVER_TIME_1 + 10_000);
    assertThat(timestamp(reqs.get(2))).isBetween(SERVER_TIME_1 - 1_000, SERVER_TIME_1 + 10_000);
  }

  @Test
  void syncClockMeasuresEachHostsOffsetAndTheNextSignedCallUsesIt() throws Exception {
    time(SERVER_TIME_1);
    time(SERVER_TIME_2);
    respond(200, "{}");
    try (BinanceClient client = builder().build()) {
      client.syncClock();
      client.spot().signed("GET", "/api/v3/account", Params.empty());
    }
    List<RecordedRequest> reqs = taken(3);
    assertThat(reqs).extracting(r -> r.getUrl().encodedPath())
        .containsExactly("/api/v3/time", "/fapi/v1/time", "/api/v3/account");
    assertThat(timestamp(reqs.get(2))).isBetween(SERVER_TIME_1 - 1_000, SERVER_TIME_1 + 10_000);
  }

  // --- beforeCall ---

  @Test
  void theSignersParametersAreRefusedBeforeTheClockSyncOrAnyRequest() throws Exception {
    time(SERVER_TIME_1);
    respond(200, "{}");
    try (BinanceClient client = builder().recvWindow(5000).build()) {
      for (String key : List.of("timestamp", "signature", "recvWindow")) {
        assertThatThrownBy(() -> client.spot().signed("GET", "/api/v3/account", Params.of(key, "100")))
            .as(key)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Parameter '" + key + "' is added by the signer; remove it from the params (configure"
                + " recvWindow on the client builder).");
      }
      assertThat(client.rateLimits().get(0).used()).as("no weight reserved").isZero();
    }
    taken(0);
  }

  @Test
  void withoutAConfiguredRecvWindowTheCallersOwnIsSent() throws Exception {
    respond(200, "{}");
    try (BinanceClient client = builder().clock(CLOCK).build()) {
      client.spot().signed("GET", "/api/v3/account", Params.of("recvWindow", "2500"));
    }
    assertThat(taken(1).get(0).getTarget())
        .startsWith("/api/v3/account?recvWindow=2500&timestamp=1578963600000&signature=");
  }

  @Test
  void aPublicCallIsNeitherCheckedNorPrecededByAClockSync() throws Exception {
    respond(200, "{}");
    try (BinanceClient client = builder().build()) {
      client.spot().publicCall("GET", "/api/v3/depth", Params.of("symbol", "BTCUSDT").add("timestamp", "1"));
    }
    assertThat(taken(1).get(0).getTarget()).isEqualTo("/api/v3/depth?symbol=BTCUSDT&timestamp=1");
  }
}
