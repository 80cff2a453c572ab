package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.trade.FuturesOrderType;
import dev.signet.binance.futures.trade.FuturesTimeInForce;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.Decoder;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.Subscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The USD-M-only market streams: all mark prices and liquidation orders, the subscriptions as sent
 * and the docs' examples (USD-M websocket-market-streams "Mark Price Stream", "Liquidation Order
 * Streams") decoded with exact values; refused on Spot before anything is sent.
 */
class BinanceFuturesStreamsTest extends FakeStreamsTestBase {
  /** The USD-M docs' mark price update, comments removed. */
  static final String MARK = "{\"e\":\"markPriceUpdate\",\"E\":1562305380000,\"s\":\"BTCUSDT\",\"p\":\"11794.15000000\","
      + "\"i\":\"11784.62659091\",\"P\":\"11784.25641265\",\"r\":\"0.00038167\",\"T\":1562306400000}";
  /** The USD-M docs' liquidation order, comments removed. */
  static final String LIQUIDATION = "{\"e\":\"forceOrder\",\"E\":1568014460893,\"o\":{\"s\":\"BTCUSDT\",\"S\":\"SELL\","
      + "\"o\":\"LIMIT\",\"f\":\"IOC\",\"q\":\"0.014\",\"p\":\"9910\",\"ap\":\"9910\",\"X\":\"FILLED\",\"l\":\"0.014\","
      + "\"z\":\"0.014\",\"T\":1568014460893}}";

  private static LiquidationEvent docsLiquidation() {
    return new LiquidationEvent(Instant.ofEpochMilli(1568014460893L), new LiquidationEvent.Order("BTCUSDT",
        OrderSide.SELL, FuturesOrderType.LIMIT, FuturesTimeInForce.IOC, new BigDecimal("0.014"),
        new BigDecimal("9910"), new BigDecimal("9910"), OrderStatus.FILLED, new BigDecimal("0.014"),
        new BigDecimal("0.014"), Instant.ofEpochMilli(1568014460893L)));
  }

