package dev.signet.kraken.stream;

import static dev.signet.kraken.stream.KrakenBookTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeKrakenStreams;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KrakenStreamsTest {
  private final FakeKrakenStreams fake = new FakeKrakenStreams();
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    fake.close();
  }

  static StreamOptions.Builder fast(StreamOptions.Builder options) {
    return options.reconnect(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50))
        .build()).controlMessagesPerSecond(100);
  }

  private KrakenStreams streams(StreamOptions.Builder options) {
    KrakenStreams s = KrakenStreams.publicStreams().baseUrl(fake.baseUrl()).options(fast(options).build()).build();
    open.add(s);
    return s;
  }

  static <T> StreamItem<T> next(Subscription<T> s) throws InterruptedException {
    return s.poll(Duration.ofSeconds(5)).orElseThrow(() -> new AssertionError("no item within 5 s on " + s));
  }

  static <T> T event(Subscription<T> s) throws InterruptedException {
    StreamItem<T> item = next(s);
    assertThat(item).isInstanceOf(StreamItem.Event.class);
    return ((StreamItem.Event<T>) item).value();
  }

  static <T> StreamItem.Gap<T> gap(Subscription<T> s) throws InterruptedException {
    StreamItem<T> item = next(s);
    assertThat(item).isInstanceOf(StreamItem.Gap.class);
    return (StreamItem.Gap<T>) item;
  }

  static String ticker(String last) {
    return fixture("ws_ticker.json").replace("\"last\":0.10035", "\"last\":" + last);
  }

  static String trade(long id) {
    return "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"MATIC/USD\",\"side\":\"sell\",\"price\":0.5148,"
        + "\"qty\":10,\"ord_type\":\"market\",\"trade_id\":" + id + ",\"timestamp\":\"2023-09-25T07:50:00.000001Z\"}]}";
  }

  @Test
  void eachSubscriptionSendsKrakensRequestAsDocumented() throws Exception {
    KrakenStreams streams = streams(StreamOptions.builder());
    streams.ticker("ALGO/USD");
    streams.trades("MATIC/USD");
    streams.ohlc("ALGO/USD", 5);
    streams.book("BTC/USD", 25);
    fake.awaitSubscribed("book:BTC/USD", 1);
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"ALGO/USD\"]},\"req_id\":1}",
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"trade\",\"symbol\":[\"MATIC/USD\"]},\"req_id\":2}",
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"ohlc\",\"symbol\":[\"ALGO/USD\"],\"interval\":5},\"req_id\":3}",
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"book\",\"symbol\":[\"BTC/USD\"],\"depth\":25},\"req_id\":4}");
  }

  @Test
  void theDocsTickerTradeAndOhlcExamplesDecodeExactly() throws Exception {
    KrakenStreams streams = streams(StreamOptions.builder());
    Subscription<KrakenTicker> ticker = streams.ticker("ALGO/USD");
    Subscription<KrakenTrade> trades = streams.trades("MATIC/USD");
    Subscription<KrakenCandle> candles = streams.ohlc("ALGO/USD", 5);
    fake.awaitSubscribed("ohlc:ALGO/USD:5", 1);
    fake.publishRaw("{\"channel\":\"heartbeat\"}");
    fake.publish("ticker:ALGO/USD", fixture("ws_ticker.json"));
    fake.publish("trade:MATIC/USD", fixture("ws_trade.json"));
    fake.publish("ohlc:ALGO/USD:5", fixture("ws_ohlc.json"));

    assertThat(event(ticker)).isEqualTo(new KrakenTicker("ALGO/USD", new BigDecimal("0.10025"), new BigDecimal("740.0"),
        new BigDecimal("0.10036"), new BigDecimal("1361.44813783"), new BigDecimal("0.10035"),
        new BigDecimal("997038.98383185"), new BigDecimal("0.10148"), new BigDecimal("0.09979"),
        new BigDecimal("0.10285"), new BigDecimal("-0.00017"), new BigDecimal("-0.17"),
        Instant.parse("2023-09-25T09:04:31.742648Z")));
    assertThat(event(trades)).isEqualTo(new KrakenTrade("MATIC/USD", Side.BUY, new BigDecimal("0.5147"),
        new BigDecimal("6423.46326"), OrderType.LIMIT, 4665846, Instant.parse("2023-09-25T07:48:36.925533Z")));
    assertThat(event(trades)).isEqualTo(new KrakenTrade("MATIC/USD", Side.BUY, new BigDecimal("0.5147"),
        new BigDecimal("1136.19677815"), OrderType.LIMIT, 4665847, Instant.parse("2023-09-25T07:49:36.925603Z")));
    assertThat(event(candles)).isEqualTo(new KrakenCandle("ALGO/USD", new BigDecimal("0.09875"),
        new BigDecimal("0.09875"), new BigDecimal("0.09875"), new BigDecimal("0.09875"), new BigDecimal("0.09875"), 1,
        new BigDecimal("201.86015"), Instant.parse("2023-10-04T15:25:00Z"), 5, Instant.parse("2023-10-04T15:30:00Z")));
    assertThat(event(candles)).isEqualTo(new KrakenCandle("ALGO/USD", new BigDecimal("0.09875"),
        new BigDecimal("0.0988"), new BigDecimal("0.09875"), new BigDecimal("0.09875"), new BigDecimal("0.09879"), 13,
        new BigDecimal("16255.46368"), Instant.parse("2023-10-04T15:30:00Z"), 5, Instant.parse("2023-10-04T15:35:00Z")));
    assertThat(ticker.poll(Duration.ofMillis(50))).isEmpty();
  }

  @Test
  void streamsAreAddedAndClosedAtRunTimeOnOneConnection() throws Exception {
    KrakenStreams streams = streams(StreamOptions.builder());
    Subscription<KrakenTicker> ticker = streams.ticker("ALGO/USD");
    fake.awaitSubscribed("ticker:ALGO/USD", 1);
    Subscription<KrakenTrade> trades = streams.trades("MATIC/USD");
    fake.awaitSubscribed("trade:MATIC/USD", 1);
    ticker.close();
    fake.awaitSubscribed("ticker:ALGO/USD", 0);
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"ALGO/USD\"]},\"req_id\":1}",
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"trade\",\"symbol\":[\"MATIC/USD\"]},\"req_id\":2}",
        "{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"ALGO/USD\"]},\"req_id\":3}");
    assertThat(ticker.isOpen()).isFalse();
    fake.publish("trade:MATIC/USD", trade(7));
    assertThat(event(trades).tradeId()).isEqualTo(7);
    assertThat(fake.connectionsOpened()).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionGivesAGapThenResubscribesAndRepeatedTradesAreDropped() throws Exception {
    KrakenStreams streams = streams(StreamOptions.builder());
    Subscription<KrakenTrade> trades = streams.trades("MATIC/USD");
    Subscription<KrakenTicker> ticker = streams.ticker("ALGO/USD");
    fake.awaitSubscribed("ticker:ALGO/USD", 1);
    fake.publish("trade:MATIC/USD", fixture("ws_trade.json"));
    assertThat(event(trades).tradeId()).isEqualTo(4665846);
    assertThat(event(trades).tradeId()).isEqualTo(4665847);

    fake.disconnectAll();
    assertThat(gap(trades).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    assertThat(gap(ticker).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    fake.awaitSubscribed("trade:MATIC/USD", 1);
    fake.awaitSubscribed("ticker:ALGO/USD", 1);
    assertThat(fake.received().subList(2, 4)).containsExactly(
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"trade\",\"symbol\":[\"MATIC/USD\"]},\"req_id\":3}",
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"ticker\",\"symbol\":[\"ALGO/USD\"]},\"req_id\":4}");
    // the snapshot after resubscribing repeats a trade already taken, and a frame arrives twice
    fake.publish("trade:MATIC/USD", fixture("ws_trade.json"));
    fake.publish("trade:MATIC/USD", trade(4665848));
    fake.publish("trade:MATIC/USD", trade(4665848));
    fake.publish("trade:MATIC/USD", trade(4665849));
    assertThat(event(trades).tradeId()).isEqualTo(4665848);
    assertThat(event(trades).tradeId()).isEqualTo(4665849);
    assertThat(trades.poll(Duration.ofMillis(50))).isEmpty();
    assertThat(fake.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void skippedTradeIdsAreAGapNamingTheMissingTrades() throws Exception {
    Subscription<KrakenTrade> trades = streams(StreamOptions.builder()).trades("MATIC/USD");
    fake.awaitSubscribed("trade:MATIC/USD", 1);
    assertThat(fake.publishTrade("MATIC/USD", "buy", "0.5147", "10")).isEqualTo(1);
    assertThat(fake.publishTrade("MATIC/USD", "sell", "0.5146", "2.5")).isEqualTo(2);
    fake.skipTradeIds("MATIC/USD", 2);
    assertThat(fake.publishTrade("MATIC/USD", "buy", "0.5148", "1")).isEqualTo(5); // 3 and 4 never sent
    assertThat(event(trades)).isEqualTo(new KrakenTrade("MATIC/USD", Side.BUY, new BigDecimal("0.5147"),
        new BigDecimal("10"), OrderType.LIMIT, 1, Instant.parse("2023-09-25T07:48:36.925533Z")));
    assertThat(event(trades).tradeId()).isEqualTo(2);
    assertThat(next(trades)).isEqualTo(new StreamItem.Gap<KrakenTrade>(StreamItem.Reason.OUT_OF_SYNC,
        "trade:MATIC/USD: 2 events are missing, sequence 3 to 4"));
    assertThat(event(trades).tradeId()).isEqualTo(5);
  }

  @Test
  void aConsumerSlowerThanTheStreamGetsAnOverflowGap() throws Exception {
    Subscription<KrakenTicker> ticker = streams(StreamOptions.builder().queueCapacity(3)).ticker("ALGO/USD");
    fake.awaitSubscribed("ticker:ALGO/USD", 1);
    for (int i = 1; i <= 5; i++) {
      fake.publish("ticker:ALGO/USD", ticker("0.1" + i));
    }
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (ticker.discarded() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(next(ticker)).isEqualTo(new StreamItem.Gap<KrakenTicker>(StreamItem.Reason.OVERFLOW,
        "3 queued events of ticker:ALGO/USD were discarded: the consumer is slower than the stream (queue capacity 3)"));
    assertThat(event(ticker).last()).isEqualTo(new BigDecimal("0.14"));
    assertThat(event(ticker).last()).isEqualTo(new BigDecimal("0.15"));
  }

  @Test
  void aMalformedFrameIsAGapNamingTheStreamAndFieldAndTheStreamGoesOn() throws Exception {
    Subscription<KrakenTicker> ticker = streams(StreamOptions.builder()).ticker("ALGO/USD");
    fake.awaitSubscribed("ticker:ALGO/USD", 1);
    fake.publish("ticker:ALGO/USD", fixture("ws_ticker.json").replace("\"bid\":0.10025,", ""));
    fake.publishRaw("not json");
    fake.publishRaw("{\"channel\":\"ticker\",\"type\":\"update\",\"data\":{}}");
    fake.publish("ticker:ALGO/USD", ticker("0.2"));
    StreamItem.Gap<KrakenTicker> gap = gap(ticker);
    assertThat(gap.reason()).isEqualTo(StreamItem.Reason.MALFORMED);
    assertThat(gap.detail()).startsWith("stream ticker:ALGO/USD: the frame could not be decoded: ")
        .contains("required field 'bid' is missing or null");
    assertThat(event(ticker).last()).isEqualTo(new BigDecimal("0.2"));
  }

  @Test
  void aRefusedSubscriptionIsClosedWithKrakensError() throws Exception {
    fake.refuse("ticker:BTC/XYZ");
    Subscription<KrakenTicker> ticker = streams(StreamOptions.builder()).ticker("BTC/XYZ");
    assertThat(next(ticker)).isEqualTo(new StreamItem.Gap<KrakenTicker>(StreamItem.Reason.REFUSED,
        "Kraken public streams refused the subscription to ticker:BTC/XYZ: Currency pair not supported BTC/XYZ"));
    assertThat(ticker.isOpen()).isFalse();
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> KrakenStreams.publicStreams().baseUrl("ws://ws.kraken.com"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("baseUrl 'ws://ws.kraken.com' uses plain ws://");
    KrakenStreams streams = streams(StreamOptions.builder());
    assertThatThrownBy(() -> streams.ticker("BTCUSD"))
        .hasMessage("symbol 'BTCUSD' is not a WebSocket v2 pair: BASE/QUOTE, e.g. BTC/USD");
    assertThatThrownBy(() -> streams.ohlc("BTC/USD", 7)).hasMessage("interval 7 is not a Kraken ohlc interval: use 1, 5, "
        + "15, 30, 60, 240, 1440, 10080 or 21600 (minutes)");
    assertThatThrownBy(() -> streams.book("BTC/USD", 15))
        .hasMessage("depth 15 is not one Kraken subscribes to: use 10, 25, 100, 500 or 1000");
    assertThatThrownBy(streams::executions).isInstanceOf(IllegalStateException.class)
        .hasMessage("executions is a private channel: build with KrakenStreams.privateStreams(client)");
    assertThat(fake.connectionsOpened()).isZero();
  }
}
