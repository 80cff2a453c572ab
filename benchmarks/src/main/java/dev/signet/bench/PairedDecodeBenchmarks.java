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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Spot market decode ratios, measured paired ({@link PairedCosts}): each invocation decodes
 * the same bytes with Jackson 3's tree and with Signet's typed decode ({@link SpotDecodes}), back
 * to back on one thread, alternating which goes first, and charges each side the thread's CPU time
 * and allocated bytes. Bodies: exchangeInfo of {@value SpotDecodes#SYMBOLS} symbols (about 6 MB),
 * depth of {@value SpotDecodes#LEVELS} levels a side, {@value SpotDecodes#ROWS} klines. Blocks are
 * sized so one block takes a few milliseconds or more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
public class PairedDecodeBenchmarks {
  private byte[] exchangeInfo;
  private byte[] depth;
  private byte[] klines;

  /** Builds the three bodies, each checked to decode to its size on both sides. */
  @Setup
  public void setUp() {
    exchangeInfo = SpotDecodes.exchangeInfo();
    depth = SpotDecodes.depth();
    klines = SpotDecodes.klines();
  }

  /** One tree decode and one typed decode of the exchangeInfo body. */
  @Benchmark
  public void exchangeInfo(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 1, () -> SpotDecodes.tree(exchangeInfo), () -> SpotDecodes.typed(exchangeInfo, SpotDecodes.EXCHANGE_INFO));
  }

  /** Two tree decodes and two typed decodes of the depth body. */
  @Benchmark
  public void depth(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 2, () -> SpotDecodes.tree(depth), () -> SpotDecodes.typed(depth, SpotDecodes.DEPTH));
  }

  /** Ten tree decodes and ten typed decodes of the klines body. */
  @Benchmark
  public void klines(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 10, () -> SpotDecodes.tree(klines), () -> SpotDecodes.typed(klines, SpotDecodes.KLINES));
  }
}
