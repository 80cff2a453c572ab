package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.RetryPolicy;
import dev.signet.testkit.BinanceSignatureCheck;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A client on MockWebServer with the docs' key and a fixed clock, and the checks the wallet tests share. */
final class SapiCalls implements AutoCloseable {
  static final String SECRET = TestData.FAQ_SECRET;
  static final String API_KEY = TestData.DOCS_API_KEY;
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC);
  private static final BinanceSignatureCheck BINANCE = BinanceSignatureCheck.builder()
      .hmacKey(API_KEY, SECRET).clock(CLOCK).build();

  public final MockWebServer server = new MockWebServer();
  public final BinanceClient client;

  SapiCalls() throws IOException {
    server.start(0);
    // pre-flight off: these tests check the bytes each call sends; PreflightTest checks the pre-flight
    client = BinanceClient.builder().preflight(false).credentials(BinanceCredentials.hmac(API_KEY, SECRET))
        .spotBaseUrl(server.url("/").toString()).futuresBaseUrl(server.url("/").toString())
        .clock(CLOCK).retryPolicy(RetryPolicy.none()).build();
  }

  /** Queues the documented example {@code fixture} (JSONC, comments stripped outside strings). */
  public void respondWith(String fixture) {
    respond(TestData.jsonc("fixtures/" + fixture));
  }

  /** Queues {@code body} with HTTP 200. */
  public void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  /**
   * Takes the next request and checks it: method, path, the parameters in wire order (then
   * {@code timestamp} and {@code signature}, verified from the raw bytes by testkit's checker).
   */
  public void assertSignedRequest(String method, String path, String... keyValues) throws InterruptedException {
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo(method);
    assertThat(req.getUrl().encodedPath()).isEqualTo(path);
    if (method.equals("POST")) {
      assertThat(req.getUrl().encodedQuery()).isNull();
      assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    }
    List<Map.Entry<String, String>> expected = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      expected.add(Map.entry(keyValues[i], keyValues[i + 1]));
    }
    expected.add(Map.entry("timestamp", "1578963600000"));
    List<Map.Entry<String, String>> sent = BINANCE.verify(req).params();
    assertThat(sent.subList(0, sent.size() - 1)).containsExactlyElementsOf(expected);
    assertThat(sent.get(sent.size() - 1).getKey()).isEqualTo("signature");
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
