package dev.signet.kraken.account;

import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenNonceSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/** A MockWebServer with a client pointed at it (first nonce 1000), for the account tests. */
final class AccountServer implements AutoCloseable {
  static final String SECRET = "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
  static final String KEY = "kApiKeyForTests0123456789";

  final MockWebServer server = new MockWebServer();
  final KrakenClient kraken;

  AccountServer() throws IOException {
    server.start(0);
    kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
        .baseUrl(server.url("/").toString()).nonceSource(KrakenNonceSource.startingAt(1000))
        .retryPolicy(dev.signet.core.RetryPolicy.none()).build();
  }

  void respond(String json) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(json).build());
  }

  void respondFixture(String name) {
    respond(resource("fixtures/" + name));
  }

  void respondBytes(String contentType, byte[] bytes) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", contentType).body(new Buffer().write(bytes))
        .build());
  }

  /** The next request as "POST /path body". */
  String taken() throws InterruptedException {
    RecordedRequest r = server.takeRequest();
    return r.getMethod() + " " + r.getTarget() + " " + r.getBody().utf8();
  }

  static String resource(String name) {
    try (InputStream in = AccountServer.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    kraken.close();
    server.close();
  }
}
