package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.SpotMarket;
import dev.signet.binance.spot.market.AggTradesQuery;
import dev.signet.binance.spot.market.ExchangeInfoQuery;
import dev.signet.binance.spot.market.Interval;
import dev.signet.binance.spot.market.KlinesQuery;
import dev.signet.binance.spot.market.SymbolStatus;
import dev.signet.binance.spot.market.WindowSize;
import dev.signet.core.MalformedResponseException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Market-data input Binance would refuse is refused before sending, with the exact message; bad rows are malformed. */
class MarketBadInputTest {
  private static final String BAD = "symbol 'btcusdt' is not a Binance symbol: it must match ^[A-Z0-9-_.]{1,20}$"
      + " (1 to 20 upper-case letters, digits, '-', '_' or '.', or non-ASCII letters and digits). Pass it as exchangeInfo lists it, e.g. BTCUSDT (here BTCUSDT).";

  private final MockWebServer server = new MockWebServer();
  private BinanceClient client;
  private SpotMarket market;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    client = TestData.clientFor(server).retryPolicy(dev.signet.core.RetryPolicy.none()).build();
    market = client.spot().market();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void refused(Executable call, String message) {
    assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(server.getRequestCount()).as("nothing may reach the network").isZero();
  }

  @Test
  void everySymbolTakingCallRefusesALowerCaseSymbol() {
    List<Executable> calls = List.of(() -> market.exchangeInfo("btcusdt"), () -> market.executionRules("btcusdt"),
        () -> market.depth("btcusdt"), () -> market.depth("btcusdt", 5), () -> market.trades("btcusdt", 1),
        () -> market.historicalTrades("btcusdt", 1), () -> market.historicalTrades("btcusdt", 1L, 1),
        () -> market.historicalBlockTrades("btcusdt", 1L, 1), () -> market.aggTrades(AggTradesQuery.builder("btcusdt").build()),
        () -> market.klines("btcusdt", Interval.ONE_HOUR), () -> market.avgPrice("btcusdt"),
        () -> market.referencePrice("btcusdt"), () -> market.referencePriceCalculation("btcusdt"),
        () -> market.tickers().ticker24h("btcusdt"), () -> market.tickers().miniTicker24h("btcusdt"),
        () -> market.tickers().tradingDayTicker("btcusdt", null),
        () -> market.tickers().rollingTicker("btcusdt", WindowSize.days(1)), () -> market.tickers().priceTicker("btcusdt"),
        () -> market.tickers().bookTicker("btcusdt"));
    for (Executable call : calls) {
      refused(call, BAD);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "BTC USDT", "BTC/USDT", "BTC:USDT", "ABCDEFGHIJKLMNOPQRSTU", "BTC@USDT"})
  void symbolSyntaxIsBinances(String symbol) {
    assertThatThrownBy(() -> market.avgPrice(symbol)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symbol '" + symbol + "' is not a Binance symbol");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void listsNameTheBadElementAndTheirSize() {
    refused(() -> market.tickers().priceTickers(List.of("BTCUSDT", "eth")), "symbols[1] 'eth' is not a Binance symbol:"
        + " it must match ^[A-Z0-9-_.]{1,20}$ (1 to 20 upper-case letters, digits, '-', '_' or '.', or non-ASCII letters and digits). Pass it as"
        + " exchangeInfo lists it, e.g. BTCUSDT (here ETH).");
    refused(() -> market.tickers().bookTickers(List.of()), "symbols is empty; pass one or more symbols, e.g. List.of(\"BTCUSDT\").");
    refused(() -> market.tickers().rollingTickers(Collections.nCopies(101, "BTCUSDT"), WindowSize.days(1)),
        "symbols has 101 symbols; this endpoint takes at most 100. Split the list into several calls.");
    refused(() -> market.avgPrice(null), "symbol is null; pass a Binance symbol such as BTCUSDT.");
  }

  @Test
  void limitsTimeZonesWindowsAndCombinations() {
    refused(() -> market.depth("BTCUSDT", 5001),
        "limit 5001 is outside 1..5000; ask for at most 5000 and page with fromId or startTime/endTime for more.");
    refused(() -> market.trades("BTCUSDT", 0),
        "limit 0 is outside 1..1000; ask for at most 1000 and page with fromId or startTime/endTime for more.");
    refused(() -> KlinesQuery.builder("BTCUSDT", Interval.ONE_DAY).timeZone("+14:30"),
        "timeZone '+14:30' is not a Binance time zone: use hours (8, -1) or hours and minutes (05:45, -1:00), from -12:00 to +14:00.");
    refused(() -> market.tickers().tradingDayTicker("BTCUSDT", "-13"),
        "timeZone '-13' is not a Binance time zone: use hours (8, -1) or hours and minutes (05:45, -1:00), from -12:00 to +14:00.");
    refused(() -> WindowSize.of("1d2h"),
        "windowSize '1d2h' is not a Binance window: use 1m to 59m, 1h to 23h or 1d to 7d, one unit only (e.g. 15m, 4h, 7d).");
    refused(() -> WindowSize.minutes(60),
        "windowSize '60m' is not a Binance window: use 1m to 59m, 1h to 23h or 1d to 7d, one unit only (e.g. 15m, 4h, 7d).");
    refused(() -> AggTradesQuery.builder("BTCUSDT").startTime(Instant.ofEpochMilli(2)).endTime(Instant.ofEpochMilli(1)).build(),
        "startTime 1970-01-01T00:00:00.002Z is after endTime 1970-01-01T00:00:00.001Z; swap them.");
    refused(() -> ExchangeInfoQuery.builder().symbol("BTCUSDT").symbolStatus(SymbolStatus.TRADING).build(),
        "permissions and symbolStatus cannot be combined with symbol or symbols; Binance refuses the combination."
            + " Filter the symbols' own status and permissionSets instead.");
    refused(() -> ExchangeInfoQuery.builder().symbol("BTCUSDT").symbols(List.of("ETHBTC")).build(),
        "symbol and symbols cannot be sent together; use one of them.");
  }

  @Test
  void aShortKlineRowIsMalformedNamingTheElement() {
    server.enqueue(new MockResponse.Builder().body("[[1499040000000,\"0.01634790\",\"0.80000000\",\"0.01575800\"]]").build());
    assertThatThrownBy(() -> market.klines("BNBBTC", Interval.ONE_DAY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /api/v3/klines: the response (HTTP 200) could not be decoded: at [0]: kline element 4 (close)"
            + " is missing: the row has 4 elements, 11 are documented");
  }

  @Test
  void aKlineWithAStringWhereTheTradeCountBelongsIsMalformed() {
    String row = TestData.jsonc("fixtures/spot_klines.json").replace("308,", "\"many\",");
    server.enqueue(new MockResponse.Builder().body(row).build());
    assertThatThrownBy(() -> market.klines("BNBBTC", Interval.ONE_DAY))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /api/v3/klines: the response (HTTP 200) could not be decoded: at [0]")
        .hasMessageContaining("'count' of Candle is not an integer");
  }

  @Test
  void aDepthLevelWithoutQuantityIsMalformed() {
    server.enqueue(new MockResponse.Builder().body("{\"lastUpdateId\":1,\"bids\":[[\"4.0\"]],\"asks\":[]}").build());
    assertThatThrownBy(() -> market.depth("BNBBTC"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /api/v3/depth: the response (HTTP 200) could not be decoded: at bids[0]: price level element 1"
            + " (qty) is missing: the row has 1 elements, 2 are documented");
  }
}
