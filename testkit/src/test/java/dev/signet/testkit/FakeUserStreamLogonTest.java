package dev.signet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FakeBinanceUserStream}'s {@code session.logon} (Spot WebSocket API docs, "Log in with API
 * key (SIGNED)") then the unsigned {@code userDataStream.subscribe}, spoken by a raw OkHttp
 * WebSocket: the logon signed with the JDK's own {@code Ed25519} over the sorted parameters of a
 * key pair made here, answered as the docs show; an HMAC key, a wrong signature and a subscribe
 * before logon refused with Binance's errors.
 */
class FakeUserStreamLogonTest {
  private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
  private final KeyPair ed = ed25519();
  private final FakeClock clock = FakeClock.frozenAt(NOW);
  private final FakeBinanceUserStream fake = new FakeBinanceUserStream(BinanceSignatureCheck.builder()
      .ed25519Key("ed-key", ed.getPublic()).hmacKey("hmac-key", "hmac-secret").clock(clock).build());
  private final OkHttpClient http = new OkHttpClient();
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final WebSocket ws = http.newWebSocket(new Request.Builder().url(fake.baseUrl() + "/ws-api/v3").build(),
      new WebSocketListener() {
        @Override
        public void onMessage(WebSocket webSocket, String text) {
          answers.add(text);
        }
      });

  @AfterEach
  void stop() {
    ws.close(1000, null);
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private String ask(String request) throws InterruptedException {
    ws.send(request);
    String answer = answers.poll(5, TimeUnit.SECONDS);
    assertThat(answer).as("an answer to " + request).isNotNull();
    return answer;
  }

  private String logon(String apiKey) throws Exception {
    Signature s = Signature.getInstance("Ed25519");
    s.initSign(ed.getPrivate());
    s.update(("apiKey=" + apiKey + "&timestamp=" + NOW.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
    String signature = Base64.getEncoder().encodeToString(s.sign());
    return "{\"id\":\"a1\",\"method\":\"session.logon\",\"params\":{\"apiKey\":\"" + apiKey + "\",\"signature\":\""
        + signature + "\",\"timestamp\":" + NOW.toEpochMilli() + "}}";
  }

  @Test
  void anEd25519LogonAuthenticatesTheUnsignedSubscribeAndEventsFollow() throws Exception {
    assertThat(ask(logon("ed-key"))).isEqualTo("{\"id\":\"a1\",\"status\":200,\"result\":{\"apiKey\":\"ed-key\","
        + "\"authorizedSince\":1793491200000,\"connectedSince\":1793491200000,\"returnRateLimits\":false,"
        + "\"serverTime\":1793491200000,\"userDataStream\":false}}");
    assertThat(ask("{\"id\":2,\"method\":\"userDataStream.subscribe\"}"))
        .isEqualTo("{\"id\":2,\"status\":200,\"result\":{\"subscriptionId\":0}}");
    assertThat(fake.publish("{\"e\":\"balanceUpdate\"}")).isEqualTo(1);
    assertThat(answers.poll(5, TimeUnit.SECONDS)).isEqualTo("{\"subscriptionId\":0,\"event\":{\"e\":\"balanceUpdate\"}}");
  }

  @Test
  void aSubscribeBeforeLogonAWrongSignatureAndAnHmacKeyAreRefused() throws Exception {
    assertThat(ask("{\"id\":1,\"method\":\"userDataStream.subscribe\"}")).isEqualTo("{\"id\":1,\"status\":401,"
        + "\"error\":{\"code\":-1002,\"msg\":\"You are not authorized to execute this request.\"}}");
    assertThat(ask(logon("ed-key").replace("\"timestamp\":1793491200000", "\"timestamp\":1793491200001")))
        .isEqualTo("{\"id\":\"a1\",\"status\":400,\"error\":{\"code\":-1022,"
            + "\"msg\":\"Signature for this request is not valid.\"}}");
    String hmac = "{\"id\":3,\"method\":\"session.logon\",\"params\":{\"apiKey\":\"hmac-key\",\"timestamp\":1793491200000,"
        + "\"signature\":\"" + hmacHex("apiKey=hmac-key&timestamp=1793491200000") + "\"}}";
    assertThat(ask(hmac)).isEqualTo("{\"id\":3,\"status\":400,\"error\":{\"code\":-1020,"
        + "\"msg\":\"This operation is not supported.\"}}");
    assertThat(fake.subscribed()).isZero();
  }

  private static String hmacHex(String payload) throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("hmac-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return java.util.HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }
}
