package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.CircuitOpenException;
import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.ExchangeApiException;
import dev.signet.core.ManualTicker;
import dev.signet.core.Operation;
import dev.signet.core.OrderStatusUnknownException;
import dev.signet.core.WriteOutcomeUnknownException;
import dev.signet.core.Params;
import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.SignetException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Retries as the policy says, waited on the executor's ticker: the count, the waits and the deadline, exactly. */
class ExecutorRetryTest {
  private static final Endpoint READ = Endpoint.get("/r").build();
  private static final Endpoint ORDER = Endpoint.post("/o").order(1, "cid").build();
  private static final Endpoint IDENTIFIED_WRITE = Endpoint.post("/w").write("wid").build();
  private static final Endpoint WRITE = Endpoint.post("/w").write().build();

  private final MockWebServer server = new MockWebServer();
  private final ManualTicker ticker = new ManualTicker();

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Executor executor(RetryPolicy policy, boolean breaker) {
    return new Executor(HttpClients.build(null), server.url("/"), RateLimiter.unlimited(), null, "TestClient",
        TestReader.INSTANCE, policy, breaker ? Breakers.forHost("test.host") : null, new CallHooks() {}, ticker);
  }

  private static RetryPolicy policy(int attempts, long initialMillis, long maxMillis, long deadlineMillis) {
    return RetryPolicy.builder().maxAttempts(attempts).initialBackoff(Duration.ofMillis(initialMillis))
        .maxBackoff(Duration.ofMillis(maxMillis)).deadline(Duration.ofMillis(deadlineMillis)).jitter(0).build();
  }

  private static Operation<JsonNode> read() {
    return Operation.of(READ, Params.empty(), Decoder.tree());
  }

  private void answer(int... codes) {
    for (int code : codes) {
      server.enqueue(new MockResponse.Builder().code(code).body(code == 200 ? "{\"ok\":1}" : "busy").build());
    }
  }

