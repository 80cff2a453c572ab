package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hand-built requests, one per failure cause in Binance's -1022 FAQ and Kraken's EAPI:Invalid key
 * article, each signed by hand here: the fakes must refuse them as the exchanges do (so a fake can
 * fail), and accept the correct control request.
 */
class FakesRejectSeedCausesTest {
  private static final String KEY = "hand-key";
  private static final String SECRET = TestKeys.binanceSecret();
  private static final String KRAKEN_SECRET = TestKeys.krakenPrivateKey();
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
  private static final MediaType JSON = MediaType.get("application/json");

  private final FakeBinance binance = FakeBinance.builder().hmacKey(KEY, SECRET).build();
  private final FakeKraken kraken = FakeKraken.builder().key(KEY, KRAKEN_SECRET).build();
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @AfterEach
  void stop() {
    binance.close();
    kraken.close();
  }

  // ---- Binance ----

  private String binanceGet(String query, String apiKey) throws Exception {
    Request.Builder b = new Request.Builder().url(binance.baseUrl() + "/api/v3/openOrders?" + query);
    if (apiKey != null) {
      b.header("X-MBX-APIKEY", apiKey);
    }
    try (Response r = http.newCall(b.build()).execute()) {
      return r.code() + " " + r.body().string();
    }
  }

  private static String hmac256(String secret, String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }

  private String now() {
    return Long.toString(binance.clock().millis());
  }

  @Test
  void binanceAcceptsTheCorrectControlRequest() throws Exception {
    String q = "symbol=BTCUSDT&timestamp=" + now();
    assertThat(binanceGet(q + "&signature=" + hmac256(SECRET, q), KEY)).isEqualTo("200 []");
  }

  @Test
  void binanceCause1SecretNotSetSoNoSignature() throws Exception {
    assertThat(binanceGet("symbol=BTCUSDT&timestamp=" + now(), KEY))
        .isEqualTo("400 {\"code\":-1102,\"msg\":\"Mandatory parameter 'signature' was not sent, was empty/null, or malformed.\"}");
  }

