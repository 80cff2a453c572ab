package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.signet.binance.futures.Income;
import dev.signet.binance.futures.IncomeQuery;
import dev.signet.binance.futures.IncomeType;
import dev.signet.binance.spot.Account;
import dev.signet.binance.spot.Balance;
import dev.signet.binance.spot.CommissionRates;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.Params;
import dev.signet.testkit.BinanceSignatureCheck;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Typed and escape-hatch calls against MockWebServer, verified on the server side from raw bytes. */
class BinanceClientTest {
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC);
  private static final dev.signet.core.RetryPolicy FAST_RETRY = dev.signet.core.RetryPolicy.builder()
      .initialBackoff(java.time.Duration.ofMillis(1)).maxBackoff(java.time.Duration.ofMillis(5)).build();
  private static final String TRICKY = "a b+c&d=e%f 这是测试币456 🚀";
  private static final BinanceSignatureCheck BINANCE = BinanceSignatureCheck.builder()
      .hmacKey(TestData.DOCS_API_KEY, TestData.FAQ_SECRET).clock(CLOCK).build();

  private final MockWebServer server = new MockWebServer();
  private BinanceClient client;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    client = TestData.clientFor(server)
        .clock(CLOCK)
        .retryPolicy(FAST_RETRY)
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  @Test
  void accountIsSignedExactlyAsTheFaqVectorAndDecodedWithEveryField() throws Exception {
    respond(TestData.resource("fixtures/spot_account.json"));

    Account account = client.spot().account();

    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo(
        "/api/v3/account?timestamp=1578963600000&signature=d84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4");
    verified(req);

    assertThat(account).isEqualTo(new Account(15, 15, 0, 0,
        new CommissionRates(new BigDecimal("0.00150000"), new BigDecimal("0.00150000"), new BigDecimal("0.00000000"),
            new BigDecimal("0.00000000")),
        true, true, true, false, false, false,
        Instant.ofEpochMilli(123456789L), "SPOT",
        List.of(new Balance("BTC", new BigDecimal("4723846.89208129"), new BigDecimal("0.00000000")),
            new Balance("LTC", new BigDecimal("4763368.68006011"), new BigDecimal("0.00000000"))),
        List.of("SPOT"), 354937868L));
    assertThat(account.balance("LTC").map(Balance::total)).contains(new BigDecimal("4763368.68006011"));
  }

  @Test
  void futuresIncomeSendsTheQueryInOrderAndDecodesTheDocsSample() throws Exception {
    respond(TestData.jsonc("fixtures/futures_income.json"));

    List<Income> income = client.futures().income(IncomeQuery.builder()
        .symbol("BTCUSDT").incomeType(IncomeType.COMMISSION)
        .startTime(Instant.ofEpochMilli(1570608000000L)).endTime(Instant.ofEpochMilli(1570636800000L))
        .limit(1000).build());

    RecordedRequest req = server.takeRequest();
    assertThat(req.getUrl().encodedPath()).isEqualTo("/fapi/v1/income");
    assertThat(verified(req))
        .extracting(Map.Entry::getKey)
        .containsExactly("symbol", "incomeType", "startTime", "endTime", "limit", "timestamp", "signature");
    assertThat(income).containsExactly(
        new Income("", IncomeType.TRANSFER, new BigDecimal("-0.37500000"), "USDT", "TRANSFER",
            Instant.ofEpochMilli(1570608000000L), 9689322392L, ""),
        new Income("BTCUSDT", IncomeType.COMMISSION, new BigDecimal("-0.01000000"), "USDT", "COMMISSION",
            Instant.ofEpochMilli(1570636800000L), 9689322392L, "2059192"));
  }

  @Test
  void unknownIncomeTypeIsKeptNotFailed() throws Exception {
    respond("[{\"symbol\":\"\",\"incomeType\":\"BRAND_NEW_TYPE\",\"income\":\"1\",\"asset\":\"USDT\",\"info\":\"\","
        + "\"time\":1,\"tranId\":\"77\",\"tradeId\":\"\"}]");
    Income only = client.futures().income(IncomeQuery.all()).get(0);
    assertThat(only.incomeType().wireValue()).isEqualTo("BRAND_NEW_TYPE");
    assertThat(only.tranId()).isEqualTo(77L);
    assertThat(server.takeRequest().getTarget()).startsWith("/fapi/v1/income?timestamp=1578963600000&signature=");
  }

  @Test
  void trickyValuesInTheQueryAreSignedAsSentAndArriveIntact() throws Exception {
    respond("{\"ok\":true}");
    JsonNode any = client.spot().signed("GET", "/api/v3/openOrders",
        Params.of("symbol", "这是测试币456").add("note", TRICKY));

    RecordedRequest req = server.takeRequest();
    assertThat(req.getTarget()).startsWith("/api/v3/openOrders?symbol=%E8%BF%99%E6%98%AF%E6%B5%8B%E8%AF%95%E5%B8%81456"
        + "&note=a%20b%2Bc%26d%3De%25f%20%E8%BF%99%E6%98%AF%E6%B5%8B%E8%AF%95%E5%B8%81456%20%F0%9F%9A%80&timestamp=1578963600000&signature=");
    assertThat(verified(req))
        .startsWith(entry("symbol", "这是测试币456"), entry("note", TRICKY));
    assertThat(any.get("ok").asBoolean()).isTrue();
  }

  @Test
  void trickyValuesInAPostBodyAreSignedAsSent() throws Exception {
    respond("{}");
    client.futures().signed("POST", "/fapi/v1/order", Params.of("symbol", "BTCUSDT").add("newClientOrderId", TRICKY)
        .add("quantity", new BigDecimal("1E-7")));

    RecordedRequest req = server.takeRequest();
    assertThat(req.getTarget()).isEqualTo("/fapi/v1/order");
    assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(req.getBody().utf8()).startsWith("symbol=BTCUSDT&newClientOrderId=a%20b%2Bc%26d%3De%25f%20"
        + "%E8%BF%99%E6%98%AF%E6%B5%8B%E8%AF%95%E5%B8%81456%20%F0%9F%9A%80&quantity=0.0000001&timestamp=1578963600000&signature=");
    assertThat(verified(req))
        .contains(entry("newClientOrderId", TRICKY), entry("quantity", "0.0000001"));
  }

  @Test
  void rsaAndEd25519SignaturesVerifyWithTheJdkOnTheServerSide() throws Exception {
    String rsaPem = TestData.resource("vectors/binance-rsa-test-key.pem");
    String edPem = TestData.resource("vectors/binance-ed25519-test-key.pem");
    for (BinanceCredentials creds : List.of(BinanceCredentials.rsa("rsaKey", rsaPem), BinanceCredentials.ed25519("edKey", edPem))) {
      try (BinanceClient c = BinanceClient.builder().credentials(creds).clock(CLOCK)
          .spotBaseUrl(server.url("/").toString()).build()) {
        respond("{}");
        c.spot().signed("GET", "/api/v3/myTrades", Params.of("symbol", "这是测试币456"));
        RecordedRequest req = server.takeRequest();
        String target = req.getTarget();
        String query = target.substring(target.indexOf('?') + 1);
        int at = query.lastIndexOf("&signature=");
        byte[] sig = Base64.getDecoder().decode(
            java.net.URLDecoder.decode(query.substring(at + 11), StandardCharsets.UTF_8));
        byte[] payload = query.substring(0, at).getBytes(StandardCharsets.UTF_8);
        assertThat(req.getHeaders().get("X-MBX-APIKEY")).isEqualTo(creds.apiKey());
        if (creds.keyType() == BinanceCredentials.KeyType.RSA) {
          RSAPrivateCrtKey priv = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(
              new java.security.spec.PKCS8EncodedKeySpec(pemDer(rsaPem)));
          BinanceSignatureCheck rsa = BinanceSignatureCheck.builder().clock(CLOCK).rsaKey("rsaKey",
              KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent())))
              .build();
          assertThat(rsa.verify(req).signedPayload().getBytes(StandardCharsets.UTF_8)).isEqualTo(payload);
        } else {
          Signature expected = Signature.getInstance("Ed25519"); // deterministic: same key, same bytes, same signature
          expected.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(
              new java.security.spec.PKCS8EncodedKeySpec(pemDer(edPem))));
          expected.update(payload);
          assertThat(sig).isEqualTo(expected.sign());
        }
      }
    }
  }

  @Test
  void signatureErrorBecomesBinanceApiExceptionWithCodeMessageAndStatus() {
    server.enqueue(new MockResponse.Builder().code(400).body(TestData.resource("fixtures/error_-1022.json").strip()).build());
    assertThatThrownBy(() -> client.spot().account())
        .isInstanceOfSatisfying(BinanceApiException.class, e -> {
          assertThat(e.code()).isEqualTo(-1022);
          assertThat(e.message()).isEqualTo("Signature for this request is not valid.");
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.rawBody()).isEqualTo("{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
        })
        .hasMessage("Binance error -1022 (HTTP 400) on GET /api/v3/account: Signature for this request is not valid."
            + "\nRequest as sent: GET " + server.url("/api/v3/account") + "?timestamp=1578963600000"
            + "&signature=d84e6641b1e328e7b418fff030caed655c266299c9355e36ce801ed14631eed4"
            + "\nSigned text: timestamp=1578963600000"
            + "\nRuled out by construction: parameter order and percent-encoding (the signature covers the exact bytes"
            + " sent), empty values, duplicate keys, timestamp and signature as the last parameters."
            + "\nRemaining causes: the secret does not belong to this API key (HMAC key vmPU…); the key is of another"
            + " type than the one configured; the key belongs to another account, sub-account or environment (testnet"
            + " keys do not work on production and the reverse); the key lacks permission for this endpoint or this IP"
            + " is not on its whitelist.")
        .hasMessageNotContaining(TestData.FAQ_SECRET)
        .hasMessageNotContaining(TestData.DOCS_API_KEY);
    assertThat(server.getRequestCount()).as("a signature error is not retried").isEqualTo(1);
  }

  @Test
  void htmlErrorPageIsKeptWholeAfterTheReadWasRetried() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(503).body("<html><body>Service Unavailable</body></html>").build());
    }
    assertThatThrownBy(() -> client.spot().market().serverTime())
        .isExactlyInstanceOf(ExchangeApiException.class)
        .hasMessage("HTTP 503 with a body that is not an exchange error: <html><body>Service Unavailable</body></html>")
        .satisfies(e -> assertThat(((ExchangeApiException) e).rawBody()).isEqualTo("<html><body>Service Unavailable</body></html>"));
    assertThat(server.getRequestCount()).as("3 attempts in all").isEqualTo(3);
  }

  @Test
  void serverTimeIsPublicAndUnsigned() throws Exception {
    respond(TestData.resource("fixtures/server_time.json"));
    assertThat(client.spot().market().serverTime()).isEqualTo(1499827319559L);
    RecordedRequest req = server.takeRequest();
    assertThat(req.getTarget()).isEqualTo("/api/v3/time");
    assertThat(req.getHeaders().get("X-MBX-APIKEY")).isNull();
    respond("{\"serverTime\":1499827319560}");
    assertThat(client.futures().market().serverTime()).isEqualTo(1499827319560L);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/fapi/v1/time");
  }

  @Test
  void recvWindowIsSentBeforeTimestamp() throws Exception {
    try (BinanceClient c = BinanceClient.builder().credentials(BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET))
        .clock(CLOCK).recvWindow(5000).spotBaseUrl(server.url("/").toString()).build()) {
      respond(TestData.resource("fixtures/spot_account.json"));
      c.spot().account(true);
      RecordedRequest req = server.takeRequest();
      assertThat(verified(req))
          .extracting(Map.Entry::getKey).containsExactly("omitZeroBalances", "recvWindow", "timestamp", "signature");
    }
  }

  /**
   * The parameters, decoded in wire order, of a request Binance accepts (testkit's verifier, from the
   * raw bytes); Signet also always sends {@code timestamp} just before {@code signature}.
   */
  private static List<Map.Entry<String, String>> verified(RecordedRequest req) {
    List<Map.Entry<String, String>> params = BINANCE.verify(req).params();
    assertThat(params.get(params.size() - 1).getKey()).isEqualTo("signature");
    assertThat(params.get(params.size() - 2).getKey()).isEqualTo("timestamp");
    return params;
  }

  private static byte[] pemDer(String pem) {
    return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
  }
}
