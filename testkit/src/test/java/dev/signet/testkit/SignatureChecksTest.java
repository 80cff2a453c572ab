package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public verifiers on their own, on requests a plain MockWebServer recorded, signed by hand here. */
class SignatureChecksTest {
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC);
  private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"; // Binance FAQ
  private static final String KRAKEN_SECRET = TestKeys.krakenPrivateKey();

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RecordedRequest send(Request.Builder request) throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    http.newCall(request.build()).execute().close();
    return server.takeRequest();
  }

  private static String mac(String algorithm, byte[] key, byte[]... parts) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key, algorithm));
    for (byte[] p : parts) {
      mac.update(p);
    }
    return algorithm.equals("HmacSHA256") ? HexFormat.of().formatHex(mac.doFinal()) : Base64.getEncoder().encodeToString(mac.doFinal());
  }

  @Test
  void binanceChecksTheFaqVectorOverQueryAndBodyAndExplainsARejection() throws Exception {
    BinanceSignatureCheck check = BinanceSignatureCheck.builder().hmacKey("k", SECRET).clock(CLOCK).build();
    String query = "symbol=LTCBTC&side=BUY";
    String body = "quantity=1&timestamp=1578963600000";
    String sig = mac("HmacSHA256", SECRET.getBytes(StandardCharsets.UTF_8), (query + body).getBytes(StandardCharsets.UTF_8));
    RecordedRequest ok = send(new Request.Builder().url(server.url("/api/v3/order?" + query)).header("X-MBX-APIKEY", "k")
        .post(RequestBody.create(body + "&signature=" + sig, MediaType.get("application/x-www-form-urlencoded"))));

    BinanceSignatureCheck.Verified v = check.verify(ok);
    assertThat(v.apiKey()).isEqualTo("k");
    assertThat(v.signedPayload()).isEqualTo(query + body);
    assertThat(v.params()).extracting(Map.Entry::getKey).containsExactly("symbol", "side", "quantity", "timestamp", "signature");
    assertThat(v.param("side")).contains("BUY");

    RecordedRequest stale = send(new Request.Builder().url(server.url("/api/v3/account?timestamp=1&signature="
        + mac("HmacSHA256", SECRET.getBytes(StandardCharsets.UTF_8), "timestamp=1".getBytes(StandardCharsets.UTF_8))))
        .header("X-MBX-APIKEY", "k"));
    assertThatThrownBy(() -> check.verify(stale)).isInstanceOfSatisfying(BinanceSignatureCheck.Rejection.class, r -> {
      assertThat(r.httpStatus()).isEqualTo(400);
      assertThat(r.code()).isEqualTo(-1021);
      assertThat(r.exchangeMessage()).isEqualTo("Timestamp for this request is outside of the recvWindow.");
      assertThat(r.reply().body()).isEqualTo("{\"code\":-1021,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}");
    }).hasMessageStartingWith("Binance would answer HTTP 400 -1021 ");
    RecordedRequest forged = send(new Request.Builder().url(server.url("/api/v3/account?timestamp=1578963600000&signature=00"))
        .header("X-MBX-APIKEY", "k"));
    assertThatThrownBy(() -> check.verify(forged)).hasMessageEndingWith("signature over 'timestamp=1578963600000'");
    assertThat(check.verifyApiKey(forged)).isEqualTo("k");
  }

  @Test
  void krakenChecksFormAndJsonBodiesAndRemembersTheNonce() throws Exception {
    KrakenSignatureCheck check = KrakenSignatureCheck.builder().key("k", KRAKEN_SECRET).build();
    byte[] secret = Base64.getDecoder().decode(KRAKEN_SECRET);
    String path = "/0/private/AddOrder";
    String form = "nonce=5&pair=XBTUSD&note=a%20b";
    RecordedRequest formCall = send(new Request.Builder().url(server.url(path)).header("API-Key", "k")
        .header("API-Sign", mac("HmacSHA512", secret, path.getBytes(StandardCharsets.UTF_8),
            MessageDigest.getInstance("SHA-256").digest(("5" + form).getBytes(StandardCharsets.UTF_8))))
        .post(RequestBody.create(form, MediaType.get("application/x-www-form-urlencoded"))));
    String json = "{\"nonce\":\"6\",\"orders\":[\"A\"]}";
    RecordedRequest jsonCall = send(new Request.Builder().url(server.url(path)).header("API-Key", "k")
        .header("API-Sign", mac("HmacSHA512", secret, path.getBytes(StandardCharsets.UTF_8),
            MessageDigest.getInstance("SHA-256").digest(("6" + json).getBytes(StandardCharsets.UTF_8))))
        .post(RequestBody.create(json, MediaType.get("application/json"))));

    KrakenSignatureCheck.Verified v = check.verify(formCall);
    assertThat(v.nonce()).isEqualTo(5L);
    assertThat(v.path()).isEqualTo(path);
    assertThat(v.json()).isNull();
    assertThat(v.params()).containsExactly(Map.entry("nonce", "5"), Map.entry("pair", "XBTUSD"), Map.entry("note", "a b"));
    assertThat(check.verify(jsonCall).json()).isEqualTo(json);
    assertThat(check.lastNonce("k")).isEqualTo(6L);
    assertThatThrownBy(() -> check.verify(formCall)).isInstanceOfSatisfying(KrakenSignatureCheck.Rejection.class, r -> {
      assertThat(r.error()).isEqualTo("EAPI:Invalid nonce");
      assertThat(r.reply().body()).isEqualTo("{\"error\":[\"EAPI:Invalid nonce\"]}");
    }).hasMessage("Kraken would answer {\"error\":[\"EAPI:Invalid nonce\"]}: nonce 5 is not above the last accepted 6");
    RecordedRequest get = send(new Request.Builder().url(server.url(path)).header("API-Key", "k"));
    assertThatThrownBy(() -> check.verify(get)).isInstanceOfSatisfying(KrakenSignatureCheck.Rejection.class,
        r -> assertThat(r.error()).isEqualTo("EGeneral:Invalid arguments"));
  }
}
