package dev.signet.kraken;

import static dev.signet.kraken.KrakenTestData.API_KEY;
import static dev.signet.kraken.KrakenTestData.DOCS_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Params;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderResult;
import dev.signet.kraken.trading.OrderDescription;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.KrakenSignatureCheck;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Typed and escape-hatch calls against MockWebServer, verified on the server side from raw bytes. */
class KrakenClientTest {
  private final MockWebServer server = new MockWebServer();
  private final KrakenSignatureCheck serverCheck = KrakenSignatureCheck.builder().key(API_KEY, DOCS_SECRET).build();

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private KrakenClient client(long firstNonce) {
    return KrakenClient.builder().preflight(false)
        .credentials(KrakenCredentials.of(API_KEY, DOCS_SECRET))
        .baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(firstNonce))
        .build();
  }

  /**
   * The nonce of a private call Kraken accepts (testkit's verifier, from the raw bytes); Signet also
   * sends the exact content type and the nonce first.
   */
  private long verified(RecordedRequest req) {
    KrakenSignatureCheck.Verified v = serverCheck.verify(req);
    assertThat(v.path()).startsWith("/0/private/");
    if (v.json() != null) {
      assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/json");
    } else {
      assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
      assertThat(req.getBody().utf8()).startsWith("nonce=");
    }
    return v.nonce();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  @Test
  void addOrderReproducesTheDocsRequestByteForByte() throws Exception {
    respond(KrakenTestData.resource("fixtures/add_order.json"));
    try (KrakenClient kraken = client(KrakenTestData.DOCS_NONCE)) {
      AddOrderResult placed = kraken.addOrder(
          AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("1.25"), new BigDecimal("37500")).withoutClientOrderId().build());

      RecordedRequest req = server.takeRequest();
      assertThat(req.getTarget()).isEqualTo("/0/private/AddOrder");
      assertThat(req.getBody().utf8()).isEqualTo(KrakenTestData.DOCS_BODY);
      assertThat(req.getHeaders().get("API-Sign")).isEqualTo(KrakenTestData.DOCS_SIGN);
      assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
      assertThat(verified(req)).isEqualTo(KrakenTestData.DOCS_NONCE);
      assertThat(placed).isEqualTo(new AddOrderResult(
          new OrderDescription("buy 2.12340000 XBTUSD @ limit 25000.1 with 2:1 leverage",
              "close position @ stop loss 22000.0 -> limit 21000.0"),
          List.of("OUF4EM-FRGI2-MQMWZD")));
    }
  }

  @Test
  void validateAndClientOrderIdAreSentInAlphabeticalOrder() throws Exception {
    respond("{\"error\":[],\"result\":{\"descr\":{\"order\":\"buy 1.25000000 XBTUSD @ limit 37500.0\"}}}");
    try (KrakenClient kraken = client(5)) {
      AddOrderResult checked = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("1.25"), new BigDecimal("37500"))
          .clientOrderId("bot-1").validate(true).build());
      RecordedRequest req = server.takeRequest();
      assertThat(req.getBody().utf8()).isEqualTo(
          "nonce=5&cl_ord_id=bot-1&ordertype=limit&pair=XBTUSD&price=37500&type=buy&validate=true&volume=1.25");
      verified(req);
      assertThat(checked.txid()).isEmpty();
      assertThat(checked.descr().close()).isNull();
    }
  }

  @Test
  void balanceIsDecodedAsBigDecimalsPerAsset() throws Exception {
    respond(KrakenTestData.resource("fixtures/balance.json"));
    try (KrakenClient kraken = client(100)) {
      KrakenBalance balance = kraken.balance();
      RecordedRequest req = server.takeRequest();
      assertThat(req.getTarget()).isEqualTo("/0/private/Balance");
      assertThat(req.getBody().utf8()).isEqualTo("nonce=100");
      verified(req);
      assertThat(balance.balances()).hasSize(10).containsEntry("XXBT", new BigDecimal("1011.1908877900"))
          .containsEntry("ETH2.S", new BigDecimal("198.3970800000")).containsEntry("ZUSD", new BigDecimal("171288.6158"));
      assertThat(balance.get("USD.M")).contains(new BigDecimal("1213029.2780"));
      assertThat(balance.get("DOGE")).isEmpty();
    }
  }

  @Test
  void spacesAreSentAndSignedAsPercentTwentyNeverPlus() throws Exception {
    respond("{\"error\":[],\"result\":[{\"address\":\"lnbc1\",\"expiretm\":\"0\",\"new\":true}]}");
    try (KrakenClient kraken = client(7)) {
      JsonNode any = kraken.privateCall("DepositAddresses", Params.of("asset", "BTC").add("method", "Bitcoin Lightning"));
      RecordedRequest req = server.takeRequest();
      assertThat(req.getTarget()).isEqualTo("/0/private/DepositAddresses");
      assertThat(req.getBody().utf8()).isEqualTo("nonce=7&asset=BTC&method=Bitcoin%20Lightning");
      verified(req);
      assertThat(any.get(0).get("address").asString()).isEqualTo("lnbc1");
    }
  }

  @Test
  void trickyValuesAreSignedAsSent() throws Exception {
    respond("{\"error\":[],\"result\":{}}");
    try (KrakenClient kraken = client(9)) {
      kraken.privateCall("Ledgers", Params.of("asset", "a b+c&d=e%f 这是测试币456 🚀"));
      RecordedRequest req = server.takeRequest();
      assertThat(req.getBody().utf8()).isEqualTo("nonce=9&asset=a%20b%2Bc%26d%3De%25f%20"
          + "%E8%BF%99%E6%98%AF%E6%B5%8B%E8%AF%95%E5%B8%81456%20%F0%9F%9A%80");
      verified(req);
    }
  }

  @Test
  void jsonBodyGetsTheNonceFirstAndTheJsonContentType() throws Exception {
    respond("{\"error\":[],\"result\":{\"count\":2}}");
    try (KrakenClient kraken = client(42)) {
      int cancelled = kraken.trading().cancelOrderBatch(List.of("OP5V2Y-A", "OP5V2Y-B"));
      RecordedRequest req = server.takeRequest();
      assertThat(req.getBody().utf8()).isEqualTo("{\"nonce\":\"42\",\"orders\":[\"OP5V2Y-A\",\"OP5V2Y-B\"]}");
      assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/json");
      assertThat(verified(req)).isEqualTo(42L);
      assertThat(cancelled).isEqualTo(2);
    }
  }

  @Test
  void privateCallJsonSignsTheExactJsonBytesSent() throws Exception {
    respond("{\"error\":[],\"result\":{\"orders\":[]}}");
    try (KrakenClient kraken = client(77)) {
      java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
      body.put("pair", "BTC/USD");
      body.put("orders", List.of(java.util.Map.of("ordertype", "limit")));
      body.put("validate", true);
      kraken.privateCallJson("AddOrderBatch", body);
      RecordedRequest req = server.takeRequest();
      assertThat(req.getTarget()).isEqualTo("/0/private/AddOrderBatch");
      assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/json");
      assertThat(req.getBody().utf8())
          .isEqualTo("{\"nonce\":\"77\",\"pair\":\"BTC/USD\",\"orders\":[{\"ordertype\":\"limit\"}],\"validate\":true}");
      assertThat(verified(req)).isEqualTo(77L);
    }
  }

  @Test
  void errorEnvelopeBecomesKrakenApiException() {
    respond(KrakenTestData.resource("fixtures/error_invalid_key.json"));
    try (KrakenClient kraken = client(1)) {
      assertThatThrownBy(kraken::balance)
          .isInstanceOfSatisfying(KrakenApiException.class, e -> {
            assertThat(e.errors()).containsExactly("EAPI:Invalid key");
            assertThat(e.hasError("EAPI:Invalid key")).isTrue();
            assertThat(e.httpStatus()).isEqualTo(200);
          })
          .hasMessage("Kraken Balance failed: EAPI:Invalid key"
              + "\nRequest as sent: POST /0/private/Balance with body nonce=1"
              + "\nSigned: /0/private/Balance + SHA256(1nonce=1)"
              + "\nRuled out by construction: the body signed is the body sent (same order, same encoding, %20 never +),"
              + " the full /0/private/ path is signed, the content type matches the body."
              + "\nRemaining causes: the private key does not belong to this API key (check you did not swap the public"
              + " and private key); the key was deleted or belongs to another account or sub-account; the key lacks the"
              + " permission this method needs; this IP is not on the key's allow list.")
          .hasMessageNotContaining(DOCS_SECRET)
          .hasMessageNotContaining(API_KEY);
      assertThat(server.getRequestCount()).as("an invalid key is not retried").isEqualTo(1);
    }
  }

  @Test
  void anErrorEntryThatIsNotAStringIsAMalformedResponse() {
    respond("{\"error\":[42],\"result\":{}}");
    try (KrakenClient kraken = KrakenClient.builder().preflight(false).credentials(KrakenCredentials.of(API_KEY, DOCS_SECRET))
        .baseUrl(server.url("/").toString()).retryPolicy(dev.signet.core.RetryPolicy.none()).build()) {
      assertThatThrownBy(kraken::balance)
          .isInstanceOf(dev.signet.core.MalformedResponseException.class)
          .hasMessageContaining("Kraken Balance answered with an error entry that is not a string: VALUE_NUMBER_INT");
    }
  }

  @Test
  void warningsAloneLeaveTheResultValid() {
    respond("{\"error\":[\"WGeneral:Deprecated\"],\"result\":{\"ZUSD\":\"1.5\"}}");
    try (KrakenClient kraken = client(1)) {
      assertThat(kraken.balance().balances()).isEqualTo(Map.of("ZUSD", new BigDecimal("1.5")));
    }
  }

  @Test
  void serverTimeIsPublicWithoutKeyOrSignature() throws Exception {
    respond(KrakenTestData.resource("fixtures/time.json"));
    try (KrakenClient kraken = client(1)) {
      assertThat(kraken.market().serverTime()).isEqualTo(1688669448000L);
      RecordedRequest req = server.takeRequest();
      assertThat(req.getTarget()).isEqualTo("/0/public/Time");
      assertThat(req.getHeaders().get("API-Key")).isNull();
      assertThat(req.getHeaders().get("API-Sign")).isNull();
    }
  }
}
