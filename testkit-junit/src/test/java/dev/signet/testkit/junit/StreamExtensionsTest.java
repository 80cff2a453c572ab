package dev.signet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.stream.TradeEvent;
import dev.signet.core.book.Level;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.Subscription;
import dev.signet.kraken.stream.BookChecksum;
import dev.signet.kraken.stream.BookMessage;
import dev.signet.kraken.stream.KrakenBookStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stream extensions: a fake and streams on it per test, on one fake clock, closed after. */
class StreamExtensionsTest {
  @RegisterExtension
  final FakeBinanceStreamsExtension binance = new FakeBinanceStreamsExtension();

  @RegisterExtension
  final FakeKrakenStreamsExtension kraken = new FakeKrakenStreamsExtension();

  private static String trade(long id) {
    return "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"t\":" + id + ",\"p\":\"0.001\",\"q\":\"100\","
        + "\"T\":1672515782136,\"m\":true,\"M\":true}";
  }

  private static <T> StreamItem<T> next(Subscription<T> s) throws InterruptedException {
    return s.poll(Duration.ofSeconds(5)).orElseThrow(() -> new AssertionError("no item within 5 s on " + s));
  }

  @Test
  void binanceStreamsOnTheFakeSurviveADayOfTheFakeClockWithoutAGap() throws Exception {
    Subscription<TradeEvent> trades = binance.spot().trades("BNBBTC");
    binance.fake().awaitSubscribed("bnbbtc@trade", 1);
    binance.fake().publish("bnbbtc@trade", trade(1));
    assertThat(next(trades)).isEqualTo(new StreamItem.Event<>(new TradeEvent(Instant.ofEpochMilli(1672515782136L),
        "BNBBTC", 1, new BigDecimal("0.001"), new BigDecimal("100"), null, null, Instant.ofEpochMilli(1672515782136L),
        true)));
    assertThat(binance.spot()).isSameAs(binance.spot());

    binance.clock().advance(Duration.ofHours(23).plusMinutes(31)); // past the default 23 h 30 min age
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (binance.fake().connectionsOpened() < 2 || binance.fake().subscribers("bnbbtc@trade") != 1) {
      assertThat(System.nanoTime()).as("not replaced").isLessThan(deadline);
      Thread.sleep(5);
    }
    binance.clock().advance(Duration.ofMinutes(30)); // the fake's 24-hour cut of the first connection
    binance.fake().publish("bnbbtc@trade", trade(2));
    StreamItem<TradeEvent> second = next(trades);
    assertThat(second).isInstanceOf(StreamItem.Event.class);
    assertThat(((StreamItem.Event<TradeEvent>) second).value().tradeId()).isEqualTo(2);
    assertThat(binance.fake().connectionsOpened()).isEqualTo(2);
  }

  @Test
  void krakenStreamsOnTheFakeKeepItsScriptedBook() throws Exception {
    kraken.fake().setBook("BTC/USD", List.<String[]>of(new String[] {"45283.5", "0.10000000"},
        new String[] {"45283.4", "1.50000000"}), List.<String[]>of(new String[] {"45285.2", "0.00100000"}));
    KrakenBookStream book = kraken.track(kraken.publicStreams().localBook("BTC/USD", 10, BookChecksum.withPrecision(1, 8)));
    StreamItem<BookMessage> snapshot = next(book);
    assertThat(((StreamItem.Event<BookMessage>) snapshot).value().type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    kraken.fake().publishBookUpdate("BTC/USD", List.<String[]>of(new String[] {"45283.5", "0"}), List.<String[]>of());
    assertThat(((StreamItem.Event<BookMessage>) next(book)).value().type()).isEqualTo(BookMessage.Type.UPDATE);
    assertThat(book.book().view().bestBid().orElseThrow())
        .isEqualTo(new Level(new BigDecimal("45283.4"), new BigDecimal("1.50000000")));
    assertThat(book.book().view().bestAsk().orElseThrow())
        .isEqualTo(new Level(new BigDecimal("45285.2"), new BigDecimal("0.00100000")));
  }
}
