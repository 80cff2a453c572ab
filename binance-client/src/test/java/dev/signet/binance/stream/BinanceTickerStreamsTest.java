package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.market.WindowSize;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.Subscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ticker streams: the subscription as sent and the docs' examples (Spot web-socket-streams.md,
 * "Individual Symbol Mini Ticker Stream", "Individual Symbol Ticker Streams", "Individual Symbol Rolling
 * Window Statistics Streams", "Average Price"; USD-M
 * "Individual Symbol Ticker Streams") decoded with exact values.
 */
class BinanceTickerStreamsTest extends FakeStreamsTestBase {
  /** The Spot docs' mini ticker, comments removed. */
  static final String MINI = "{\"e\":\"24hrMiniTicker\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"c\":\"0.0025\","
      + "\"o\":\"0.0010\",\"h\":\"0.0025\",\"l\":\"0.0010\",\"v\":\"10000\",\"q\":\"18\"}";
  /** The Spot docs' ticker, comments removed. */
  static final String TICKER = "{\"e\":\"24hrTicker\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"p\":\"0.0015\","
      + "\"P\":\"250.00\",\"w\":\"0.0018\",\"x\":\"0.0009\",\"c\":\"0.0025\",\"Q\":\"10\",\"b\":\"0.0024\",\"B\":\"10\","
      + "\"a\":\"0.0026\",\"A\":\"100\",\"o\":\"0.0010\",\"h\":\"0.0025\",\"l\":\"0.0010\",\"v\":\"10000\",\"q\":\"18\","
      + "\"O\":0,\"C\":86400000,\"F\":0,\"L\":18150,\"n\":18151}";
  /** The USD-M docs' ticker shape: no x, b, B, a, A. */
  static final String FUTURES_TICKER = "{\"e\":\"24hrTicker\",\"E\":123456789,\"s\":\"BTCUSDT\",\"p\":\"0.0015\","
      + "\"P\":\"250.00\",\"w\":\"0.0018\",\"c\":\"0.0025\",\"Q\":\"10\",\"o\":\"0.0010\",\"h\":\"0.0025\","
      + "\"l\":\"0.0010\",\"v\":\"10000\",\"q\":\"18\",\"O\":0,\"C\":86400000,\"F\":0,\"L\":18150,\"n\":18151}";

  /** The Spot docs' 1-hour rolling-window ticker, comments removed. */
  static final String WINDOW = "{\"e\":\"1hTicker\",\"E\":1672515782136,\"s\":\"BNBBTC\",\"p\":\"0.0015\","
      + "\"P\":\"250.00\",\"o\":\"0.0010\",\"h\":\"0.0025\",\"l\":\"0.0010\",\"c\":\"0.0025\",\"w\":\"0.0018\","
      + "\"v\":\"10000\",\"q\":\"18\",\"O\":0,\"C\":1675216573749,\"F\":0,\"L\":18150,\"n\":18151}";

  private static MiniTickerEvent docsMini() {
    return new MiniTickerEvent(Instant.ofEpochMilli(1672515782136L), "BNBBTC", new BigDecimal("0.0025"),
        new BigDecimal("0.0010"), new BigDecimal("0.0025"), new BigDecimal("0.0010"), new BigDecimal("10000"),
        new BigDecimal("18"));
  }

