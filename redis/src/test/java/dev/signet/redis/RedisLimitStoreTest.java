package dev.signet.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.limit.Charge;
import dev.signet.core.limit.Decision;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import dev.signet.core.limit.LimitWindow;
import dev.signet.testkit.limit.LimitStoreContract;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis store passes the store contract against a real redis-server, and keeps its keys as documented. */
class RedisLimitStoreTest extends LimitStoreContract {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();
  private static RedisLimitStore store;

  @Override
  protected LimitStore store() {
    if (store == null) {
      store = RedisLimitStore.builder().uri(REDIS.uri()).prefix("contract-" + UUID.randomUUID()).build();
    }
    return store;
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
      store = null;
    }
  }

  @Test
  void aWindowIsOneKeyPerWindowInTheStoresHashSlotExpiringAfterItsWindow() {
    LimitWindow w = new LimitWindow(LimitKey.of(LimitKey.Scope.IP, "keys.example", "REQUEST_WEIGHT 1m"), 60_000, 6_000);
    String prefix = "layout-" + UUID.randomUUID(); // the suite's Redis outlives a run: surefire's, then PIT's
    try (RedisLimitStore keys = RedisLimitStore.builder().uri(REDIS.uri()).prefix(prefix).build()) {
      assertThat(keys.reserve(List.of(), List.of(new Charge(w, 20)), MINUTE + 15_000)).isEqualTo(Decision.granted());
      RedisClient client = RedisClient.create(REDIS.uri());
      try (StatefulRedisConnection<String, String> c = client.connect()) {
        String key = "{" + prefix + "}:IP:keys.example:REQUEST_WEIGHT 1m:" + (MINUTE / 60_000);
        assertThat(c.sync().get(key)).isEqualTo("20");
        assertThat(c.sync().pttl(key)).isBetween(100_000L, 105_000L); // 45 s to the next window + 60 s
      } finally {
        client.shutdown();
      }
    }
  }

  @Test
  void itIsShownByItsAddressAndNeverItsPassword() {
    try (RedisLimitStore secret = RedisLimitStore.builder().uri("redis://:hunter2@10.0.0.5:6380/3").build()) {
      assertThat(secret).hasToString("RedisLimitStore{redis://10.0.0.5:6380/3, prefix {signet}:}");
    }
  }
}
