package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.ConnectFailedException;
import dev.signet.core.internal.Credentials;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.internal.HttpClients;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.Signer;
import dev.signet.core.SigningInput;
import dev.signet.core.SigningResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The executor encodes once, hands the signer the bytes as sent and sends what the signer returns. */
class ExecutorSigningTest {
  private final MockWebServer server = new MockWebServer();
  private final List<SigningInput> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
  private Executor executor;

  /** A test signer: appends sig=sha256hex(query+body) to the query and an X-Test header. */
  private final Signer testSigner = input -> {
    seen.add(input);
    String payload = input.encodedQuery() + input.body().utf8();
    String sig = sha256Hex(payload);
    String q = input.encodedQuery().isEmpty() ? "sig=" + sig : input.encodedQuery() + "&sig=" + sig;
    return new SigningResult(q, input.body(), List.of(new SigningResult.Header("X-Test", "signed")), payload);
  };

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    executor = executor(RequestSigner.of("X-Key", "key1", testSigner));
  }

  private Executor executor(RequestSigner signer) {
    return new Executor(HttpClients.build(null), server.url("/"), RateLimiter.unlimited(), signer, "TestClient",
        TestReader.INSTANCE, RetryPolicy.none(), null, new CallHooks() {}, dev.signet.core.Ticker.system());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static Operation<JsonNode> op(Endpoint endpoint, Params params) {
    return Operation.of(endpoint, params, Decoder.tree());
  }

  @Test
  void signedGetSignsTheEncodedQueryAsSent() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    executor.execute(op(Endpoint.get("/v1/x").signed().build(), Params.of("a", "x y+z").add("b", "这")));

    RecordedRequest req = server.takeRequest();
    String query = "a=x%20y%2Bz&b=%E8%BF%99";
    assertThat(req.getTarget()).isEqualTo("/v1/x?" + query + "&sig=" + sha256Hex(query));
    assertThat(req.getHeaders().get("X-Key")).isEqualTo("key1");
    assertThat(req.getHeaders().get("X-Test")).isEqualTo("signed");
    assertThat(seen).singleElement().satisfies(in -> {
      assertThat(in.method()).isEqualTo("GET");
      assertThat(in.encodedPath()).isEqualTo("/v1/x");
      assertThat(in.encodedQuery()).isEqualTo(query);
      assertThat(in.body()).isEqualTo(ByteString.EMPTY);
      assertThat(in.contentType()).isNull();
    });
  }

  @Test
  void signedPostHandsOverTheFormBodyBytesAndContentType() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    executor.execute(op(Endpoint.post("/v1/order").signed().build(), Params.of("method", "Bitcoin Lightning")));

    RecordedRequest req = server.takeRequest();
    assertThat(req.getBody().utf8()).isEqualTo("method=Bitcoin%20Lightning");
    assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(req.getTarget()).isEqualTo("/v1/order?sig=" + sha256Hex("method=Bitcoin%20Lightning"));
    assertThat(seen.get(0).contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(seen.get(0).isFormBody()).isTrue();
  }

  @Test
  void aJsonOperationSendsItsBytesAsJson() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    executor.execute(Operation.json(Endpoint.post("/v1/batch").signed().build(),
        ByteString.encodeUtf8("{\"orders\":[\"A\"]}"), Decoder.tree()));

    RecordedRequest req = server.takeRequest();
    assertThat(req.getBody().utf8()).isEqualTo("{\"orders\":[\"A\"]}");
    assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(seen.get(0).isJsonBody()).isTrue();
  }

  @Test
  void publicAndApiKeyEndpointsAreNotSigned() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    server.enqueue(new MockResponse.Builder().body("{}").build());
    executor.execute(op(Endpoint.get("/p").build(), Params.of("a", "1")));
    executor.execute(op(Endpoint.get("/k").apiKey().build(), Params.empty()));

    RecordedRequest pub = server.takeRequest();
    assertThat(pub.getTarget()).isEqualTo("/p?a=1");
    assertThat(pub.getHeaders().get("X-Key")).isNull();
    RecordedRequest keyed = server.takeRequest();
    assertThat(keyed.getTarget()).isEqualTo("/k");
    assertThat(keyed.getHeaders().get("X-Key")).isEqualTo("key1");
    assertThat(keyed.getHeaders().get("X-Test")).isNull();
    assertThat(seen).isEmpty();
  }

  @Test
  void withoutCredentialsASignedCallFailsUnsentNamingTheFix() {
    Executor anonymous = executor(null);
    assertThatThrownBy(() -> anonymous.execute(op(Endpoint.get("/v1/x").signed().build(), Params.empty())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This TestClient has no credentials, so it cannot call the signed endpoint /v1/x. Set them with"
            + " TestClient.builder().credentials(...).");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void toStringShowsTheKeyShortenedOnly() {
    String key = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    assertThat(RequestSigner.ordered("X-MBX-APIKEY", key, testSigner).toString())
        .startsWith("RequestSigner{X-MBX-APIKEY: " + Credentials.redact(key) + ", ")
        .endsWith(", ordered}")
        .doesNotContain(key);
  }

  @Test
  void aSignerWhoseQueryOkHttpWouldReencodeIsRefusedBeforeSending() {
    Signer sloppy = in -> new SigningResult("a=x y", in.body(), List.of(), "a=x y");
    Executor e = executor(RequestSigner.of("X-Key", "key1", sloppy));
    assertThatThrownBy(() -> e.execute(op(Endpoint.get("/x").signed().build(), Params.empty())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Refusing to send: OkHttp would send the query 'a=x%20y' but 'a=x y' was signed. The signer"
            + " produced a query that is not in canonical percent-encoded form.");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void connectionRefusedBecomesConnectFailedWithNothingSent() throws Exception {
    int port = server.getPort();
    server.close();
    Executor e = new Executor(HttpClients.build(null), okhttp3.HttpUrl.get("http://127.0.0.1:" + port + "/"),
        RateLimiter.unlimited(), null, "TestClient", TestReader.INSTANCE, RetryPolicy.none(), null, new CallHooks() {}, dev.signet.core.Ticker.system());
    assertThatThrownBy(() -> e.execute(op(Endpoint.get("/x").build(), Params.empty())))
        .isInstanceOfSatisfying(ConnectFailedException.class, f -> assertThat(f.nothingSent()).isTrue())
        .hasMessageStartingWith("GET /x: could not connect, nothing was sent")
        .hasCauseInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void malformedJsonBecomesMalformedResponseWithTheStatus() {
    server.enqueue(new MockResponse.Builder().body("{\"a\":").build());
    assertThatThrownBy(() -> executor.execute(op(Endpoint.get("/x").build(), Params.empty())))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> assertThat(e.httpStatus()).isEqualTo(200))
        .hasMessageStartingWith("GET /x: the response (HTTP 200) could not be decoded:");
  }

  @Test
  void aSignedPostAnswered503WithRetryAfterZeroIsSentOnceNotResentByOkHttp() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").body("busy").build());
    server.enqueue(new MockResponse.Builder().body("{}").build());
    assertThatThrownBy(() -> executor.execute(op(Endpoint.post("/v1/order").signed().order(1, null).build(),
        Params.of("a", "1"))))
        .isInstanceOf(dev.signet.core.OrderStatusUnknownException.class)
        .hasMessageContaining("HTTP 503");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(seen).hasSize(1);
  }

  @Test
  void retryOnConnectionFailureIsAlwaysOff() {
    OkHttpClient user = new OkHttpClient.Builder().retryOnConnectionFailure(true).build();
    assertThat(HttpClients.build(user).retryOnConnectionFailure()).isFalse();
    assertThat(HttpClients.build(null).retryOnConnectionFailure()).isFalse();
  }

  static String sha256Hex(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
