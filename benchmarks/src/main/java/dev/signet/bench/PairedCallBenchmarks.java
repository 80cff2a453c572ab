package dev.signet.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The call ratios, measured paired: each invocation runs a block of {@value #BLOCK} prebuilt raw
 * calls and a block of {@value #BLOCK} Signet calls back to back on the same thread (alternating
 * which goes first), and charges each block the calling thread's CPU time and allocated bytes
 * ({@code ThreadMXBean}; see {@link PairedCosts}). Whatever slows the machine during a run (other tenants, frequency, the
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

  /** A block of raw prebuilt Binance account calls and a block of {@code spot().account()}. */
  @Benchmark
  public void binanceAccount(CallBenchmarks s, PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, BLOCK, s::rawBinanceAccountPrebuilt, s::signetBinanceAccount);
  }

  /** A block of hand-signed Binance account calls and a block of {@code spot().account()}. */
  @Benchmark
  public void binanceAccountVsSignedPerCall(CallBenchmarks s, PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, BLOCK, s::rawBinanceAccountSignedPerCall, s::signetBinanceAccount);
  }

  /** A block of raw prebuilt Kraken Balance calls and a block of {@code kraken.balance()}. */
  @Benchmark
  public void krakenBalance(CallBenchmarks s, PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, BLOCK, s::rawKrakenBalancePrebuilt, s::signetKrakenBalance);
  }

  /** A block of hand-signed Kraken Balance calls and a block of {@code kraken.balance()}. */
  @Benchmark
  public void krakenBalanceVsSignedPerCall(CallBenchmarks s, PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, BLOCK, s::rawKrakenBalanceSignedPerCall, s::signetKrakenBalance);
  }
}
