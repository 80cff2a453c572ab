package dev.signet.testkit.junit;

import dev.signet.binance.stream.BinanceStreams;
import dev.signet.testkit.FakeBinanceStreams;
import dev.signet.testkit.FakeClock;

/**
 * JUnit 5 extension: a started {@link FakeBinanceStreams} that cuts connections at 24 hours of a
 * {@link FakeClock}, and {@link BinanceStreams} connected to it on the same clock, new for every
 * test and closed after it. The streams use {@link #quickOptions()}; build others with
 * {@link #newSpot()} or {@link #newFutures()}.
 *
 * <pre>{@code
 * @RegisterExtension
 * FakeBinanceStreamsExtension binance = new FakeBinanceStreamsExtension();
 *
 * @Test
 * void seesTrades() throws Exception {
 *   Subscription<TradeEvent> trades = binance.spot().trades("BTCUSDT");
 *   binance.fake().awaitSubscribed("btcusdt@trade", 1);
 *   binance.fake().publish("btcusdt@trade", tradeJson);
 *   assertThat(trades.take()).isInstanceOf(StreamItem.Event.class);
 *   binance.clock().advance(Duration.ofHours(24)); // past Binance's cut: replaced before it
 * }
 * }</pre>
 */
public final class FakeBinanceStreamsExtension extends FakeStreamsExtension<FakeBinanceStreams> {
  private BinanceStreams spot;
  private BinanceStreams futures;

  /** A fake whose clock starts at the current time of each test. */
  public FakeBinanceStreamsExtension() {}

  @Override
  FakeBinanceStreams startFake(FakeClock clock) {
    return new FakeBinanceStreams().cutAfter24Hours(clock);
  }

  @Override
  void forgetStreams() {
    spot = null;
    futures = null;
  }

  /**
   * Spot streams on the fake, built on first use.
   *
   * @return the same streams for the whole test; closed after it
   */
  public BinanceStreams spot() {
    if (spot == null) {
      spot = track(newSpot().build());
    }
    return spot;
  }

  /**
   * USD-M streams on the fake, built on first use.
   *
   * @return the same streams for the whole test; closed after it
   */
  public BinanceStreams futures() {
    if (futures == null) {
      futures = track(newFutures().build());
    }
    return futures;
  }

  /**
   * A Spot builder pre-set with the fake's URL, the clock and {@link #quickOptions()}; close what
   * it builds, or pass it to {@link #track}.
   *
   * @return a new builder
   */
  public BinanceStreams.Builder newSpot() {
    return BinanceStreams.spot().baseUrl(fake().baseUrl()).clock(clock()).options(quickOptions());
  }

  /**
   * A USD-M builder pre-set like {@link #newSpot()}.
   *
   * @return a new builder
   */
  public BinanceStreams.Builder newFutures() {
    return BinanceStreams.futures().baseUrl(fake().baseUrl()).clock(clock()).options(quickOptions());
  }
}
