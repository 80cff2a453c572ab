package dev.signet.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.limit.DecayingCounter;
import dev.signet.core.limit.Decision;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitWindow;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store's edges: every operation on the in-process fallback while Redis is unreachable, the
 * operation named when it fails, the timeout (a Redis that never answers), commands refused at once
 * while disconnected, the hold's expiry in Redis, the builder's refusals and the password masked.
 */
class RedisStoreEdgesTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer(true);
  private static final long NOW = Instant.parse("2026-11-22T10:00:15Z").toEpochMilli();
  private static final LimitKey BAN = LimitKey.of(LimitKey.Scope.IP, "api.binance.com", "418 ban");
  private static final LimitWindow WEIGHT =
      new LimitWindow(LimitKey.of(LimitKey.Scope.IP, "api.binance.com", "REQUEST_WEIGHT 1m"), 60_000, 6_000);
  private static final DecayingCounter CALLS =
      new DecayingCounter(LimitKey.of(LimitKey.Scope.KEY, "k", "call counter"), 1_500, 33);

  @Test
  void withTheFallbackEveryOperationCountsInThisProcessWhileRedisIsUnreachable() throws Exception {
    try (RedisLimitStore down = RedisLimitStore.builder().uri("redis://127.0.0.1:" + RedisServer.freePort())
        .timeout(Duration.ofMillis(500)).fallbackToInProcess(true).build()) {
      down.holdUntil(BAN, NOW + 5_000, NOW);
      assertThat(down.heldUntil(BAN)).isEqualTo(NOW + 5_000);
      down.observe(WEIGHT, 42, NOW);
      assertThat(down.used(WEIGHT, NOW)).isEqualTo(42);
      assertThat(down.take(CALLS, 10, NOW)).isEqualTo(Decision.granted());
      assertThat(down.level(CALLS, NOW)).isEqualTo(10_000);
      assertThat(down.take(CALLS, 1_500, NOW)).isEqualTo(Decision.refused(304, CALLS.key()));
    }
  }

  @Test
  void withoutItTheFailureNamesTheOperation() throws Exception {
    try (RedisLimitStore down = RedisLimitStore.connect("redis://127.0.0.1:" + RedisServer.freePort())) {
      assertThatThrownBy(() -> down.level(CALLS, NOW)).isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining(" did not answer the rate-limit store's level (");
      assertThatThrownBy(() -> down.take(CALLS, 0, NOW)).isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining(" did not answer the rate-limit store's take (");
      assertThat(RedisKrakenNonceSource.of(down, "k")).hasToString("RedisKrakenNonceSource");
    }
  }

  @Test
  void aRedisThatNeverAnswersFailsTheCallAfterTheTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        RedisLimitStore store = RedisLimitStore.builder().uri("redis://127.0.0.1:" + silent.getLocalPort())
            .timeout(Duration.ofMillis(300)).build()) {
      Thread accept = new Thread(() -> {
        try (Socket s = silent.accept()) {
          Thread.sleep(30_000);
        } catch (Exception ignored) {
          // closed by the test
        }
      });
      accept.setDaemon(true);
      accept.start();
      long start = System.nanoTime();
      assertThatThrownBy(() -> store.used(WEIGHT, NOW)).isInstanceOf(RedisUnavailableException.class)
          .hasMessageContaining(" did not answer the rate-limit store's used (");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void whileDisconnectedCommandsAreRefusedAtOnceAndAHoldExpiresWithItsRemainingTime() throws Exception {
    String prefix = "edges-" + UUID.randomUUID(); // the suite's Redis outlives a run
    try (RedisLimitStore store = RedisLimitStore.builder().uri(REDIS.uri()).prefix(prefix).build();
        RedisClient raw = RedisClient.create(REDIS.uri());
        StatefulRedisConnection<String, String> c = raw.connect()) {
      store.holdUntil(BAN, NOW + 1_000, NOW);
      assertThat(store.heldUntil(BAN)).isEqualTo(NOW + 1_000);
      assertThat(c.sync().pttl("{" + prefix + "}:" + BAN.path())).as("1 s held + 60 s slack").isBetween(59_000L, 61_000L);
      REDIS.stopServer();
      try {
        long start = System.nanoTime();
        assertThatThrownBy(() -> store.used(WEIGHT, NOW)).isInstanceOf(RedisUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused, not queued until the 2 s timeout")
            .isLessThan(Duration.ofMillis(1_500));
      } finally {
        REDIS.startServer();
      }
    }
  }

  @Test
  void theBuilderRefusesATimeoutThatIsNotPositive() {
    assertThatThrownBy(() -> RedisLimitStore.builder().timeout(null))
        .hasMessage("timeout null is not positive; pass e.g. Duration.ofSeconds(2).");
    assertThatThrownBy(() -> RedisLimitStore.builder().timeout(Duration.ZERO))
        .hasMessage("timeout PT0S is not positive; pass e.g. Duration.ofSeconds(2).");
    assertThatThrownBy(() -> RedisLimitStore.builder().timeout(Duration.ofSeconds(-1)))
        .hasMessage("timeout PT-1S is not positive; pass e.g. Duration.ofSeconds(2).");
  }

  @Test
  void lettucesFailureIsDescribedWithThePasswordOfTheUriMasked() {
    RedisException e = new RedisException("AUTH hunter2 refused; 6379/0?a=b");
    assertThat(new RedisConnector("redis://:hunter2@127.0.0.1:6379/0", Duration.ofSeconds(1)).describe(e))
        .isEqualTo("RedisException: AUTH **** refused; 6379/0?a=b");
    assertThat(new RedisConnector("redis://user:hunter2@127.0.0.1:6379", Duration.ofSeconds(1)).describe(e))
        .isEqualTo("RedisException: AUTH **** refused; 6379/0?a=b");
    assertThat(new RedisConnector("redis://127.0.0.1:6379/0", Duration.ofSeconds(1)).describe(e))
        .isEqualTo("RedisException: AUTH hunter2 refused; 6379/0?a=b");
    assertThat(new RedisConnector("redis://127.0.0.1:6379/0?a=b@c", Duration.ofSeconds(1)).describe(e))
        .as("an @ after the path is no user info").isEqualTo("RedisException: AUTH hunter2 refused; 6379/0?a=b");
  }
}
