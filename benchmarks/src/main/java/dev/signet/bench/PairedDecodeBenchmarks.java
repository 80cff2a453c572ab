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
 * The Spot and USD-M Futures market decode ratios, measured paired ({@link PairedCosts}): each invocation decodes
 * the same bytes with Jackson 3's tree and with Signet's typed decode ({@link MarketDecodes}), back
 * to back on one thread, alternating which goes first, and charges each side the thread's CPU time
 * and allocated bytes. Bodies: exchangeInfo of {@value MarketDecodes#SYMBOLS} symbols (about 6 MB),
 * depth of {@value MarketDecodes#LEVELS} levels a side, {@value MarketDecodes#ROWS} klines; futures
 * exchangeInfo of {@value MarketDecodes#CONTRACTS} contracts, {@value MarketDecodes#FUTURES_ROWS}
 * futures klines. Blocks are
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
  private byte[] futuresExchangeInfo;
  private byte[] futuresKlines;

  /** Builds the five bodies, each checked to decode to its size on both sides. */
  @Setup
  public void setUp() {
    exchangeInfo = MarketDecodes.exchangeInfo();
    depth = MarketDecodes.depth();
    klines = MarketDecodes.klines();
    futuresExchangeInfo = MarketDecodes.futuresExchangeInfo();
    futuresKlines = MarketDecodes.futuresKlines();
  }

  /** One tree decode and one typed decode of the exchangeInfo body. */
  @Benchmark
  public void exchangeInfo(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 1, () -> MarketDecodes.tree(exchangeInfo), () -> MarketDecodes.typed(exchangeInfo, MarketDecodes.EXCHANGE_INFO));
  }

  /** Two tree decodes and two typed decodes of the depth body. */
  @Benchmark
  public void depth(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 2, () -> MarketDecodes.tree(depth), () -> MarketDecodes.typed(depth, MarketDecodes.DEPTH));
  }

  /** Ten tree decodes and ten typed decodes of the klines body. */
  @Benchmark
  public void klines(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 10, () -> MarketDecodes.tree(klines), () -> MarketDecodes.typed(klines, MarketDecodes.KLINES));
  }

  /** Two tree decodes and two typed decodes of the futures exchangeInfo body. */
  @Benchmark
  public void futuresExchangeInfo(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 2, () -> MarketDecodes.tree(futuresExchangeInfo),
        () -> MarketDecodes.typed(futuresExchangeInfo, MarketDecodes.FUTURES_EXCHANGE_INFO));
  }

  /** Five tree decodes and five typed decodes of the futures klines body. */
  @Benchmark
  public void futuresKlines(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, 5, () -> MarketDecodes.tree(futuresKlines),
        () -> MarketDecodes.typed(futuresKlines, MarketDecodes.FUTURES_KLINES));
  }
}
