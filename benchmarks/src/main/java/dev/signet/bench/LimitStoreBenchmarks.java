package dev.signet.bench;

import dev.signet.core.limit.Charge;
import dev.signet.core.limit.Decision;
import dev.signet.core.limit.LimitKey;
import dev.signet.core.limit.LimitStore;
import dev.signet.core.limit.LimitWindow;
import dev.signet.redis.RedisLimitStore;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a shared limit store adds to every call: {@code reserve} of one Binance call's weight and
 * order windows (REQUEST_WEIGHT 1m, ORDERS 10s and 1d, behind the ban and Retry-After holds, as
 * {@code WeightTracker} asks) on {@link RedisLimitStore} over loopback and on the in-process store,
 * paired in one invocation: a block of {@value #BLOCK} reservations on each, back to back on one
 * thread, alternating which goes first, each block charged its wall time and the thread's CPU time
 * (JMH auxiliary counters {@code inProcessNanos}, {@code redisNanos}, {@code inProcessCpuNanos},
 * {@code redisCpuNanos}, {@code calls}). Wall time is what a call waits (Redis answers over a
 * socket); CPU time is what it costs the calling thread. Redis is {@code SIGNET_REDIS_URL} when set,
 * else a {@code redis-server} this benchmark starts on a free loopback port.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar LimitStoreBenchmarks -wi 2 -i 3 -f 1
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LimitStoreBenchmarks {
  static final int BLOCK = 200;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Process server;
  private RedisLimitStore redis;
  private LimitStore inProcess;
  private List<LimitKey> holds;
  private List<Charge> charges;

  /** The stores, the holds and charges of one Binance order; a redis-server when none is given. */
  @Setup(Level.Trial)
  public void start() throws Exception {
    String uri = System.getenv("SIGNET_REDIS_URL");
    if (uri == null || uri.isBlank()) {
      int port;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        port = s.getLocalPort();
      }
      server = new ProcessBuilder(redisServer(), "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "",
          "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      uri = "redis://127.0.0.1:" + port;
    }
    String prefix = "bench-" + UUID.randomUUID();
    for (int attempt = 0; ; attempt++) {
      try {
        redis = RedisLimitStore.builder().uri(uri).prefix(prefix).build();
        redis.used(new LimitWindow(LimitKey.of(LimitKey.Scope.IP, "bench", "warm"), 60_000, 1), 0);
        break;
      } catch (RuntimeException e) {
        if (redis != null) {
          redis.close();
        }
        if (attempt == 50) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
    inProcess = LimitStore.inProcess();
    String host = "api.binance.com";
    holds = List.of(LimitKey.of(LimitKey.Scope.IP, host, "418 ban"), LimitKey.of(LimitKey.Scope.IP, host, "Retry-After hold"));
    String account = LimitKey.fingerprint("bench-key");
    charges = List.of(
        new Charge(new LimitWindow(LimitKey.of(LimitKey.Scope.IP, host, "REQUEST_WEIGHT 1m"), 60_000, Long.MAX_VALUE / 4), 1),
        new Charge(new LimitWindow(LimitKey.of(LimitKey.Scope.ACCOUNT, account, host + " ORDERS 10s"), 10_000,
            Long.MAX_VALUE / 4), 1),
        new Charge(new LimitWindow(LimitKey.of(LimitKey.Scope.ACCOUNT, account, host + " ORDERS 1d"), 86_400_000,
            Long.MAX_VALUE / 4), 1));
  }

  /** Closes the store and stops the server it started. */
  @TearDown(Level.Trial)
  public void stop() throws InterruptedException {
    redis.close();
    if (server != null) {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Wall and CPU time of the blocks, per side (JMH auxiliary counters, summed per iteration). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Costs {
    /** Wall time of the in-process blocks, ns. */
    public long inProcessNanos;
    /** Wall time of the Redis blocks, ns. */
    public long redisNanos;
    /** Thread CPU of the in-process blocks, ns. */
    public long inProcessCpuNanos;
    /** Thread CPU of the Redis blocks, ns. */
    public long redisCpuNanos;
    /** Reservations on each side. */
    public long calls;
    boolean redisFirst;

    /** Counters start at zero in every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      inProcessNanos = 0;
      redisNanos = 0;
      inProcessCpuNanos = 0;
      redisCpuNanos = 0;
      calls = 0;
    }
  }

  /** A block of in-process reservations and a block of Redis ones, paired. */
  @Benchmark
  public void reserveBinanceOrder(Costs c, Blackhole bh) {
    c.redisFirst = !c.redisFirst;
    if (c.redisFirst) {
      block(c, bh, redis);
      block(c, bh, inProcess);
    } else {
      block(c, bh, inProcess);
      block(c, bh, redis);
    }
    c.calls += BLOCK;
  }

  private void block(Costs c, Blackhole bh, LimitStore store) {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    for (int i = 0; i < BLOCK; i++) {
      Decision d = store.reserve(holds, charges, System.currentTimeMillis());
      bh.consume(d);
    }
    long wallNanos = System.nanoTime() - wall;
    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
    if (store == redis) {
      c.redisNanos += wallNanos;
      c.redisCpuNanos += cpuNanos;
    } else {
      c.inProcessNanos += wallNanos;
      c.inProcessCpuNanos += cpuNanos;
    }
  }

  private static String redisServer() throws IOException {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File f = new File(dir, "redis-server");
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    if (new File("/usr/bin/redis-server").canExecute()) {
      return "/usr/bin/redis-server";
    }
    throw new IOException("No redis-server on the PATH; install it or set SIGNET_REDIS_URL.");
  }
}