  @Test
  void theMiniTickerIsSubscribedByNameAndTheDocsExampleDecodesExactly() throws Exception {
    Subscription<MiniTickerEvent> mini = spot().miniTicker("BNBBTC");
    fake.awaitSubscribed("bnbbtc@miniTicker", 1);
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"bnbbtc@miniTicker\"],\"id\":1}");
    fake.publish("bnbbtc@miniTicker", MINI);
    assertThat(next(mini)).isEqualTo(new StreamItem.Event<>(docsMini()));
  }

  @Test
  void allMarketMiniTickersArriveAsOneListPerPush() throws Exception {
    Subscription<List<MiniTickerEvent>> all = spot().allMiniTickers();
    fake.awaitSubscribed("!miniTicker@arr", 1);
    fake.publish("!miniTicker@arr", "[" + MINI + "," + MINI.replace("BNBBTC", "ETHBTC") + "]");
    MiniTickerEvent eth = new MiniTickerEvent(Instant.ofEpochMilli(1672515782136L), "ETHBTC",
        new BigDecimal("0.0025"), new BigDecimal("0.0010"), new BigDecimal("0.0025"), new BigDecimal("0.0010"),
        new BigDecimal("10000"), new BigDecimal("18"));
    assertThat(next(all)).isEqualTo(new StreamItem.Event<>(List.of(docsMini(), eth)));
  }

  @Test
  void theSpotTickerDecodesEveryDocumentedField() throws Exception {
    Subscription<TickerEvent> ticker = spot().ticker("BNBBTC");
    fake.awaitSubscribed("bnbbtc@ticker", 1);
    fake.publish("bnbbtc@ticker", TICKER);
    assertThat(next(ticker)).isEqualTo(new StreamItem.Event<>(new TickerEvent(Instant.ofEpochMilli(1672515782136L),
        "BNBBTC", new BigDecimal("0.0015"), new BigDecimal("250.00"), new BigDecimal("0.0018"),
        new BigDecimal("0.0009"), new BigDecimal("0.0025"), new BigDecimal("10"), new BigDecimal("0.0024"),
        new BigDecimal("10"), new BigDecimal("0.0026"), new BigDecimal("100"), new BigDecimal("0.0010"),
        new BigDecimal("0.0025"), new BigDecimal("0.0010"), new BigDecimal("10000"), new BigDecimal("18"),
        Instant.EPOCH, Instant.ofEpochMilli(86_400_000L), 0, 18150, 18151)));
  }

  @Test
  void theFuturesTickerHasNoBookFieldsAndAllTickersComeAsLists() throws Exception {
    Subscription<List<TickerEvent>> all = futures().allTickers();
    fake.awaitSubscribed("!ticker@arr", 1);
    fake.publish("!ticker@arr", "[" + FUTURES_TICKER + "]");
    assertThat(next(all)).isEqualTo(new StreamItem.Event<>(List.of(new TickerEvent(Instant.ofEpochMilli(123456789L),
        "BTCUSDT", new BigDecimal("0.0015"), new BigDecimal("250.00"), new BigDecimal("0.0018"), null,
        new BigDecimal("0.0025"), new BigDecimal("10"), null, null, null, null, new BigDecimal("0.0010"),
        new BigDecimal("0.0025"), new BigDecimal("0.0010"), new BigDecimal("10000"), new BigDecimal("18"),
        Instant.EPOCH, Instant.ofEpochMilli(86_400_000L), 0, 18150, 18151))));
  }

  @Test
  void aTickerWithoutItsLastPriceIsAGapNamingTheField() throws Exception {
    Subscription<TickerEvent> ticker = spot().ticker("BNBBTC");
    fake.awaitSubscribed("bnbbtc@ticker", 1);
    fake.publish("bnbbtc@ticker", TICKER.replace("\"c\":\"0.0025\",", ""));
    assertMalformedGap(next(ticker), "bnbbtc@ticker", "c");
  }

  @Test
  void theAveragePriceDecodesTheDocsExampleAndIsSpotOnly() throws Exception {
    Subscription<AvgPriceEvent> average = spot().avgPrice("BTCUSDT");
    fake.awaitSubscribed("btcusdt@avgPrice", 1);
    fake.publish("btcusdt@avgPrice", "{\"e\":\"avgPrice\",\"E\":1693907033000,\"s\":\"BTCUSDT\",\"i\":\"5m\","
        + "\"w\":\"25776.86000000\",\"T\":1693907032213}");
    assertThat(next(average)).isEqualTo(new StreamItem.Event<>(new AvgPriceEvent(Instant.ofEpochMilli(1693907033000L),
        "BTCUSDT", "5m", new BigDecimal("25776.86000000"), Instant.ofEpochMilli(1693907032213L))));
    try (BinanceStreams futures = BinanceStreams.futures().baseUrl(fake.baseUrl()).build()) {
      assertThatThrownBy(() -> futures.avgPrice("BTCUSDT")).isInstanceOf(IllegalStateException.class)
          .hasMessage("avgPrice is a Spot stream; on USD-M use markPrice");
    }
  }

  @Test
  void theRollingWindowTickerIsSubscribedPerWindowAndTheDocsExampleDecodesExactly() throws Exception {
    Subscription<WindowTickerEvent> hour = spot().windowTicker("BNBBTC", WindowSize.hours(1));
    fake.awaitSubscribed("bnbbtc@ticker_1h", 1);
    Subscription<List<WindowTickerEvent>> all = streams.allWindowTickers(WindowSize.days(1));
    fake.awaitSubscribed("!ticker_1d@arr", 1);
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"bnbbtc@ticker_1h\"],\"id\":1}",
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"!ticker_1d@arr\"],\"id\":2}");
    fake.publish("bnbbtc@ticker_1h", WINDOW);
    WindowTickerEvent expected = new WindowTickerEvent(Instant.ofEpochMilli(1672515782136L), "BNBBTC",
        new BigDecimal("0.0015"), new BigDecimal("250.00"), new BigDecimal("0.0010"), new BigDecimal("0.0025"),
        new BigDecimal("0.0010"), new BigDecimal("0.0025"), new BigDecimal("0.0018"), new BigDecimal("10000"),
        new BigDecimal("18"), Instant.EPOCH, Instant.ofEpochMilli(1675216573749L), 0, 18150, 18151);
    assertThat(next(hour)).isEqualTo(new StreamItem.Event<>(expected));
    fake.publish("!ticker_1d@arr", "[" + WINDOW.replace("1hTicker", "1dTicker") + "]");
    assertThat(next(all)).isEqualTo(new StreamItem.Event<>(List.of(expected)));
  }

  @Test
  void aWindowWithoutAStreamIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> spot().windowTicker("BNBBTC", WindowSize.minutes(15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("window 15m has no stream: the rolling-window ticker streams are 1h, 4h and 1d "
            + "(WindowSize.hours(1), hours(4), days(1)); for other windows poll rollingTicker");
    assertThatThrownBy(() -> streams.allWindowTickers(WindowSize.hours(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("window 2h has no stream");
    assertThatThrownBy(() -> streams.windowTicker("BNBBTC", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("window");
    try (BinanceStreams futures = BinanceStreams.futures().baseUrl(fake.baseUrl()).build()) {
      assertThatThrownBy(() -> futures.windowTicker("BTCUSDT", WindowSize.hours(4)))
          .isInstanceOf(IllegalStateException.class).hasMessage("windowTicker is a Spot stream; on USD-M use ticker");
      assertThatThrownBy(() -> futures.allWindowTickers(WindowSize.hours(4)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("allWindowTickers is a Spot stream; on USD-M use allTickers");
    }
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void aWindowTickerWithoutItsTradeCountIsAGapNamingTheField() throws Exception {
    Subscription<WindowTickerEvent> hour = spot().windowTicker("BNBBTC", WindowSize.hours(4));
    fake.awaitSubscribed("bnbbtc@ticker_4h", 1);
    fake.publish("bnbbtc@ticker_4h", WINDOW.replace(",\"n\":18151", ""));
    assertMalformedGap(next(hour), "bnbbtc@ticker_4h", "n");
  }
}
