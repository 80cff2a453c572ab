package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.testkit.FakeBinanceStreams;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BinanceStreamsTest {
  private final FakeBinanceStreams fake = new FakeBinanceStreams();
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    fake.close();
  }

  private BinanceStreams streams(StreamOptions.Builder options) {
    BinanceStreams s = BinanceStreams.spot().baseUrl(fake.baseUrl()).options(options
        .reconnect(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build())
        .controlMessagesPerSecond(100).build()).build();
    open.add(s);
    return s;
  }

  static String trade(long id) {
    return "{\"e\":\"trade\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"t\":" + id + ",\"p\":\"0.001\",\"q\":\"100\","
        + "\"T\":1672515782136,\"m\":true,\"M\":true}";
  }

  static <T> StreamItem<T> next(Subscription<T> s) throws InterruptedException {
    return s.poll(Duration.ofSeconds(5)).orElseThrow(() -> new AssertionError("no item within 5 s on " + s));
  }

  static long tradeId(StreamItem<TradeEvent> item) {
    assertThat(item).isInstanceOf(StreamItem.Event.class);
    return ((StreamItem.Event<TradeEvent>) item).value().tradeId();
  }

  @Test
  void aSubscriptionSendsBinancesRequestAndDecodesTheDocsExampleExactly() throws Exception {
    Subscription<TradeEvent> trades = streams(StreamOptions.builder()).trades("BNBBTC");
    fake.awaitSubscribed("bnbbtc@trade", 1);
    assertThat(fake.received()).containsExactly("{\"method\":\"SUBSCRIBE\",\"params\":[\"bnbbtc@trade\"],\"id\":1}");

    fake.publish("bnbbtc@trade", trade(12345).replace(",\"T\"", ",\"b\":88,\"a\":50,\"T\""));
    assertThat(next(trades)).isEqualTo(new StreamItem.Event<>(new TradeEvent(Instant.ofEpochMilli(1672515782136L),
        "BNBBTC", 12345, new BigDecimal("0.001"), new BigDecimal("100"), 88L, 50L,
        Instant.ofEpochMilli(1672515782136L), true)));
    assertThat(trades.stream()).isEqualTo("bnbbtc@trade");
  }

  @Test
  void streamsAreAddedAndClosedAtRunTimeOnTheSameConnection() throws Exception {
    BinanceStreams streams = streams(StreamOptions.builder());
    Subscription<TradeEvent> trades = streams.trades("BNBBTC");
    fake.awaitSubscribed("bnbbtc@trade", 1);
    Subscription<BookTickerEvent> top = streams.bookTicker("BNBUSDT");
    fake.awaitSubscribed("bnbusdt@bookTicker", 1);
    trades.close();
    fake.awaitSubscribed("bnbbtc@trade", 0);
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"bnbbtc@trade\"],\"id\":1}",
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"bnbusdt@bookTicker\"],\"id\":2}",
        "{\"method\":\"UNSUBSCRIBE\",\"params\":[\"bnbbtc@trade\"],\"id\":3}");
    assertThat(trades.isOpen()).isFalse();

    fake.publish("bnbusdt@bookTicker", "{\"u\":400900217,\"s\":\"BNBUSDT\",\"b\":\"25.35190000\",\"B\":\"31.21000000\","
        + "\"a\":\"25.36520000\",\"A\":\"40.66000000\"}");
    assertThat(next(top)).isEqualTo(new StreamItem.Event<>(new BookTickerEvent(400900217, "BNBUSDT",
        new BigDecimal("25.35190000"), new BigDecimal("31.21000000"), new BigDecimal("25.36520000"),
        new BigDecimal("40.66000000"), null, null)));
    assertThat(fake.connectionsOpened()).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionGivesAGapThenReconnectsAndResubscribesEverything() throws Exception {
    BinanceStreams streams = streams(StreamOptions.builder());
    Subscription<TradeEvent> trades = streams.trades("BNBBTC");
    Subscription<AggTradeEvent> agg = streams.aggTrades("BNBBTC");
    fake.awaitSubscribed("bnbbtc@aggTrade", 1);
    fake.publish("bnbbtc@trade", trade(1));
    assertThat(tradeId(next(trades))).isEqualTo(1);

    fake.disconnectAll();
    StreamItem<TradeEvent> gap = next(trades);
    assertThat(gap).isInstanceOf(StreamItem.Gap.class);
    assertThat(((StreamItem.Gap<TradeEvent>) gap).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    assertThat(((StreamItem.Gap<AggTradeEvent>) next(agg)).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);

    fake.awaitSubscribed("bnbbtc@trade", 1);
    fake.awaitSubscribed("bnbbtc@aggTrade", 1);
    // one request for both (its id is 2 or 3: the first two streams may have shared the first request)
    assertThat(fake.received()).last().asString()
        .matches("\\{\"method\":\"SUBSCRIBE\",\"params\":\\[\"bnbbtc@trade\",\"bnbbtc@aggTrade\"],\"id\":[23]}");
    fake.publish("bnbbtc@trade", trade(2));
    assertThat(tradeId(next(trades))).isEqualTo(2);
    assertThat(fake.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void aConsumerSlowerThanTheStreamGetsAnOverflowGapNeverUnboundedMemory() throws Exception {
    Subscription<TradeEvent> trades = streams(StreamOptions.builder().queueCapacity(3)).trades("BNBBTC");
    fake.awaitSubscribed("bnbbtc@trade", 1);
    for (long id = 1; id <= 5; id++) {
      fake.publish("bnbbtc@trade", trade(id));
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (trades.discarded() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(trades.discarded()).isEqualTo(3);
    assertThat(next(trades)).isEqualTo(new StreamItem.Gap<TradeEvent>(StreamItem.Reason.OVERFLOW,
        "3 queued events of bnbbtc@trade were discarded: the consumer is slower than the stream (queue capacity 3)"));
    assertThat(tradeId(next(trades))).isEqualTo(4);
    assertThat(tradeId(next(trades))).isEqualTo(5);
  }

  @Test
  void aMalformedFrameIsAGapNamingTheFieldAndTheStreamGoesOn() throws Exception {
    Subscription<TradeEvent> trades = streams(StreamOptions.builder()).trades("BNBBTC");
    fake.awaitSubscribed("bnbbtc@trade", 1);
    fake.publish("bnbbtc@trade", trade(1).replace("\"p\":\"0.001\",", ""));
    fake.publishRaw("not json");
    fake.publish("bnbbtc@trade", trade(2));
    StreamItem<TradeEvent> gap = next(trades);
    assertThat(gap).isInstanceOf(StreamItem.Gap.class);
    assertThat(((StreamItem.Gap<TradeEvent>) gap).reason()).isEqualTo(StreamItem.Reason.MALFORMED);
    assertThat(((StreamItem.Gap<TradeEvent>) gap).detail())
        .startsWith("stream bnbbtc@trade: the frame could not be decoded: ").contains("'p'");
    assertThat(tradeId(next(trades))).isEqualTo(2);
  }

  @Test
  void aRefusedSubscriptionIsClosedWithTheExchangesError() throws Exception {
    fake.refuse("bnbbtc@trade");
    Subscription<TradeEvent> trades = streams(StreamOptions.builder()).trades("BNBBTC");
    assertThat(next(trades)).isEqualTo(new StreamItem.Gap<TradeEvent>(StreamItem.Reason.REFUSED,
        "Binance Spot streams refused the subscription to bnbbtc@trade: "
            + "{\"code\":2,\"msg\":\"Invalid request: unknown stream bnbbtc@trade\"}"));
    assertThat(trades.isOpen()).isFalse();
  }

  @Test
  void anAgedConnectionIsReplacedWithNoEventLostOrRepeated() throws Exception {
    BinanceStreams streams = streams(StreamOptions.builder().maxConnectionAge(Duration.ofMillis(250)));
    Subscription<TradeEvent> trades = streams.trades("BNBBTC");
    fake.awaitSubscribed("bnbbtc@trade", 1);
    List<Long> ids = new ArrayList<>();
    for (long id = 1; id <= 200; id++) {
      fake.publish("bnbbtc@trade", trade(id));
      Thread.sleep(3);
      trades.poll(Duration.ZERO).ifPresent(item -> ids.add(tradeId(item)));
    }
    while (ids.size() < 200) {
      StreamItem<TradeEvent> item = trades.poll(Duration.ofSeconds(5)).orElseThrow(
          () -> new AssertionError("after " + ids + " nothing more on " + trades + " " + streams));
      ids.add(tradeId(item));
    }
    List<Long> expected = new ArrayList<>();
    for (long id = 1; id <= 200; id++) {
      expected.add(id);
    }
    assertThat(ids).isEqualTo(expected);
    assertThat(fake.connectionsOpened()).isGreaterThanOrEqualTo(2);
    assertThat(trades.poll(Duration.ofMillis(50))).isEmpty();
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> BinanceStreams.spot().baseUrl("ws://stream.binance.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl 'ws://stream.binance.com' uses plain ws:// to a host that is not loopback; the stream "
            + "would cross the network in clear text. Use wss://, or ws:// only with localhost/127.0.0.1/[::1].");
    BinanceStreams streams = streams(StreamOptions.builder());
    assertThatThrownBy(() -> streams.partialDepth("BNBBTC", 15)).hasMessage("levels must be 5, 10 or 20, got 15");
    assertThatThrownBy(() -> streams.markPrice("BTCUSDT", true))
        .hasMessage("markPrice is a USD-M stream: build with BinanceStreams.futures()");
    assertThatThrownBy(() -> streams.subscribe("btc usdt@trade", dev.signet.core.Decoder.tree(), null))
        .hasMessageStartingWith("stream 'btc usdt@trade' is not a Binance stream name");
    assertThatThrownBy(() -> streams.trades("BNB BTC")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symbol");
    assertThat(fake.connectionsOpened()).isZero();
  }
}
