package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static dev.signet.binance.stream.BinanceStreamsTest.trade;
import static dev.signet.binance.stream.BinanceStreamsTest.tradeId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.testkit.FakeBinanceStreams;
import dev.signet.testkit.FakeClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Binance's 24-hour cut under a fake clock: the fake closes each connection 24 hours after it
 * opened on the clock; Signet times its connections on the same clock and replaces them before.
 */
class ConnectionAgeTest {
  private final FakeClock clock = FakeClock.startingNow();
  private final FakeBinanceStreams fake = new FakeBinanceStreams().cutAfter24Hours(clock);
  private BinanceStreams streams;

  @AfterEach
  void close() {
    if (streams != null) {
      streams.close();
    }
    fake.close();
  }

  private BinanceStreams streams(StreamOptions.Builder options) {
    streams = BinanceStreams.spot().baseUrl(fake.baseUrl()).clock(clock).options(options
        .reconnect(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build())
        .controlMessagesPerSecond(100).build()).build();
    return streams;
  }

  @Test
  void aDayOldConnectionIsReplacedBeforeTheCutLosingNoSequencedEventAndMarkingTheUnsequencedSwitch()
      throws Exception {
    BinanceStreams s = streams(StreamOptions.builder()); // replaced at 23 h 30 min by default
    Subscription<TradeEvent> trades = s.trades("BNBBTC");
    Subscription<MiniTickerEvent> mini = s.miniTicker("BNBBTC");
    fake.awaitSubscribed("bnbbtc@trade", 1);
    fake.awaitSubscribed("bnbbtc@miniTicker", 1);
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= 20; id++) {
      fake.publish("bnbbtc@trade", trade(id));
      ids.add(tradeId(next(trades)));
    }
    fake.publish("bnbbtc@miniTicker", BinanceTickerStreamsTest.MINI);
    assertThat(next(mini)).isInstanceOf(StreamItem.Event.class);

    clock.advance(Duration.ofHours(23).plusMinutes(29));
    Thread.sleep(150); // the age is checked every second of real time at most: nothing is due yet
    assertThat(fake.connectionsOpened()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(2)); // 23 h 31 min: due
    long id = 21;
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!(fake.connectionsOpened() == 2 && fake.subscribers("bnbbtc@trade") == 1
        && fake.subscribers("bnbbtc@miniTicker") == 1 && id > 60)) {
      assertThat(System.nanoTime()).as("the replacement did not take over").isLessThan(deadline);
      fake.publish("bnbbtc@trade", trade(id++)); // throughout the switch
      Thread.sleep(5);
      trades.poll(Duration.ZERO).ifPresent(item -> ids.add(tradeId(item)));
    }
    fake.publish("bnbbtc@trade", trade(id));
    while (ids.size() < id) {
      ids.add(tradeId(next(trades)));
    }
    assertThat(ids).isEqualTo(range(1, id));
    assertThat(trades.poll(Duration.ofMillis(50))).isEmpty();

    StreamItem<MiniTickerEvent> handover = next(mini);
    assertThat(handover).isEqualTo(new StreamItem.Gap<MiniTickerEvent>(StreamItem.Reason.HANDOVER,
        "Binance Spot streams connection replaced before its maximum age: events in flight at the switch may be missing"));
    fake.publish("bnbbtc@miniTicker", BinanceTickerStreamsTest.MINI);
    assertThat(next(mini)).isInstanceOf(StreamItem.Event.class);

    clock.advance(Duration.ofMinutes(30)); // the first connection's cut (already closed); the new one is 30 min old
    Thread.sleep(100);
    assertThat(fake.connectionsOpened()).isEqualTo(2);
    fake.publish("bnbbtc@trade", trade(id + 1));
    assertThat(tradeId(next(trades))).isEqualTo(id + 1);
  }

  @Test
  void aConnectionKeptPastTheCutIsCutByTheExchangeThenResumedAfterADisconnectGap() throws Exception {
    BinanceStreams s = streams(StreamOptions.builder().maxConnectionAge(Duration.ofHours(30)));
    Subscription<TradeEvent> trades = s.trades("BNBBTC");
    fake.awaitSubscribed("bnbbtc@trade", 1);
    fake.publish("bnbbtc@trade", trade(1));
    assertThat(tradeId(next(trades))).isEqualTo(1);

    clock.advance(Duration.ofHours(24));
    StreamItem<TradeEvent> gap = next(trades);
    assertThat(gap).isEqualTo(new StreamItem.Gap<TradeEvent>(StreamItem.Reason.DISCONNECTED,
        "Binance Spot streams connection lost: closed by the server: 1001 connection open PT24H"));
    await(() -> fake.connectionsOpened() == 2 && fake.subscribers("bnbbtc@trade") == 1);
    fake.publish("bnbbtc@trade", trade(2));
    assertThat(tradeId(next(trades))).isEqualTo(2);
  }

  private static List<Long> range(long from, long to) {
    List<Long> out = new ArrayList<>();
    for (long i = from; i <= to; i++) {
      out.add(i);
    }
    return out;
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition not met within 5 s").isLessThan(deadline);
      Thread.sleep(2);
    }
  }
}
