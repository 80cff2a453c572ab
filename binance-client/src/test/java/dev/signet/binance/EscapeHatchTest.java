package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.OrderStatusUnknownException;
import dev.signet.core.Params;
import dev.signet.core.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The escape hatches get the weight, kind, retries and order safety of their endpoint-table row. */
class EscapeHatchTest {
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC);
  private static final RetryPolicy FAST_RETRY = RetryPolicy.builder()
      .initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build();

  private final MockWebServer server = new MockWebServer();
  private final RecordingLimiter spot = new RecordingLimiter();
  private final RecordingLimiter futures = new RecordingLimiter();
  private BinanceClient client;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    client = TestData.clientFor(server)
        .clock(CLOCK)
        .retryPolicy(FAST_RETRY)
        .rateLimiters(spot, futures)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void respond(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  @Test
  void rawOpenOrdersWithoutASymbolReservesTheDocumentedEighty() {
    respond(200, "[]");
    respond(200, "[]");
    client.spot().signed("GET", "/api/v3/openOrders", Params.empty());
    client.spot().signed("GET", "/api/v3/openOrders", Params.of("symbol", "BTCUSDT"));
    assertThat(spot.reservations).containsExactly(
        new Reservation("GET /api/v3/openOrders", Kind.READ, Limit.IP_WEIGHT, 80, 0),
        new Reservation("GET /api/v3/openOrders", Kind.READ, Limit.IP_WEIGHT, 6, 0));
  }

  @Test
  void rawDepthIsChargedByItsLimit() {
    respond(200, "{}");
    respond(200, "{}");
    client.spot().publicCall("GET", "/api/v3/depth", Params.of("symbol", "BTCUSDT").add("limit", 5000));
    client.spot().publicCall("GET", "/api/v3/depth", Params.of("symbol", "BTCUSDT"));
    assertThat(spot.reservations).extracting(Reservation::weight).containsExactly(250, 5);
  }

  @Test
  void aTypedCallAndItsRawTwinReserveTheSame() {
    respond(200, "[]");
    respond(200, "[]");
    client.spot().accountData().openOrders();
    client.spot().signed("GET", "/api/v3/openOrders", Params.empty());
    assertThat(spot.reservations.get(0)).isEqualTo(spot.reservations.get(1));
  }

  @Test
  void aRawOrderWhoseConnectionDropsAfterSendingIsAnUnknownOutcomeNamingItsIdAndIsSentOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    Params order = Params.of("symbol", "BTCUSDT").add("side", "BUY").add("type", "MARKET").add("quantity", "0.1")
        .add("newClientOrderId", "bot-42");
    assertThatThrownBy(() -> client.spot().signed("POST", "/api/v3/order", order))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class,
            e -> assertThat(e.clientOrderId()).isEqualTo("bot-42"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(spot.reservations).containsExactly(
        new Reservation("POST /api/v3/order", Kind.ORDER, Limit.IP_WEIGHT, 1, 1));
  }

  @Test
  void aRawOrderWithoutAClientIdGetsOneGeneratedAndSentSoItCanBeReconciled() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
    Params order = Params.of("symbol", "BTCUSDT").add("side", "BUY").add("type", "MARKET").add("quantity", "0.1");
    OrderStatusUnknownException e = org.junit.jupiter.api.Assertions.assertThrows(OrderStatusUnknownException.class,
        () -> client.spot().signed("POST", "/api/v3/order", order));
    assertThat(e.clientOrderId()).matches("sg[0-9a-f]{32}");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getBody().utf8()).startsWith("symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.1&newClientOrderId="
        + e.clientOrderId() + "&timestamp=1578963600000&signature=");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(order.containsKey("newClientOrderId")).as("the caller's params are not changed").isFalse();
  }

  @Test
  void aRawReadIsRetriedAfterA503LikeItsTypedTwin() {
    respond(503, "<html>busy</html>");
    respond(200, "[]");
    assertThat(client.spot().signed("GET", "/api/v3/openOrders", Params.empty()).size()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anUnknownPathIsAWriteOfWeightOneAndIsNotResent() {
    respond(503, "<html>busy</html>");
    assertThatThrownBy(() -> client.spot().signed("POST", "/api/v3/somethingNew", Params.of("a", "1")))
        .isInstanceOfSatisfying(ExchangeApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(spot.reservations).containsExactly(
        new Reservation("POST /api/v3/somethingNew", Kind.WRITE, Limit.IP_WEIGHT, 1, 0));
  }

  @Test
  void theCallerCanStateWeightAndKindForAPathTheTableDoesNotKnow() {
    respond(503, "<html>busy</html>");
    respond(200, "{\"ok\":true}");
    assertThat(client.spot().signed("GET", "/api/v3/somethingNew", Params.empty(), 7, Kind.READ).get("ok").asBoolean())
        .isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(spot.reservations).extracting(Reservation::weight).containsExactly(7, 7);
  }

  @Test
  void sapiPathsCountAgainstTheirOwnBudget() {
    respond(200, "[]");
    client.spot().signed("GET", "/sapi/v1/capital/config/getall", Params.empty());
    assertThat(spot.reservations).containsExactly(
        new Reservation("GET /sapi/v1/capital/config/getall", Kind.READ, Limit.SAPI_IP_WEIGHT, 10, 0));
  }

  @Test
  void futuresRawCallsUseTheFuturesTable() {
    respond(200, "[]");
    client.futures().signed("GET", "/fapi/v1/income", Params.empty());
    assertThat(futures.reservations).containsExactly(
        new Reservation("GET /fapi/v1/income", Kind.READ, Limit.IP_WEIGHT, 30, 0));
    assertThat(spot.reservations).isEmpty();
  }

  @Test
  void aRawCallMayNotCarryWhatTheSignerAdds() {
    assertThatThrownBy(() -> client.spot().signed("GET", "/api/v3/account", Params.of("timestamp", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Parameter 'timestamp' is added by the signer; remove it from the params (configure recvWindow on"
            + " the client builder).");
    assertThat(server.getRequestCount()).isZero();
  }
}