  @Test
  void aReadIsRetriedAfterWaitsThatDouble() {
    answer(503, 503, 503, 200);
    JsonNode value = executor(policy(4, 100, 1000, 10_000), false).execute(read());
    assertThat(value.get("ok").asInt()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(ticker.waitMillis()).containsExactly(100L, 200L, 400L);
  }

  @Test
  void theWaitsStopGrowingAtTheCap() {
    answer(500, 500, 500, 500, 200);
    executor(policy(5, 100, 250, 10_000), false).execute(read());
    assertThat(ticker.waitMillis()).containsExactly(100L, 200L, 250L, 250L);
  }

  @Test
  void noMoreThanMaxAttemptsAreSentAndTheLastFailureIsThrown() {
    answer(503, 503, 503, 200);
    assertThatThrownBy(() -> executor(policy(3, 10, 10, 10_000), false).execute(read()))
        .isInstanceOfSatisfying(ExchangeApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(503))
        .hasMessage("HTTP 503 with a body that is not an exchange error: busy");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(ticker.waitMillis()).containsExactly(10L, 10L);
  }

  @Test
  void oneAttemptMeansNoRetryAndNoWait() {
    answer(503, 200);
    assertThatThrownBy(() -> executor(RetryPolicy.none(), false).execute(read()))
        .isInstanceOf(ExchangeApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void noAttemptStartsWhoseWaitWouldEndAtOrPastTheDeadline() {
    // waits 100 then 200: the second would end at 300 ms, which is not before a 300 ms deadline
    answer(503, 503, 200);
    assertThatThrownBy(() -> executor(policy(5, 100, 1000, 300), false).execute(read()))
        .isInstanceOf(ExchangeApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(ticker.waitMillis()).containsExactly(100L);
  }

  @Test
  void anAttemptWhoseWaitEndsJustBeforeTheDeadlineIsSent() {
    answer(503, 503, 200);
    executor(policy(5, 100, 1000, 301), false).execute(read());
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(ticker.waitMillis()).containsExactly(100L, 200L);
  }

  @Test
  void anOrderAnswered503IsReportedUnknownNeverResent() {
    answer(503, 200);
    Operation<JsonNode> order = Operation.of(ORDER, Params.of("cid", "bot-1"), Decoder.tree()).withClientOrderId("bot-1");
    assertThatThrownBy(() -> executor(policy(3, 10, 10, 10_000), false).execute(order))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class, e -> assertThat(e.clientOrderId()).isEqualTo("bot-1"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void aWriteWithAClientIdAnswered503IsReportedUnknownNamingTheIdNeverResent() {
    answer(503, 200);
    Operation<JsonNode> write = Operation.of(IDENTIFIED_WRITE, Params.of("wid", "w-7"), Decoder.tree()).withClientOrderId("w-7");
    assertThatThrownBy(() -> executor(policy(3, 10, 10, 10_000), false).execute(write))
        .isInstanceOfSatisfying(WriteOutcomeUnknownException.class, e -> {
          assertThat(e.request()).isEqualTo("POST /w");
          assertThat(e.clientIdParam()).isEqualTo("wid");
          assertThat(e.clientId()).isEqualTo("w-7");
          assertThat(e.getCause()).isExactlyInstanceOf(ExchangeApiException.class)
              .hasMessage("HTTP 503 with a body that is not an exchange error: busy");
        })
        .hasMessage("The outcome of POST /w with wid=w-7 is unknown: it may or may not have been applied (HTTP 503"
            + " with a body that is not an exchange error: busy). It was not resent; look it up by its wid.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWriteWithoutAClientIdAnswered503IsThrownAsIsNeverResent() {
    answer(503, 200);
    Operation<JsonNode> write = Operation.of(WRITE, Params.of("a", "1"), Decoder.tree());
    assertThatThrownBy(() -> executor(policy(3, 10, 10, 10_000), false).execute(write))
        .isExactlyInstanceOf(ExchangeApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aWriteWithAClientIdRefusedWith400IsThrownAsIs() {
    answer(400);
    Operation<JsonNode> write = Operation.of(IDENTIFIED_WRITE, Params.of("wid", "w-8"), Decoder.tree()).withClientOrderId("w-8");
    assertThatThrownBy(() -> executor(policy(3, 10, 10, 10_000), false).execute(write))
        .isExactlyInstanceOf(ExchangeApiException.class)
        .hasMessage("HTTP 400 with a body that is not an exchange error: busy");
  }

  @Test
  void anOrderRefusedWith400IsThrownAsIsNotUnknown() {
    answer(400);
    Operation<JsonNode> order = Operation.of(ORDER, Params.of("cid", "bot-2"), Decoder.tree()).withClientOrderId("bot-2");
    assertThatThrownBy(() -> executor(policy(3, 10, 10, 10_000), false).execute(order))
        .isExactlyInstanceOf(ExchangeApiException.class)
        .hasMessage("HTTP 400 with a body that is not an exchange error: busy");
  }

  @Test
  void clientErrorsDoNotOpenTheBreaker() {
    Executor e = executor(RetryPolicy.none(), true);
    for (int i = 0; i < 25; i++) {
      answer(400);
      assertThatThrownBy(() -> e.execute(read())).isExactlyInstanceOf(ExchangeApiException.class);
    }
    answer(200);
    assertThat(e.execute(read()).get("ok").asInt()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(26);
  }

  @Test
  void serverErrorsOpenTheBreakerAndThenCallsFailUnsent() {
    Executor e = executor(RetryPolicy.none(), true);
    for (int i = 0; i < 10; i++) {
      answer(502);
      assertThatThrownBy(() -> e.execute(read())).isExactlyInstanceOf(ExchangeApiException.class);
    }
    answer(200);
    assertThatThrownBy(() -> e.execute(read()))
        .isInstanceOf(CircuitOpenException.class)
        .hasMessage("The circuit breaker of " + server.url("/").host() + " is open after repeated I/O or 5xx"
            + " failures; calls fail fast, unsent, until it half-opens.");
    assertThat(server.getRequestCount()).isEqualTo(10);
  }

  @Test
  void anInterruptedWaitStopsTheCallAndKeepsTheInterrupt() {
    answer(503, 200);
    Executor e = new Executor(HttpClients.build(null), server.url("/"), RateLimiter.unlimited(), null, "TestClient",
        TestReader.INSTANCE, policy(3, 10, 10, 10_000), null, new CallHooks() {}, new dev.signet.core.Ticker() {
          @Override
          public long nanoTime() {
            return 0;
          }

          @Override
          public java.time.Clock wallClock() {
            return java.time.Clock.systemUTC();
          }

          @Override
          public void sleep(Duration d) throws InterruptedException {
            throw new InterruptedException("test");
          }
        });
    try {
      assertThatThrownBy(() -> e.execute(read()))
          .isExactlyInstanceOf(SignetException.class).hasMessage("interrupted while waiting to retry");
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void aSignedCallWithoutCredentialsIsRefusedUnsent() {
    Operation<JsonNode> signed = Operation.of(Endpoint.get("/s").signed().build(), Params.empty(), Decoder.tree());
    assertThatThrownBy(() -> executor(RetryPolicy.none(), false).execute(signed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This TestClient has no credentials, so it cannot call the signed endpoint /s. Set them with"
            + " TestClient.builder().credentials(...).");
    assertThat(server.getRequestCount()).isZero();
    assertThat(ticker.waits()).isEmpty();
  }
}
