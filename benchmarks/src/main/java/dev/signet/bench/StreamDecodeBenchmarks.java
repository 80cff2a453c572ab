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
 * The stream decode rates (issue 16), measured paired as {@link PairedDecodeBenchmarks} measures
 * the REST decodes ({@link PairedCosts}): each invocation decodes the same {@value #FRAMES} text
 * frames typed, as the stream path decodes them, and as Jackson's tree plus field extraction
 * ({@link StreamDecodes}), back to back on one thread, alternating which goes first, and charges
 * each block the thread's CPU time and allocated bytes. One frame is one event. Frames
 * ({@link StreamBodies}): Binance diff. depth events of {@value #BINANCE_LEVELS} levels a side and
 * trades, in combined-stream envelopes; Kraken v2 book updates of {@value #KRAKEN_LEVELS} levels a
 * side and one-trade frames.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StreamDecodeBenchmarks {
  /** Distinct frames in each set; a block decodes all of them once. */
  static final int FRAMES = 1000;
  /** Binance's diff. depth at 100 ms on a busy symbol: about 20 changed levels a side. */
  static final int BINANCE_LEVELS = 20;
  /** Kraken's book updates carry few levels (depth 10 moves a handful at a time). */
  static final int KRAKEN_LEVELS = 5;

  private final Frames binanceDepth = new Frames(StreamDecodes.binanceDepth());
  private final Frames binanceTrade = new Frames(StreamDecodes.binanceTrade());
  private final Frames krakenBook = new Frames(StreamDecodes.krakenBook());
  private final Frames krakenTrade = new Frames(StreamDecodes.krakenTrade());

  /** Builds the four frame sets, each checked to decode to equal records on both sides. */
  @Setup
  public void setUp() {
    binanceDepth.build(i -> StreamBodies.binanceDepth(i, BINANCE_LEVELS));
    binanceTrade.build(StreamBodies::binanceTrade);
    krakenBook.build(i -> StreamBodies.krakenBook(i, KRAKEN_LEVELS));
    krakenTrade.build(StreamBodies::krakenTrade);
  }

  /** The frames of every Binance depth event, typed and as a tree. */
  @Benchmark
  public void binanceDepth(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, FRAMES, binanceDepth::tree, binanceDepth::typed);
  }

  /** The frames of every Binance trade, typed and as a tree. */
  @Benchmark
  public void binanceTrade(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, FRAMES, binanceTrade::tree, binanceTrade::typed);
  }

  /** The frames of every Kraken book update, typed and as a tree. */
  @Benchmark
  public void krakenBook(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, FRAMES, krakenBook::tree, krakenBook::typed);
  }

  /** The frames of every Kraken trade, typed and as a tree. */
  @Benchmark
  public void krakenTrade(PairedCosts c, Blackhole bh) throws IOException {
    c.pair(bh, FRAMES, krakenTrade::tree, krakenTrade::typed);
  }

  /** One frame set and a cursor per side, so a block of {@value #FRAMES} decodes each frame once. */
  private static final class Frames {
    private final StreamDecodes.Kind kind;
    private String[] frames;
    private int tree;
    private int typed;

    Frames(StreamDecodes.Kind kind) {
      this.kind = kind;
    }

    void build(java.util.function.IntFunction<String> frame) {
      frames = kind.frames(FRAMES, frame);
    }

    Object tree() {
      Object out = kind.tree(frames[tree]);
      tree = tree + 1 == FRAMES ? 0 : tree + 1;
      return out;
    }

    Object typed() {
      Object out = kind.typed(frames[typed]);
      typed = typed + 1 == FRAMES ? 0 : typed + 1;
      return out;
    }
  }
}
