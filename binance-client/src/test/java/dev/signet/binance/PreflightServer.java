package dev.signet.binance;

import dev.signet.core.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * A MockWebServer with a client whose pre-flight is on (both hosts on the server, the docs' key, a
 * fixed clock, no retries), and the steps the pre-flight tests share: queue an answer, take the next
 * request's path.
 */
final class PreflightServer implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final BinanceClient client;

  PreflightServer() throws IOException {
    server.start();
    client = TestData.clientFor(server).preflight(true).rateLimiters(new RecordingLimiter(), new RecordingLimiter())
        .clock(Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC)).retryPolicy(RetryPolicy.none()).build();
  }

  /** Queues {@code body} with {@code status}. */
  void serve(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build());
  }

  /** The path of the next request that arrived, without its query. */
  String nextPath() throws InterruptedException {
    return server.takeRequest().getUrl().encodedPath();
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