  @Test
  void allMarkPricesArriveAsOneListPerPushAtEitherSpeed() throws Exception {
    Subscription<List<MarkPriceEvent>> slow = futures().allMarkPrices(false);
    fake.awaitSubscribed("!markPrice@arr", 1);
    Subscription<List<MarkPriceEvent>> fast = streams.allMarkPrices(true);
    fake.awaitSubscribed("!markPrice@arr@1s", 1);
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"!markPrice@arr\"],\"id\":1}",
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"!markPrice@arr@1s\"],\"id\":2}");
    fake.publish("!markPrice@arr@1s", "[" + MARK + "," + MARK.replace("BTCUSDT", "ETHUSDT") + "]");
    MarkPriceEvent btc = new MarkPriceEvent(Instant.ofEpochMilli(1562305380000L), "BTCUSDT",
        new BigDecimal("11794.15000000"), new BigDecimal("11784.62659091"), new BigDecimal("11784.25641265"),
        new BigDecimal("0.00038167"), Instant.ofEpochMilli(1562306400000L));
    MarkPriceEvent eth = new MarkPriceEvent(btc.eventTime(), "ETHUSDT", btc.markPrice(), btc.indexPrice(),
        btc.estimatedSettlePrice(), btc.fundingRate(), btc.nextFundingTime());
    assertThat(next(fast)).isEqualTo(new StreamItem.Event<>(List.of(btc, eth)));
    fake.publish("!markPrice@arr", "[" + MARK + "]");
    assertThat(next(slow)).isEqualTo(new StreamItem.Event<>(List.of(btc)));
  }

  @Test
  void liquidationsOfOneSymbolAndOfAllDecodeTheDocsExampleExactly() throws Exception {
    Subscription<LiquidationEvent> one = futures().liquidations("BTCUSDT");
    fake.awaitSubscribed("btcusdt@forceOrder", 1);
    Subscription<LiquidationEvent> all = streams.allLiquidations();
    fake.awaitSubscribed("!forceOrder@arr", 1);
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@forceOrder\"],\"id\":1}",
        "{\"method\":\"SUBSCRIBE\",\"params\":[\"!forceOrder@arr\"],\"id\":2}");
    fake.publish("btcusdt@forceOrder", LIQUIDATION);
    assertThat(next(one)).isEqualTo(new StreamItem.Event<>(docsLiquidation()));
    fake.publish("!forceOrder@arr", LIQUIDATION);
    assertThat(next(all)).isEqualTo(new StreamItem.Event<>(docsLiquidation()));
  }

  @Test
  void aLiquidationWithoutItsAveragePriceIsAGapNamingTheField() throws Exception {
    Subscription<LiquidationEvent> one = futures().liquidations("BTCUSDT");
    fake.awaitSubscribed("btcusdt@forceOrder", 1);
    fake.publish("btcusdt@forceOrder", LIQUIDATION.replace("\"ap\":\"9910\",", ""));
    assertMalformedGap(next(one), "btcusdt@forceOrder", "ap");
  }

  @Test
  void theFuturesOnlyStreamsAreRefusedOnSpotBeforeAnythingIsSent() {
    streams = BinanceStreams.spot().baseUrl(fake.baseUrl()).build();
    assertThatThrownBy(() -> streams.allMarkPrices(true)).isInstanceOf(IllegalStateException.class)
        .hasMessage("allMarkPrices is a USD-M stream: build with BinanceStreams.futures()");
    assertThatThrownBy(() -> streams.liquidations("BTCUSDT")).isInstanceOf(IllegalStateException.class)
        .hasMessage("liquidations is a USD-M stream: build with BinanceStreams.futures()");
    assertThatThrownBy(() -> streams.allLiquidations()).isInstanceOf(IllegalStateException.class)
        .hasMessage("allLiquidations is a USD-M stream: build with BinanceStreams.futures()");
    assertThat(fake.connectionsOpened()).isZero();
  }

  @Test
  void eachUsdmStreamGoesToTheRouteBinanceServesItOn() throws Exception {
    BinanceStreams usdm = futures();
    usdm.depth("BTCUSDT");
    usdm.bookTicker("BTCUSDT");
    usdm.markPrice("BTCUSDT", false);
    usdm.aggTrades("BTCUSDT");
    usdm.klines("BTCUSDT", dev.signet.binance.spot.market.Interval.ONE_MINUTE);
    usdm.allLiquidations();
    for (String stream : List.of("btcusdt@depth@100ms", "btcusdt@bookTicker")) {
      fake.awaitSubscribed(stream, 1);
      assertThat(fake.routesOf(stream)).as(stream).containsExactly("/public/stream");
    }
    for (String stream : List.of("btcusdt@markPrice", "btcusdt@aggTrade", "btcusdt@kline_1m", "!forceOrder@arr")) {
      fake.awaitSubscribed(stream, 1);
      assertThat(fake.routesOf(stream)).as(stream).containsExactly("/market/stream");
    }
    assertThat(fake.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void aStreamOfUnknownRouteIsRefusedUnlessItsRouteIsNamed() throws Exception {
    BinanceStreams usdm = futures();
    assertThatThrownBy(() -> usdm.subscribe("btcusdt@compositeIndexV2", Decoder.tree(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("USD-M stream 'btcusdt@compositeIndexV2' has no route Signet knows: since 2026-04-23 Binance "
            + "serves it under /public or /market only, and on the wrong one it sends nothing. Name it: "
            + "subscribe(FuturesStreamRoute.MARKET, \"btcusdt@compositeIndexV2\", decoder, sequence)");
    assertThat(fake.connectionsOpened()).isZero();
    Subscription<JsonNode> index = usdm.subscribe(FuturesStreamRoute.MARKET, "btcusdt@compositeIndexV2",
        Decoder.tree(), null);
    fake.awaitSubscribed("btcusdt@compositeIndexV2", 1);
    assertThat(fake.routesOf("btcusdt@compositeIndexV2")).containsExactly("/market/stream");
    fake.publish("btcusdt@compositeIndexV2", "{\"e\":\"x\",\"E\":1}");
    assertThat(next(index)).isEqualTo(new StreamItem.Event<>(dev.signet.core.SignetJson.mapper()
        .readTree("{\"e\":\"x\",\"E\":1}")));
    Subscription<JsonNode> typedRoute = usdm.subscribe("btcusdt@compositeIndex", Decoder.tree(), null);
    fake.awaitSubscribed("btcusdt@compositeIndex", 1);
    assertThat(fake.routesOf(typedRoute.stream())).containsExactly("/market/stream");
    BinanceStreams spotStreams = BinanceStreams.spot().baseUrl(fake.baseUrl()).build();
    try (spotStreams) {
      assertThatThrownBy(() -> spotStreams.subscribe(FuturesStreamRoute.PUBLIC, "btcusdt@depth", Decoder.tree(), null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Spot streams have one route: subscribe(stream, decoder, sequence)");
    }
  }
}
