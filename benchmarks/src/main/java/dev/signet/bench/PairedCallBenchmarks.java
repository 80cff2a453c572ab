package dev.signet.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The call ratios, measured paired: each invocation runs a block of {@value #BLOCK} prebuilt raw
 * calls and a block of {@value #BLOCK} Signet calls back to back on the same thread (alternating
 * which goes first), and charges each block the calling thread's CPU time and allocated bytes
 * ({@code ThreadMXBean}). Whatever slows the machine during a run (other tenants, frequency, the
 * server's process) slows both sides of a pair alike, so the ratio of the sums is far steadier than
 * the ratio of two benchmarks run minutes apart. Results are JMH auxiliary counters
 * ({@code rawNanos}, {@code signetNanos}, {@code rawBytes}, {@code signetBytes}, {@code calls});
 * {@link Report} turns them into ratios. The calling thread does all the work of a synchronous
 * OkHttp call; GC and JIT threads are not counted on either side.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
public class PairedCallBenchmarks {
  static final int BLOCK = 200;
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private boolean signetFirst;

  /** Per-iteration sums, reported by JMH as auxiliary counters. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Costs {
    /** Thread CPU of the raw calls, ns. */
    public long rawNanos;
    /** Thread CPU of the Signet calls, ns. */
    public long signetNanos;
    /** Bytes allocated by the raw calls. */
    public long rawBytes;
    /** Bytes allocated by the Signet calls. */
    public long signetBytes;
    /** Calls made on each side. */
    public long calls;

    /** Counters start at zero in every iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      rawNanos = 0;
      signetNanos = 0;
      rawBytes = 0;
      signetBytes = 0;
      calls = 0;
    }
  }

  /** A block of raw prebuilt Binance account calls and a block of {@code spot().account()}. */
  @Benchmark
  public void binanceAccount(CallBenchmarks s, Costs c, Blackhole bh) throws IOException {
    pair(c, bh, s::rawBinanceAccountPrebuilt, s::signetBinanceAccount);
  }

  /** A block of hand-signed Binance account calls and a block of {@code spot().account()}. */
  @Benchmark
  public void binanceAccountVsSignedPerCall(CallBenchmarks s, Costs c, Blackhole bh) throws IOException {
    pair(c, bh, s::rawBinanceAccountSignedPerCall, s::signetBinanceAccount);
  }

  /** A block of raw prebuilt Kraken Balance calls and a block of {@code kraken.balance()}. */
  @Benchmark
  public void krakenBalance(CallBenchmarks s, Costs c, Blackhole bh) throws IOException {
    pair(c, bh, s::rawKrakenBalancePrebuilt, s::signetKrakenBalance);
  }

  /** A block of hand-signed Kraken Balance calls and a block of {@code kraken.balance()}. */
  @Benchmark
  public void krakenBalanceVsSignedPerCall(CallBenchmarks s, Costs c, Blackhole bh) throws IOException {
    pair(c, bh, s::rawKrakenBalanceSignedPerCall, s::signetKrakenBalance);
  }

  /** One call of either side. */
  @FunctionalInterface
  interface Call {
    Object run() throws IOException;
  }

  /** Both blocks, in alternating order from one invocation to the next. */
  private void pair(Costs c, Blackhole bh, Call raw, Call signet) throws IOException {
    signetFirst = !signetFirst;
    if (signetFirst) {
      block(c, bh, signet, true);
      block(c, bh, raw, false);
    } else {
      block(c, bh, raw, false);
      block(c, bh, signet, true);
    }
    c.calls += BLOCK;
  }

  /** {@value #BLOCK} calls, charged to one side: this thread's CPU time and allocated bytes. */
  private static void block(Costs c, Blackhole bh, Call call, boolean signet) throws IOException {
    long t = THREADS.getCurrentThreadCpuTime();
    long b = THREADS.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(call.run());
    }
    long nanos = THREADS.getCurrentThreadCpuTime() - t;
    long bytes = THREADS.getCurrentThreadAllocatedBytes() - b;
    if (signet) {
      c.signetNanos += nanos;
      c.signetBytes += bytes;
    } else {
      c.rawNanos += nanos;
      c.rawBytes += bytes;
    }
  }
}
