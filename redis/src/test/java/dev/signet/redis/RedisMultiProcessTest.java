package dev.signet.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.limit.DecayingCounter;
import dev.signet.core.limit.LimitKey;
import dev.signet.testkit.Access;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.Reply;
import dev.signet.testkit.TestKeys;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fleet for real: four JVMs, each with one Redis store and two clients per exchange, share one
 * Binance weight budget and one Kraken call counter exactly, and draw nonces no two processes share.
 */
class RedisMultiProcessTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();
  private static final int PROCESSES = 4;
  private static final String KEY = "fleet-process-key";
  private static final String SECRET = TestKeys.krakenPrivateKey();
  private static final long WALL = Instant.parse("2026-11-22T10:00:15Z").toEpochMilli();

  @Test
  void fourProcessesWithTwoClientsEachKeepTheFleetWithinOneBudget() throws Exception {
    AtomicInteger pings = new AtomicInteger();
    AtomicInteger probes = new AtomicInteger();
    String prefix = "processes-" + UUID.randomUUID();
    try (FakeBinance binance = FakeBinance.builder().route("GET", "/api/v3/ping", r -> {
          pings.incrementAndGet();
          return Reply.json(200, "{}");
        }).build();
        FakeKraken kraken = FakeKraken.builder().key(KEY, SECRET).route("POST", "/0/private/FleetProbe", Access.SIGNED,
            r -> {
              probes.incrementAndGet();
              return Reply.krakenResult("{}");
            }).build()) {
      List<Process> fleet = new ArrayList<>();
      List<BufferedReader> outputs = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-cp",
            System.getProperty("java.class.path"), FleetWorker.class.getName(), REDIS.uri(), prefix, Long.toString(WALL),
            binance.baseUrl(), kraken.baseUrl(), KEY, SECRET).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        fleet.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        outputs.add(out);
      }
      for (BufferedReader out : outputs) {
        assertThat(out.readLine()).isEqualTo("ready");
      }
      for (Process p : fleet) {
        OutputStream in = p.getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
      }
      int binanceCalls = 0;
      int krakenCalls = 0;
      Set<Long> allNonces = new HashSet<>();
      for (int i = 0; i < PROCESSES; i++) {
        BufferedReader out = outputs.get(i);
        binanceCalls += Integer.parseInt(out.readLine().replace("binance ", ""));
        krakenCalls += Integer.parseInt(out.readLine().replace("kraken ", ""));
        for (int t = 0; t < 2; t++) {
          List<Long> mine = Arrays.stream(out.readLine().replace("nonces ", "").split(",")).map(Long::valueOf).toList();
          assertThat(mine).hasSize(50).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
          allNonces.addAll(mine);
        }
        assertThat(fleet.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(fleet.get(i).exitValue()).isZero();
      }
      assertThat(binanceCalls).as("the fleet's weight: 100 a minute, shared").isEqualTo(100);
      assertThat(pings.get()).isEqualTo(100);
      assertThat(binance.requestCount()).isEqualTo(100);
      assertThat(allNonces).as("no nonce drawn twice across the fleet").hasSize(PROCESSES * 100);
      // Kraken's Starter counter (15) is shared: what went through is at most 15 (a call refused for a
      // nonce another process overtook is retried and pays again), and the shared counter is exactly full.
      assertThat(krakenCalls).isEqualTo(probes.get()).isBetween(1, 15);
      try (RedisLimitStore store = RedisLimitStore.builder().uri(REDIS.uri()).prefix(prefix).build()) {
        DecayingCounter counter = new DecayingCounter(LimitKey.of(LimitKey.Scope.KEY, LimitKey.fingerprint(KEY),
            "call counter"), 1_500, 33);
        assertThat(store.level(counter, WALL)).isEqualTo(1_500_000);
      }
    }
  }
}
