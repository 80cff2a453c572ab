package dev.signet.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.ManualTicker;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.SignetException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The executor tells the limiter and the exchange's hooks about every attempt, in order. */
class ExecutorHooksTest {
  private static final Endpoint READ = Endpoint.get("/r").weight(7).build();

  private final MockWebServer server = new MockWebServer();
  private final List<String> events = new CopyOnWriteArrayList<>();

  private final RateLimiter limiter = new RateLimiter() {
    @Override
    public void acquire(Endpoint endpoint, int weight) {
      events.add("acquire " + endpoint + " " + weight);
    }

    @Override
    public void onResponse(Endpoint endpoint, Response response) {
      events.add("response " + endpoint + " " + response.code());
    }

    @Override
    public List<RateLimitUsage> usage() {
      return List.of();
    }
  };

  private final CallHooks hooks = new CallHooks() {
    @Override
    public void beforeCall(Operation<?> operation) {
      events.add("before " + operation.endpoint());
      if (operation.params().containsKey("refuse")) {
        throw new IllegalArgumentException("refused by the hook");
      }
    }

    @Override
    public boolean recover(Operation<?> operation, SignetException failure) {
      events.add("recover " + failure.getClass().getSimpleName());
      return operation.params().containsKey("repairable");
    }

    @Override
    public void afterSuccess(Operation<?> operation, Object value) {
      events.add("after " + value);
    }
  };

  @BeforeEach
  void start() throws Exception {
    server.start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Executor executor(RetryPolicy policy) {
    return new Executor(HttpClients.build(null), server.url("/"), limiter, null, "TestClient", TestReader.INSTANCE,
        policy, null, hooks, new ManualTicker());
  }

  @Test
  void eachAttemptIsCountedSeenAndDecodedAndTheHooksRunAroundTheCall() {
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    server.enqueue(new MockResponse.Builder().body("{\"v\":2}").build());
    Executor e = executor(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).jitter(0).build());
    JsonNode v = e.execute(Operation.of(READ, Params.empty(), Decoder.tree()));
    assertThat(v.get("v").asInt()).isEqualTo(2);
    assertThat(events).containsExactly(
        "before GET /r",
        "acquire GET /r 7", "response GET /r 503", "recover ExchangeApiException",
        "acquire GET /r 7", "response GET /r 200", "after {\"v\":2}");
  }

  @Test
  void aHookThatRefusesStopsTheCallBeforeAnythingIsCountedOrSent() {
    assertThatThrownBy(() -> executor(RetryPolicy.defaults())
        .execute(Operation.of(READ, Params.of("refuse", "1"), Decoder.tree())))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("refused by the hook");
    assertThat(events).containsExactly("before GET /r");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aFailureTheHookRepairsIsRetriedEvenWhenThePolicyWouldNot() {
    Endpoint write = Endpoint.post("/w").build();
    server.enqueue(new MockResponse.Builder().code(400).body("stale").build());
    server.enqueue(new MockResponse.Builder().body("{\"v\":3}").build());
    JsonNode v = executor(RetryPolicy.builder().initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build())
        .execute(Operation.of(write, Params.of("repairable", "1"), Decoder.tree()));
    assertThat(v.get("v").asInt()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void executeTimedReportsTheWireTimesOfTheAnsweredAttempt() {
    server.enqueue(new MockResponse.Builder().body("{\"v\":4}").build());
    long before = System.currentTimeMillis();
    Executor.Timed<JsonNode> t = executor(RetryPolicy.none()).executeTimed(Operation.of(READ, Params.empty(), Decoder.tree()));
    long after = System.currentTimeMillis();
    assertThat(t.value().get("v").asInt()).isEqualTo(4);
    assertThat(t.sentAtMillis()).isBetween(before, after);
    assertThat(t.receivedAtMillis()).isBetween(t.sentAtMillis(), after);
  }

  @Test
  void theExecutorShowsItsHostAndLimiter() {
    Executor e = executor(RetryPolicy.none());
    assertThat(e.baseUrl()).isEqualTo(server.url("/"));
    assertThat(e.limiter()).isSameAs(limiter);
    assertThat(e).hasToString("Executor{" + server.url("/") + "}");
  }
}
