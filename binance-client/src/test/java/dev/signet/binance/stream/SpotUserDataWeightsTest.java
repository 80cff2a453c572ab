package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.spot.userdata.SpotUserEvent;
import dev.signet.core.Endpoint;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.BinanceSignatureCheck;
import dev.signet.testkit.FakeBinanceUserStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Spot WebSocket API's connection and user data requests are charged on the limiter before
 * they are sent, at their documented weights (2 each), and a refused charge stops them: the exact
 * rows and weights charged per key type, a refused connection failing the build with nothing
 * connected, a refused subscription retried on a later socket, a refused reconnection tried
 * again after the backoff, and the client's own Spot limiter counting them with REST.
 */
class SpotUserDataWeightsTest {
  private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  private static final Instant NOW = Instant.ofEpochMilli(1747385641636L);

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final KeyPair ed = ed25519();
  private final FakeBinanceUserStream fake = new FakeBinanceUserStream(BinanceSignatureCheck.builder()
      .hmacKey(API_KEY, SECRET).ed25519Key("ed-key", ed.getPublic()).clock(clock).build());
  private SpotUserDataStream user;

  /** Records each charge as "row weight"; refuses the ones it is told to. */
  private final class Recording implements RateLimiter {
    final List<String> charges = new ArrayList<>();
    final AtomicInteger refuse = new AtomicInteger();
    volatile String refusing = "";

    @Override
    public synchronized void acquire(Endpoint endpoint, int weight) {
      String row = endpoint.method() + " " + endpoint.path();
      if (row.equals(refusing) && refuse.getAndDecrement() > 0) {
        throw new RateLimitedException("REQUEST_WEIGHT 1m would be exceeded by " + row, Duration.ofSeconds(3));
      }
      charges.add(row + " " + weight);
    }

    @Override
    public void onResponse(Endpoint endpoint, Response response) {}

    @Override
    public List<RateLimitUsage> usage() {
      return List.of();
    }

    synchronized List<String> charges() {
      return List.copyOf(charges);
    }
  }

  @AfterEach
  void close() {
    if (user != null) {
      user.close();
    }
    fake.close();
  }

  private static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private SpotUserDataStream connect(BinanceCredentials credentials, RateLimiter limiter) {
    user = SpotUserDataStream.builder(credentials).baseUrl(fake.baseUrl()).clock(clock).rateLimiter(limiter)
        .options(StreamOptions.builder().reconnect(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10))
            .maxBackoff(Duration.ofMillis(20)).build()).controlMessagesPerSecond(100).build()).build();
    return user;
  }

  @Test
  void anHmacKeyIsChargedTheConnectionAndTheSignedSubscriptionTwoEach() {
    Recording limiter = new Recording();
    connect(BinanceCredentials.hmac(API_KEY, SECRET), limiter);
    fake.awaitSubscribed(1);

    assertThat(limiter.charges()).containsExactly("GET /ws-api/v3 2",
        "POST /ws-api/v3/userDataStream.subscribe.signature 2");
    assertThat(fake.received()).hasSize(1);
  }

  @Test
  void anEd25519KeyIsChargedTheConnectionTheLogonAndTheSubscription() {
    String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(ed.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    Recording limiter = new Recording();
    connect(BinanceCredentials.ed25519("ed-key", pem), limiter);
    fake.awaitSubscribed(1);

    assertThat(limiter.charges()).containsExactly("GET /ws-api/v3 2", "POST /ws-api/v3/session.logon 2",
        "POST /ws-api/v3/userDataStream.subscribe 2");
  }

  @Test
  void aRefusedConnectionChargeFailsTheBuildWithTheLimitersExceptionAndConnectsNothing() {
    Recording limiter = new Recording();
    limiter.refusing = "GET /ws-api/v3";
    limiter.refuse.set(1);

    assertThatThrownBy(() -> connect(BinanceCredentials.hmac(API_KEY, SECRET), limiter))
        .isInstanceOf(RateLimitedException.class)
        .hasMessage("REQUEST_WEIGHT 1m would be exceeded by GET /ws-api/v3");
    assertThat(fake.connectionsOpened()).isZero();
    assertThat(limiter.charges()).isEmpty();
  }

  @Test
  void aRefusedSubscriptionChargeSendsNothingAndIsTriedAgainOnTheNextSocket() throws InterruptedException {
    Recording limiter = new Recording();
    limiter.refusing = "POST /ws-api/v3/userDataStream.subscribe.signature";
    limiter.refuse.set(1);
    connect(BinanceCredentials.hmac(API_KEY, SECRET), limiter);

    StreamItem<SpotUserEvent> gap = user.events().take();
    fake.awaitSubscribed(1);

    assertThat(gap).isEqualTo(new StreamItem.Gap<SpotUserEvent>(StreamItem.Reason.DISCONNECTED,
        "Binance Spot user data stream connection lost: could not subscribe: REQUEST_WEIGHT 1m would be exceeded by "
            + "POST /ws-api/v3/userDataStream.subscribe.signature"));
    assertThat(limiter.charges()).containsExactly("GET /ws-api/v3 2", "GET /ws-api/v3 2",
        "POST /ws-api/v3/userDataStream.subscribe.signature 2");
    assertThat(fake.received()).hasSize(1);
  }

  @Test
  void aReconnectWhoseConnectionChargeIsRefusedIsTriedAgainAfterTheBackoff() throws InterruptedException {
    Recording limiter = new Recording();
    connect(BinanceCredentials.hmac(API_KEY, SECRET), limiter);
    fake.awaitSubscribed(1);
    limiter.refusing = "GET /ws-api/v3";
    limiter.refuse.set(1);
    fake.disconnectAll();

    assertThat(user.events().take()).isInstanceOf(StreamItem.Gap.class);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (limiter.charges().size() < 4 || fake.subscribed() != 1) {
      assertThat(System.nanoTime()).as("the second subscription").isLessThan(deadline);
      Thread.sleep(5);
    }
    assertThat(limiter.charges()).containsExactly("GET /ws-api/v3 2",
        "POST /ws-api/v3/userDataStream.subscribe.signature 2", "GET /ws-api/v3 2",
        "POST /ws-api/v3/userDataStream.subscribe.signature 2");
    assertThat(limiter.refuse.get()).isEqualTo(-1); // the one refusal was spent
    assertThat(fake.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void theClientsSpotLimiterCountsTheStreamInTheSpotRequestWeight() {
    try (BinanceClient client = BinanceClient.builder().spotBaseUrl("http://127.0.0.1:9/").clock(clock).build()) {
      connect(BinanceCredentials.hmac(API_KEY, SECRET), client.spotRateLimiter());
      fake.awaitSubscribed(1);

      RateLimitUsage weight = client.rateLimits().get(0);
      assertThat(weight.name()).isEqualTo("127.0.0.1 REQUEST_WEIGHT 1m");
      assertThat(weight.used()).isEqualTo(4);
      assertThat(weight.limit()).isEqualTo(6000);
    }
  }
}
