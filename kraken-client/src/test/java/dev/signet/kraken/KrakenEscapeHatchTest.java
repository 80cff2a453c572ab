package dev.signet.kraken;

import static dev.signet.kraken.KrakenTestData.API_KEY;
import static dev.signet.kraken.KrakenTestData.DOCS_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Endpoint;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.OrderStatusUnknownException;
import dev.signet.core.Params;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.testkit.KrakenSignatureCheck;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kraken's escape hatches take their table row: cost, kind, retries and order safety. */
class KrakenEscapeHatchTest {
  private final MockWebServer server = new MockWebServer();
  private final KrakenSignatureCheck serverCheck = KrakenSignatureCheck.builder().key(API_KEY, DOCS_SECRET).build();
  private final List<String> charged = new CopyOnWriteArrayList<>();
  private KrakenClient kraken;

  /** The SPI, recording each reservation as "path cost kind". */
  private final RateLimiter recording = new RateLimiter() {
    @Override
    public void acquire(Endpoint endpoint, int weight) {
      charged.add(endpoint.path() + " " + weight + " " + endpoint.kind());
    }

    @Override
    public void onResponse(Endpoint endpoint, Response response) {}

    @Override
    public List<RateLimitUsage> usage() {
      return List.of();
    }
  };

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    kraken = KrakenClient.builder()
        .credentials(KrakenCredentials.of(API_KEY, DOCS_SECRET))
        .baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(100))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build())
        .rateLimiter(recording)
        .build();
  }

  @AfterEach
  void stop() {
    kraken.close();
    server.close();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().body(body).build());
  }

  @Test
  void aRawTradesHistoryIsAReadCostingTwoAndIsRetriedAfterServiceUnavailable() throws Exception {
    respond("{\"error\":[\"EService:Unavailable\"]}");
    respond("{\"error\":[],\"result\":{\"trades\":{},\"count\":0}}");
    assertThat(kraken.privateCall("TradesHistory", Params.empty()).get("count").asInt()).isZero();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(serverCheck.verify(server.takeRequest()).nonce()).isEqualTo(100L);
    assertThat(serverCheck.verify(server.takeRequest()).nonce()).as("re-signed with a fresh nonce").isEqualTo(101L);
    assertThat(charged).containsExactly("/0/private/TradesHistory 2 READ", "/0/private/TradesHistory 2 READ");
  }

  @Test
  void aRawAddOrderWithAnUnknownOutcomeNamesItsClientOrderIdAndIsSentOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    Params order = Params.of("ordertype", "limit").add("type", "buy").add("volume", "1.25").add("pair", "XBTUSD")
        .add("price", "37500");
    OrderStatusUnknownException e = org.junit.jupiter.api.Assertions.assertThrows(OrderStatusUnknownException.class,
        () -> kraken.privateCall("AddOrder", order));
    assertThat(e.clientOrderId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getBody().utf8()).isEqualTo("nonce=100&ordertype=limit&type=buy&volume=1.25&pair=XBTUSD"
        + "&price=37500&cl_ord_id=" + e.clientOrderId());
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(charged).containsExactly("/0/private/AddOrder 0 ORDER");
  }

  @Test
  void aRawAddOrderWithAUserrefKeepsItAndIsNamedByIt() {
    server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
    Params order = Params.of("ordertype", "market").add("type", "buy").add("volume", "1").add("pair", "XBTUSD")
        .add("userref", "77");
    assertThatThrownBy(() -> kraken.privateCall("AddOrder", order))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class,
            e -> assertThat(e.clientOrderId()).isEqualTo("userref=77"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRawAddOrderBatchWithAnUnknownOutcomeNamesTheClientIdsInTheBatch() {
    server.enqueue(new MockResponse.Builder().code(500).body("oops").build());
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("pair", "XBTUSD");
    body.put("orders", List.of(java.util.Map.of("ordertype", "limit", "cl_ord_id", "a-1"),
        java.util.Map.of("ordertype", "limit", "cl_ord_id", "a-2")));
    assertThatThrownBy(() -> kraken.privateCallJson("AddOrderBatch", body))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class,
            e -> assertThat(e.clientOrderId()).isEqualTo("a-1,a-2"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anUnknownPrivateMethodIsAWriteCostingOneAndIsNotResent() {
    respond("{\"error\":[\"EService:Unavailable\"]}");
    assertThatThrownBy(() -> kraken.privateCall("SomethingNew", Params.empty()))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EService:Unavailable"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(charged).containsExactly("/0/private/SomethingNew 1 WRITE");
  }

  @Test
  void theCallerCanStateCostAndKind() {
    respond("{\"error\":[\"EService:Unavailable\"]}");
    respond("{\"error\":[],\"result\":{}}");
    kraken.privateCall("SomethingNew", Params.empty(), 3, Endpoint.Kind.READ);
    assertThat(charged).containsExactly("/0/private/SomethingNew 3 READ", "/0/private/SomethingNew 3 READ");
  }

  @ParameterizedTest(name = "Time result {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`{\"unixtime\":\"soon\"}` | field 'unixtime' is not an integer that fits a long: \"soon\"",
      "`{}` | field 'unixtime' is missing",
      "`{\"unixtime\":1e30}` | field 'unixtime' is not an integer that fits a long",
      "`{\"unixtime\":99999999999999999999}` | field 'unixtime' is not an integer that fits a long",
      "`[1,2]` | field 'unixtime' is missing",
  })
  void aMalformedServerTimeIsMalformedNamingTheField(String result, String reason) {
    KrakenClient oneShot = KrakenClient.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none())
        .build();
    respond("{\"error\":[],\"result\":" + result + "}");
    assertThatThrownBy(() -> oneShot.market().serverTime())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /0/public/Time: the response (HTTP 200) could not be decoded: " + reason);
    oneShot.close();
  }

  @Test
  void aNullOrAbsentResultIsMalformed() {
    KrakenClient oneShot = KrakenClient.builder().baseUrl(server.url("/").toString()).retryPolicy(RetryPolicy.none())
        .build();
    respond("{\"error\":[],\"result\":null}");
    assertThatThrownBy(() -> oneShot.market().serverTime())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("Kraken Time answered with neither an error nor a result");
    oneShot.close();
  }
}
