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
 * The Kraken market decode ratios (issue 14), measured paired as {@link PairedDecodeBenchmarks}
 * measures Binance's ({@link PairedCosts}): each invocation decodes the same bytes with Jackson 3's
 * tree and with Signet's typed decode ({@link KrakenMarketDecodes}), back to back on one thread,
 * alternating which goes first, and charges each side the thread's CPU time and allocated bytes.
 * Bodies: AssetPairs of {@value KrakenMarketDecodes#PAIRS} pairs, OHLC of
 * {@value KrakenMarketDecodes#CANDLES} candles, Depth of {@value KrakenMarketDecodes#LEVELS} levels
 * a side. Blocks are sized so one block takes a few milliseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 2)
public class KrakenMarketDecodeBenchmarks {
  private byte[] assetPairs;
  private byte[] ohlc;
  private byte[] depth;

  /**
   * Builds the three bodies, each checked to decode to its size on both sides.
   *
   * @throws IOException when a body does not decode
   */
  @Setup
  public void setUp() throws IOException {
    assetPairs = KrakenMarketDecodes.assetPairs();
    ohlc = KrakenMarketDecodes.ohlc();
    depth = KrakenMarketDecodes.depth();
  }

  /** Two tree decodes and two typed decodes of the AssetPairs body. */
  @Benchmark
  public void krakenAssetPairs(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 2, () -> KrakenMarketDecodes.tree(assetPairs),
        () -> KrakenMarketDecodes.typed(assetPairs, KrakenMarketDecodes.ASSET_PAIRS));
  }

  /** Twenty tree decodes and twenty typed decodes of the OHLC body. */
  @Benchmark
  public void krakenOhlc(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 20, () -> KrakenMarketDecodes.tree(ohlc), () -> KrakenMarketDecodes.typed(ohlc, KrakenMarketDecodes.OHLC));
  }

  /** Twenty tree decodes and twenty typed decodes of the Depth body. */
  @Benchmark
  public void krakenDepth(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 20, () -> KrakenMarketDecodes.tree(depth), () -> KrakenMarketDecodes.typed(depth, KrakenMarketDecodes.DEPTH));
  }
}
