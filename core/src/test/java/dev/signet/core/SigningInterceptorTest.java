package dev.signet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** The interceptor hands the signer the bytes as sent and sends what the signer returns. */
class SigningInterceptorTest {
  private final MockWebServer server = new MockWebServer();
  private final List<SigningInput> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
  private HttpTransport transport;

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
    OkHttpClient http = HttpClients.build(null, SigningInterceptor.of("X-Key", "key1", testSigner));
    transport = new HttpTransport(http, server.url("/"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void signedGetSignsTheEncodedQueryAsSent() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    Endpoint ep = new Endpoint("GET", "/v1/x", Security.SIGNED, 1);
    transport.execute(transport.request(ep, Params.of("a", "x y+z").add("b", "这")), r -> r.body().string());

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
    Endpoint ep = new Endpoint("POST", "/v1/order", Security.SIGNED, 1);
    transport.execute(transport.request(ep, Params.of("method", "Bitcoin Lightning")), r -> r.body().string());

    RecordedRequest req = server.takeRequest();
    assertThat(req.getBody().utf8()).isEqualTo("method=Bitcoin%20Lightning");
    assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(req.getTarget()).isEqualTo("/v1/order?sig=" + sha256Hex("method=Bitcoin%20Lightning"));
    assertThat(seen.get(0).contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(seen.get(0).isFormBody()).isTrue();
  }

  @Test
  void publicAndApiKeyEndpointsAreNotSigned() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{}").build());
    server.enqueue(new MockResponse.Builder().body("{}").build());
    transport.execute(transport.request(new Endpoint("GET", "/p", Security.PUBLIC, 1), Params.of("a", "1")), r -> "");
    transport.execute(transport.request(new Endpoint("GET", "/k", Security.API_KEY, 1), Params.empty()), r -> "");

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
  void toStringShowsTheKeyShortenedOnly() {
    String key = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
    assertThat(SigningInterceptor.ordered("X-MBX-APIKEY", key, testSigner).toString())
        .startsWith("SigningInterceptor{X-MBX-APIKEY: " + Credentials.redact(key) + ", ")
        .endsWith(", ordered}")
        .doesNotContain(key);
  }

  @Test
  void aSignerWhoseQueryOkHttpWouldReencodeIsRefusedBeforeSending() {
    Signer sloppy = in -> new SigningResult("a=x y", in.body(), List.of(), "a=x y");
    HttpTransport t = new HttpTransport(HttpClients.build(null, SigningInterceptor.of("X-Key", null, sloppy)), server.url("/"));
    assertThatThrownBy(() -> t.execute(t.request(new Endpoint("GET", "/x", Security.SIGNED, 1), Params.empty()), r -> ""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Refusing to send: OkHttp would send the query 'a=x%20y' but 'a=x y' was signed. The signer"
            + " produced a query that is not in canonical percent-encoded form.");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void connectionRefusedBecomesConnectFailedWithNothingSent() throws Exception {
    int port = server.getPort();
    server.close();
    HttpTransport t = new HttpTransport(HttpClients.build(null), okhttp3.HttpUrl.get("http://127.0.0.1:" + port + "/"));
    assertThatThrownBy(() -> t.execute(t.request(new Endpoint("GET", "/x", Security.PUBLIC, 1), Params.empty()), r -> ""))
        .isInstanceOfSatisfying(ConnectFailedException.class, e -> assertThat(e.nothingSent()).isTrue())
        .hasMessageStartingWith("GET /x: could not connect, nothing was sent")
        .hasCauseInstanceOf(java.net.ConnectException.class);
  }

  @Test
  void malformedJsonBecomesMalformedResponseWithTheStatus() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"a\":").build());
    assertThatThrownBy(() -> transport.execute(
            transport.request(new Endpoint("GET", "/x", Security.PUBLIC, 1), Params.empty()),
            r -> SignetJson.mapper().readTree(r.body().byteStream())))
        .isInstanceOfSatisfying(MalformedResponseException.class, e -> assertThat(e.httpStatus()).isEqualTo(200))
        .hasMessageStartingWith("GET /x: the response (HTTP 200) could not be decoded:");
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
