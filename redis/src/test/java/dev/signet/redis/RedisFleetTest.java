package dev.signet.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceLimits;
import dev.signet.core.Params;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimitedException;
import dev.signet.core.limit.LimitKey;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.FakeTicker;
import dev.signet.testkit.TestKeys;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two clients, each with a store of its own (as two processes would have), share one budget through Redis. */
class RedisFleetTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();
  private static final String KEY = "fleet-key";
  private static final String SECRET = TestKeys.krakenPrivateKey();

  private final String prefix = "fleet-" + UUID.randomUUID();
  private final FakeTicker ticker = FakeTicker.at(Instant.parse("2026-11-22T10:00:15Z"));
  private final List<AutoCloseable> open = new ArrayList<>();

  private RedisLimitStore store() {
    RedisLimitStore store = RedisLimitStore.builder().uri(REDIS.uri()).prefix(prefix).build();
    open.add(store);
    return store;
  }

  private <T extends AutoCloseable> T keep(T closeable) {
    open.add(closeable);
    return closeable;
  }

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  private BinanceClient binance(FakeBinance fake) {
    return keep(BinanceClient.builder().spotBaseUrl(fake.baseUrl()).futuresBaseUrl(fake.baseUrl())
        .limits(new BinanceLimits(10, 50, 0, 160_000), BinanceLimits.FUTURES).maxRateLimitWait(Duration.ZERO)
        .ticker(ticker).limitStore(store()).build());
  }

  @Test
  void twoBinanceClientsShareTheHostsRequestWeight() {
    FakeBinance fake = keep(FakeBinance.builder().build());
    BinanceClient a = binance(fake);
    BinanceClient b = binance(fake);
    for (int i = 0; i < 6; i++) {
      a.spot().publicCall("GET", "/api/v3/time", Params.empty());
    }
    for (int i = 0; i < 4; i++) {
      b.spot().publicCall("GET", "/api/v3/time", Params.empty());
    }
    assertThatThrownBy(() -> b.spot().publicCall("GET", "/api/v3/time", Params.empty()))
        .isInstanceOf(RateLimitedException.class)
        .hasMessage("Not sent: localhost REQUEST_WEIGHT 1m (limit 10) allows the next call in 45000 ms, longer than"
            + " the allowed wait of 0 ms.");
    assertThat(a.rateLimits().get(0)).isEqualTo(
        new RateLimitUsage("localhost REQUEST_WEIGHT 1m", 10, 10, Duration.ofMinutes(1)));
    ticker.advance(Duration.ofSeconds(45));
    b.spot().publicCall("GET", "/api/v3/time", Params.empty());
    assertThat(a.rateLimits().get(0).used()).isEqualTo(1);
  }

  @Test
  void twoKrakenClientsShareTheCallCounterAndTakeTheirNoncesFromRedis() {
    FakeKraken fake = keep(FakeKraken.builder().key(KEY, SECRET)
        .balance("ZUSD", new BigDecimal("100")).build());
    KrakenClient a = kraken(fake);
    KrakenClient b = kraken(fake);
    for (int i = 0; i < 10; i++) {
      a.balance();
    }
    for (int i = 0; i < 5; i++) {
      b.balance();
    }
    assertThatThrownBy(b::balance).isInstanceOf(RateLimitedException.class)
        .hasMessage("Not sent: Kraken's call counter (STARTER, max 15) allows the next call in 3031 ms, longer than"
            + " the allowed wait of 0 ms.");
    assertThat(a.rateLimits().get(0).used()).isEqualTo(15);
    RedisClient client = RedisClient.create(REDIS.uri());
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      String last = c.sync().get("{" + prefix + "}:KEY:" + LimitKey.fingerprint(KEY) + ":nonce");
      assertThat(fake.lastNonce(KEY)).isEqualTo(Long.parseLong(last));
    } finally {
      client.shutdown();
    }
  }

  private KrakenClient kraken(FakeKraken fake) {
    return keep(KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
        .baseUrl(fake.baseUrl()).maxRateLimitWait(Duration.ZERO).ticker(ticker).limitStore(store()).build());
  }

  @Test
  void noncesFromTwoStoresAreDistinctAndIncreasingForEveryCaller() throws Exception {
    List<RedisKrakenNonceSource> sources = List.of(RedisKrakenNonceSource.of(store(), KEY),
        RedisKrakenNonceSource.of(store(), KEY));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Long>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        RedisKrakenNonceSource source = sources.get(t % 2);
        runs.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < 100; i++) {
            mine.add(source.nextNonce());
          }
          return mine;
        }));
      }
      Set<Long> all = new HashSet<>();
      for (Future<List<Long>> run : runs) {
        List<Long> mine = run.get(30, TimeUnit.SECONDS);
        assertThat(mine).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        all.addAll(mine);
      }
      assertThat(all).hasSize(800);
    } finally {
      pool.shutdownNow();
    }
  }
}
