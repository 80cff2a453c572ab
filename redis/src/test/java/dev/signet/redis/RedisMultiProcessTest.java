package dev.signet.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.testkit.BinanceLimitEnforcer;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.KrakenLimitEnforcer;
import dev.signet.testkit.TestKeys;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The fleet for real: four JVMs, each with one Redis store and two clients per exchange on one
 * Binance IP and one Kraken key, hammer reads and orders against fakes that enforce the limits like
 * the exchanges, on an exchange clock 30 times faster than the wall (a minute window in 2 s).
 * Nothing is refused for a limit, no nonce refusal reaches the bot, no order is placed twice and
 * the fleet uses at least 90% of each limit; and with Redis stopped and restarted in the middle,
 * nothing is sent during the outage, no ban follows, and the fleet re-learns Binance's count from
 * {@code X-MBX-USED-WEIGHT-1M}.
 */
class RedisMultiProcessTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer(true);
  static final int PROCESSES = 4;
  static final long FACTOR = 30;
  /**
   * Kraken's time runs 10 times faster: its counter needs no window rolled, and a freed unit every
   * 300 ms of wall leaves the wake-up of the call waiting for it a small share.
   */
  static final long KRAKEN_FACTOR = 10;
  /** The fake's limits. */
  static final int WEIGHT_PER_MINUTE = 40;
  static final int ORDERS_PER_10S = 10;
  /**
   * The clients' limits: a margin below the exchange's for the calls in flight at a window's end,
   * which the exchange counts in the next window (at 30 times the speed, 10 ms late is 0.3 s).
   */
  static final int CLIENT_WEIGHT_PER_MINUTE = 37;
  static final int CLIENT_ORDERS_PER_10S = 6;
  /**
   * The fake's Kraken counter: Starter's decay, a maximum 2 above the clients' Starter 15. A call
   * reaches Kraken a round trip after the client counted it, and had that much less time to drain
   * there: the margin covers 6 s of exchange time, 600 ms of wall on a loaded machine (at real
   * speed a 100 ms round trip is 0.03 of a call).
   */
  static final int KRAKEN_MAX = 17;
  static final long RUN_MILLIS = 12_000;
  /**
   * The 429s the fake answers in a minute before it bans, in the restart case: after a restart
   * mid-window every calling thread (16 on Binance) may send one call before the first answer's
   * header re-teaches the count, and each is a 429 once the window is full.
   */
  static final int RESTART_BANS_AFTER = 20;
  /**
   * The throughput is measured from this long after the start of the run: on a loaded machine the
   * four JVMs take the first two exchange minutes to reach speed (a CI run measured windows of 26
   * and 17 weight before the steady 37s).
   */
  static final long STEADY_MILLIS = 4_000;
  private static final String KEY = "fleet-process-key";
  private static final String KRAKEN_SECRET = TestKeys.krakenPrivateKey();
  private static final BigDecimal LOTS = new BigDecimal("1000000000");

  /**
   * What the fleet did: each outcome's count over all processes, the exchange times of the run's
   * steady part (from {@link #STEADY_MILLIS} after the start to the first process's last call's end:
   * a window after that is not fully demanded), and the fake
   * Kraken counter's total and level at its start.
   */
  record Run(Map<String, Long> outcomes, long goMillis, long doneMillis, long krakenCostAtGo, double krakenLevelAtGo,
      double krakenSeconds) {
    long count(String outcome) {
      return outcomes.getOrDefault(outcome, 0L);
    }
  }

  /** The fakes, enforcing on the accelerated clock. */
  record Fakes(FakeBinance binance, BinanceLimitEnforcer binanceLimits, FakeKraken kraken, KrakenLimitEnforcer krakenLimits)
      implements AutoCloseable {
    static Fakes start(FastTicker time, FastTicker krakenTime, int bansAfter) {
      BinanceLimitEnforcer bl = BinanceLimitEnforcer.builder().weightPerMinute(WEIGHT_PER_MINUTE)
          .ordersPer10Seconds(ORDERS_PER_10S).bansAfter(bansAfter, java.time.Duration.ofMinutes(2)).clock(time).build();
      KrakenLimitEnforcer kl = KrakenLimitEnforcer.builder().tier(KRAKEN_MAX, new BigDecimal("0.33")).clock(krakenTime).build();
      return new Fakes(FakeBinance.builder().hmacKey(KEY, "fleet-binance-secret")
          .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000")).balance("USDT", LOTS).enforceLimits(bl).build(), bl,
          FakeKraken.builder().key(KEY, KRAKEN_SECRET).pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
              .balance("ZUSD", LOTS).enforceLimits(kl).build(), kl);
    }

    @Override
    public void close() {
      binance.close();
      kraken.close();
    }
  }

  /** Something the test does while the fleet runs. */
  interface During {
    void run() throws Exception;
  }

  @Test
  void fourProcessesHammeringReadsAndOrdersStayWithinEveryLimitAndUseNinetyPercentOfIt() throws Exception {
    long base = System.currentTimeMillis();
    FastTicker time = new FastTicker(base, FACTOR);
    FastTicker krakenTime = new FastTicker(base, KRAKEN_FACTOR);
    try (Fakes fakes = Fakes.start(time, krakenTime, 3)) {
      Run run = run(fakes, time, krakenTime, "proof-" + UUID.randomUUID(), () -> { });
      System.out.println("fleet proof outcomes: " + run.outcomes() + " in " + (run.doneMillis() - run.goMillis()) / FACTOR
          + " ms wall");

      assertThat(run.outcomes().keySet()).as("only successes reach the bots")
          .containsExactlyInAnyOrder("binance.read", "binance.order", "kraken.read", "kraken.order");
      assertThat(fakes.binanceLimits().tooManyRequests()).as("429s").isZero();
      assertThat(fakes.binanceLimits().bans()).as("418s").isZero();
      assertThat(fakes.krakenLimits().rateLimited()).as("EAPI:Rate limit exceeded").isZero();
      assertNoOrderTwice(fakes, run);
      double binance = binanceShare(fakes.binanceLimits().weightByMinute(), run);
      double kraken = krakenShare(fakes.krakenLimits(), run);
      System.out.printf("fleet proof: Binance %.1f%% of %d weight/min over full windows, Kraken %.1f%% of its counter;"
          + " %s; %d nonces refused and retried; weight by minute %s%n", binance * 100, WEIGHT_PER_MINUTE, kraken * 100,
          run.outcomes(), fakes.krakenLimits().invalidNonces(), fakes.binanceLimits().weightByMinute().values());
      assertThat(binance).as("Binance weight used of the limit").isGreaterThanOrEqualTo(0.9);
      assertThat(kraken).as("Kraken call counter used of the limit").isGreaterThanOrEqualTo(0.9);
    }
  }

  @Test
  void redisStoppedAndRestartedMidWindowSendsNothingMeanwhileAndTheFleetReLearnsTheCountWithoutABan() throws Exception {
    long base = System.currentTimeMillis();
    FastTicker time = new FastTicker(base, FACTOR);
    FastTicker krakenTime = new FastTicker(base, KRAKEN_FACTOR);
    long[] outage = new long[6];
    try (Fakes fakes = Fakes.start(time, krakenTime, RESTART_BANS_AFTER)) {
      Run run = run(fakes, time, krakenTime, "restart-" + UUID.randomUUID(), () -> {
        long now = time.millis();
        long window = (now / 60_000 + 1) * 60_000;  // stop 6 s (0.2 s of wall) into the next minute: it is full by then
        Thread.sleep((window + 6_000 - now) / FACTOR);
        REDIS.stopServer();
        Thread.sleep(100);  // calls reserved before the stop land
        outage[0] = fakes.binance().requestCount() + fakes.kraken().requestCount();
        outage[1] = fakes.binanceLimits().weightByMinute().getOrDefault(window, 0L);
        Thread.sleep(200);
        outage[2] = fakes.binance().requestCount() + fakes.kraken().requestCount();
        REDIS.startServer();
        outage[3] = fakes.binance().requestCount();
        outage[5] = time.millis();
        Thread.sleep(Math.max(0, (window + 60_000 - time.millis()) / FACTOR));
        outage[4] = fakes.binance().requestCount();
        assertThat(outage[5]).as("restarted within the window").isLessThan(window + 60_000);
      });
      long sentAfterRestart = outage[4] - outage[3];
      System.out.println("fleet restart: " + run.outcomes() + "; window's weight at the stop " + outage[1]
          + ", Binance requests sent after the restart in that window " + sentAfterRestart + " (the clients' share "
          + CLIENT_WEIGHT_PER_MINUTE + "), 429s " + fakes.binanceLimits().tooManyRequests() + ", Kraken rate-limited "
          + fakes.krakenLimits().rateLimited());

      assertThat(run.outcomes().keySet()).as("what reaches the bots: successes, the outage, and Binance's 429s after"
          + " the restart (no Kraken error, no ban)").allMatch(k -> List.of("binance.read", "binance.order", "kraken.read",
              "kraken.order", "RedisUnavailableException").contains(k) || k.startsWith("BinanceApiException.Binance_error_-10")
              && k.contains("(HTTP_429)"));
      assertThat(outage[2]).as("nothing sent while Redis was down").isEqualTo(outage[0]);
      assertThat(run.count("RedisUnavailableException")).as("calls during the outage").isPositive();
      assertThat(fakes.binanceLimits().bans()).as("418s").isZero();
      assertThat(sentAfterRestart).as("re-learned from X-MBX-USED-WEIGHT-1M: at most a round of calls in flight")
          .isLessThanOrEqualTo(PROCESSES * 4L);
      assertNoOrderTwice(fakes, run);
    }
  }

  static void assertNoOrderTwice(Fakes fakes, Run run) {
    List<String> binanceIds = fakes.binance().clientOrderIds();
    assertThat(binanceIds).doesNotHaveDuplicates().hasSize((int) run.count("binance.order"));
    List<String> krakenIds = fakes.kraken().clientOrderIds();
    assertThat(krakenIds).doesNotHaveDuplicates().hasSize((int) run.count("kraken.order"));
  }

  /** The weight admitted in the minute windows wholly within the run over their limit. */
  static double binanceShare(Map<Long, Long> byMinute, Run run) {
    List<Long> full = new ArrayList<>();
    byMinute.forEach((start, weight) -> {
      if (start >= run.goMillis() && start + 60_000 <= run.doneMillis()) {
        full.add(weight);
      }
    });
    assertThat(full).as("minute windows wholly within the run").hasSizeGreaterThanOrEqualTo(3);
    return full.stream().mapToLong(Long::longValue).sum() / (double) (full.size() * (long) WEIGHT_PER_MINUTE);
  }

  /**
   * The cost admitted after the warm-up over what Kraken's Starter counter (the clients' limit)
   * allows in the run: what was left of its 15 at the start (by the fake's level, which is never
   * above the clients'), then 0.33 a second.
   */
  static double krakenShare(KrakenLimitEnforcer limits, Run run) {
    double allowed = Math.max(0, 15 - run.krakenLevelAtGo()) + 0.33 * run.krakenSeconds();
    return (limits.admittedCost() - run.krakenCostAtGo()) / allowed;
  }

  /** Starts the fleet, lets it run {@link #RUN_MILLIS} while {@code during} runs, and sums what it did. */
  static Run run(Fakes fakes, FastTicker time, FastTicker krakenTime, String prefix, During during) throws Exception {
    List<Process> fleet = new ArrayList<>();
    List<BufferedReader> outputs = new ArrayList<>();
    try {
      for (int i = 0; i < PROCESSES; i++) {
        Process p = new ProcessBuilder(new File(System.getProperty("java.home"), "bin/java").getPath(),
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-cp", System.getProperty("java.class.path"),
            FleetWorker.class.getName(), REDIS.uri(), prefix, Long.toString(time.exchangeMillisAfter(0)),
            Long.toString(FACTOR), Long.toString(RUN_MILLIS), fakes.binance().baseUrl(), fakes.kraken().baseUrl(), KEY,
            KRAKEN_SECRET, Integer.toString(i), Integer.toString(CLIENT_WEIGHT_PER_MINUTE),
            Integer.toString(CLIENT_ORDERS_PER_10S), Long.toString(KRAKEN_FACTOR))
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        fleet.add(p);
        outputs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
      }
      for (BufferedReader out : outputs) {
        assertThat(out.readLine()).isEqualTo("ready");
      }
      for (Process p : fleet) {
        OutputStream in = p.getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
      }
      Thread.sleep(STEADY_MILLIS);  // the processes' first calls of the run are slower (their code is still being compiled)
      long go = time.millis();
      long krakenCostAtGo = fakes.krakenLimits().admittedCost();
      double krakenLevelAtGo = fakes.krakenLimits().level(KEY).doubleValue();
      during.run();
      Map<String, Long> outcomes = new TreeMap<>();
      long ended = 0;
      long firstEnded = Long.MAX_VALUE; // the full windows end before any process stopped calling
      for (int i = 0; i < PROCESSES; i++) {
        String[] done = outputs.get(i).readLine().split(" ");
        assertThat(done[0]).isEqualTo("done");
        ended = Math.max(ended, Long.parseLong(done[1]));
        firstEnded = Math.min(firstEnded, Long.parseLong(done[1]));
        for (String part : List.of(done).subList(2, done.length)) {
          {
            outcomes.merge(part.substring(0, part.indexOf('=')), Long.parseLong(part.substring(part.indexOf('=') + 1)),
                Long::sum);
          }
        }
        assertThat(fleet.get(i).waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(fleet.get(i).exitValue()).isZero();
      }
      double krakenSeconds = (ended - go) / (double) FACTOR * KRAKEN_FACTOR / 1000;
      return new Run(outcomes, go, firstEnded, krakenCostAtGo, krakenLevelAtGo, krakenSeconds);
    } finally {
      fleet.forEach(Process::destroyForcibly);
    }
  }
}