  @Test
  void binanceCause2SecretDoesNotMatchTheKey() throws Exception {
    String q = "symbol=BTCUSDT&timestamp=" + now();
    assertThat(binanceGet(q + "&signature=" + hmac256(TestKeys.binanceSecret(), q), KEY))
        .isEqualTo("400 {\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
  }

  @Test
  void binanceCause3ParameterWithoutValue() throws Exception {
    String q = "symbol=BTCUSDT&orderId=&timestamp=" + now();
    assertThat(binanceGet(q + "&signature=" + hmac256(SECRET, q), KEY))
        .isEqualTo("400 {\"code\":-1102,\"msg\":\"Mandatory parameter 'orderId' was not sent, was empty/null, or malformed.\"}");
  }

  @Test
  void binanceCause4SignatureNotLast() throws Exception {
    String q = "timestamp=" + now() + "&symbol=BTCUSDT";
    assertThat(binanceGet("timestamp=" + now() + "&signature=" + hmac256(SECRET, q) + "&symbol=BTCUSDT", KEY))
        .isEqualTo("400 {\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
  }

  @Test
  void binanceCause5WrongHashOrSignedStringDiffersFromSent() throws Exception {
    String q = "symbol=BTCUSDT&timestamp=" + now();
    Mac sha512 = Mac.getInstance("HmacSHA512");
    sha512.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
    String wrongHash = HexFormat.of().formatHex(sha512.doFinal(q.getBytes(StandardCharsets.UTF_8)));
    assertThat(binanceGet(q + "&signature=" + wrongHash, KEY)).startsWith("400 {\"code\":-1022,");
    // signed before percent-encoding, sent encoded
    String raw = "symbol=这是测试币456&timestamp=" + now();
    String sent = "symbol=%E8%BF%99%E6%98%AF%E6%B5%8B%E8%AF%95%E5%B8%81456&timestamp=" + raw.substring(raw.indexOf("&timestamp=") + 11);
    assertThat(binanceGet(sent + "&signature=" + hmac256(SECRET, raw), KEY)).startsWith("400 {\"code\":-1022,");
  }

  @Test
  void binanceDuplicateKeyUnknownKeyAndStaleTimestamp() throws Exception {
    String dup = "symbol=BTCUSDT&symbol=BTCUSDT&timestamp=" + now();
    assertThat(binanceGet(dup + "&signature=" + hmac256(SECRET, dup), KEY))
        .isEqualTo("400 {\"code\":-1101,\"msg\":\"Duplicate values for a parameter detected.\"}");
    String q = "symbol=BTCUSDT&timestamp=" + now();
    assertThat(binanceGet(q + "&signature=" + hmac256(SECRET, q), "other"))
        .isEqualTo("401 {\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}");
    String stale = "symbol=BTCUSDT&timestamp=" + (binance.clock().millis() - 6000);
    assertThat(binanceGet(stale + "&signature=" + hmac256(SECRET, stale), KEY))
        .isEqualTo("400 {\"code\":-1021,\"msg\":\"Timestamp for this request is outside of the recvWindow.\"}");
    String wide = "symbol=BTCUSDT&recvWindow=70000&timestamp=" + now();
    assertThat(binanceGet(wide + "&signature=" + hmac256(SECRET, wide), KEY))
        .isEqualTo("400 {\"code\":-1131,\"msg\":\"recvWindow must be less than 60000\"}");
  }

  // ---- Kraken ----

  private static String apiSign(String path, String nonce, String postData) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest((nonce + postData).getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA512");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(KRAKEN_SECRET), "HmacSHA512"));
    mac.update(path.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(mac.doFinal(hash));
  }

  private String krakenPost(String path, String body, MediaType type, String sign) throws Exception {
    Request r = new Request.Builder().url(kraken.baseUrl() + path)
        .header("API-Key", KEY).header("API-Sign", sign)
        .post(RequestBody.create(body.getBytes(StandardCharsets.UTF_8), type)).build();
    try (Response response = http.newCall(r).execute()) {
      return response.body().string();
    }
  }

  @Test
  void krakenAcceptsTheCorrectControlRequest() throws Exception {
    String body = "nonce=100&asset=XBT&method=Bitcoin%20Lightning";
    assertThat(krakenPost("/0/private/Balance", body, FORM, apiSign("/0/private/Balance", "100", body)))
        .isEqualTo("{\"error\":[],\"result\":{}}");
  }

  @Test
  void krakenCause1SignedDataDiffersFromSentData() throws Exception {
    String signed = "nonce=101&pair=XBTUSD&type=buy";
    String sent = "nonce=101&type=buy&pair=XBTUSD";
    assertThat(krakenPost("/0/private/Balance", sent, FORM, apiSign("/0/private/Balance", "101", signed)))
        .isEqualTo("{\"error\":[\"EAPI:Invalid key\"]}");
  }

  @Test
  void krakenCause2ContentTypeDoesNotMatchTheBody() throws Exception {
    String json = "{\"nonce\":\"102\"}";
    assertThat(krakenPost("/0/private/Balance", json, FORM, apiSign("/0/private/Balance", "102", json)))
        .isEqualTo("{\"error\":[\"EAPI:Invalid key\"]}");
    String form = "nonce=103";
    assertThat(krakenPost("/0/private/Balance", form, JSON, apiSign("/0/private/Balance", "103", form)))
        .isEqualTo("{\"error\":[\"EAPI:Invalid key\"]}");
    // either encoding is fine when declared and signed consistently
    String good = "{\"nonce\":\"104\"}";
    assertThat(krakenPost("/0/private/Balance", good, JSON, apiSign("/0/private/Balance", "104", good)))
        .isEqualTo("{\"error\":[],\"result\":{}}");
  }

  @Test
  void krakenCause3TruncatedPathInTheSignature() throws Exception {
    String body = "nonce=105";
    assertThat(krakenPost("/0/private/Balance", body, FORM, apiSign("Balance", "105", body)))
        .isEqualTo("{\"error\":[\"EAPI:Invalid key\"]}");
  }

  @Test
  void krakenCause4PlusSentPercentTwentySigned() throws Exception {
    String signed = "nonce=106&asset=XBT&method=Bitcoin%20Lightning";
    String sent = "nonce=106&asset=XBT&method=Bitcoin+Lightning";
    assertThat(krakenPost("/0/private/Balance", sent, FORM, apiSign("/0/private/Balance", "106", signed)))
        .isEqualTo("{\"error\":[\"EAPI:Invalid key\"]}");
  }

  @Test
  void krakenNonceMustIncreaseAndKeyMustBeKnown() throws Exception {
    String first = "nonce=200";
    assertThat(krakenPost("/0/private/Balance", first, FORM, apiSign("/0/private/Balance", "200", first)))
        .isEqualTo("{\"error\":[],\"result\":{}}");
    assertThat(krakenPost("/0/private/Balance", first, FORM, apiSign("/0/private/Balance", "200", first)))
        .isEqualTo("{\"error\":[\"EAPI:Invalid nonce\"]}");
    assertThat(kraken.lastNonce(KEY)).isEqualTo(200L);
    Request stranger = new Request.Builder().url(kraken.baseUrl() + "/0/private/Balance").header("API-Key", "nobody")
        .header("API-Sign", "x").post(RequestBody.create("nonce=300".getBytes(StandardCharsets.UTF_8), FORM)).build();
    try (Response r = http.newCall(stranger).execute()) {
      assertThat(r.body().string()).isEqualTo("{\"error\":[\"EAPI:Invalid key\"]}");
    }
  }
}
