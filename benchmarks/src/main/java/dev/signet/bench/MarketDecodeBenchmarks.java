package dev.signet.bench;

import dev.signet.binance.futures.market.FuturesExchangeInfo;
import dev.signet.binance.spot.market.Candle;
import dev.signet.binance.spot.market.ExchangeInfo;
import dev.signet.binance.spot.market.OrderBook;
import java.util.List;
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
import tools.jackson.databind.JsonNode;

/**
 * The Spot and USD-M Futures market decodes of {@link PairedDecodeBenchmarks} as plain per-benchmark JMH scores
 * (exact allocation per op; CPU only as steady as the machine, see RESULTS.md). A class of its own
 * rather than methods of {@link DecodeBenchmarks}, whose {@code balances} parameter would run each
 * of these twice.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MarketDecodeBenchmarks {
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

  /** Lower bound: the tree of exchangeInfo. */
  @Benchmark
  public JsonNode exchangeInfoTree() {
    return MarketDecodes.tree(exchangeInfo);
  }

  /** Signet: exchangeInfo typed. */
  @Benchmark
  public ExchangeInfo exchangeInfoTyped() {
    return MarketDecodes.typed(exchangeInfo, MarketDecodes.EXCHANGE_INFO);
  }

  /** Lower bound: the tree of depth. */
  @Benchmark
  public JsonNode depthTree() {
    return MarketDecodes.tree(depth);
  }

  /** Signet: depth typed. */
  @Benchmark
  public OrderBook depthTyped() {
    return MarketDecodes.typed(depth, MarketDecodes.DEPTH);
  }

  /** Lower bound: the tree of klines. */
  @Benchmark
  public JsonNode klinesTree() {
    return MarketDecodes.tree(klines);
  }

  /** Signet: klines typed. */
  @Benchmark
  public List<Candle> klinesTyped() {
    return MarketDecodes.typed(klines, MarketDecodes.KLINES);
  }

  /** Lower bound: the tree of the futures exchangeInfo. */
  @Benchmark
  public JsonNode futuresExchangeInfoTree() {
    return MarketDecodes.tree(futuresExchangeInfo);
  }

  /** Signet: the futures exchangeInfo typed. */
  @Benchmark
  public FuturesExchangeInfo futuresExchangeInfoTyped() {
    return MarketDecodes.typed(futuresExchangeInfo, MarketDecodes.FUTURES_EXCHANGE_INFO);
  }

  /** Lower bound: the tree of the futures klines. */
  @Benchmark
  public JsonNode futuresKlinesTree() {
    return MarketDecodes.tree(futuresKlines);
  }

  /** Signet: the futures klines typed. */
  @Benchmark
  public List<Candle> futuresKlinesTyped() {
    return MarketDecodes.typed(futuresKlines, MarketDecodes.FUTURES_KLINES);
  }
}
