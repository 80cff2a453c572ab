package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.FuturesMarket;
import dev.signet.binance.futures.market.ContractType;
import dev.signet.binance.futures.market.FundingRateQuery;
import dev.signet.binance.futures.market.FuturesKlinesQuery;
import dev.signet.binance.futures.market.StatsPeriod;
import dev.signet.binance.futures.market.StatsQuery;
import dev.signet.binance.spot.market.AggTradesQuery;
import dev.signet.binance.spot.market.Interval;
import dev.signet.core.MalformedResponseException;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * USD-M Futures market input Binance would refuse is refused before sending, with the exact message;
 * a response that breaks the documented shape is a {@link MalformedResponseException} naming the
 * endpoint and the field.
 */
class FuturesBadInputTest {
  private static final String BAD = "symbol 'btcusdt' is not a Binance symbol: it must match ^[A-Z0-9-_.]{1,20}$"
      + " (1 to 20 upper-case letters, digits, '-', '_' or '.', or non-ASCII letters and digits). Pass it as"
      + " exchangeInfo lists it, e.g. BTCUSDT (here BTCUSDT).";
  private static final Instant T0 = Instant.ofEpochMilli(1_700_000_000_000L);

  private FuturesServer fake;
  private FuturesMarket market;

  @BeforeEach
  void start() throws Exception {
    fake = new FuturesServer();
    market = fake.client.futures().market();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private void refused(Executable call, String message) {
    assertThatThrownBy(call::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(fake.server.getRequestCount()).as("nothing may reach the network").isZero();
  }

  @Test
  void everySymbolTakingCallRefusesALowerCaseSymbol() {
    List<Executable> calls = List.of(() -> market.depth("btcusdt"), () -> market.depth("btcusdt", 5),
        () -> market.rpiDepth("btcusdt"), () -> market.trades("btcusdt", 1), () -> market.historicalTrades("btcusdt", 1),
        () -> market.historicalTrades("btcusdt", 1L, 1), () -> market.aggTrades(AggTradesQuery.builder("btcusdt").build()),
        () -> FuturesKlinesQuery.symbol("btcusdt", Interval.ONE_HOUR), () -> market.openInterest("btcusdt"),
        () -> market.tickers().markPrice("btcusdt"), () -> FundingRateQuery.builder().symbol("btcusdt"),
        () -> market.tickers().ticker24h("btcusdt"), () -> market.tickers().priceTicker("btcusdt"),
        () -> market.tickers().bookTicker("btcusdt"), () -> market.data().adlRisk("btcusdt"),
        () -> market.data().assetIndex("btcusdt"), () -> market.data().indexInfo("btcusdt"),
        () -> market.data().constituents("btcusdt"), () -> market.data().insuranceBalance("btcusdt"),
        () -> StatsQuery.symbol("btcusdt", StatsPeriod.ONE_HOUR));
    for (Executable call : calls) {
      refused(call, BAD);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "BTC USDT", "BTC/USDT", "ABCDEFGHIJKLMNOPQRSTU"})
  void pairsAreCheckedAsSymbolsAndNamedPair(String pair) {
    assertThatThrownBy(() -> market.data().deliveryPrices(pair)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pair '" + pair + "' is not a Binance symbol");
    assertThatThrownBy(() -> FuturesKlinesQuery.pair(pair, Interval.ONE_HOUR)).hasMessageStartingWith("pair '" + pair + "'");
    assertThatThrownBy(() -> StatsQuery.basis(pair, ContractType.PERPETUAL, StatsPeriod.ONE_DAY))
        .hasMessageStartingWith("pair '" + pair + "'");
    assertThat(fake.server.getRequestCount()).isZero();
  }

  @Test
  void depthTakesOnlyTheDocumentedLimits() {
    refused(() -> market.depth("BTCUSDT", 25), "limit 25 is not a USD-M Futures depth; use 5, 10, 20, 50, 100, 500 or 1000.");
  }

  @Test
  void pageSizesAreCheckedAgainstEachEndpoint() {
    String page = "; ask for at most %d and page with fromId or startTime/endTime for more.";
    refused(() -> market.trades("BTCUSDT", 1001), "limit 1001 is outside 1..1000" + page.formatted(1000));
    refused(() -> market.historicalTrades("BTCUSDT", 501), "limit 501 is outside 1..500" + page.formatted(500));
    refused(() -> FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_HOUR).limit(1501),
        "limit 1501 is outside 1..1500" + page.formatted(1500));
    refused(() -> StatsQuery.symbol("BTCUSDT", StatsPeriod.ONE_HOUR).limit(0), "limit 0 is outside 1..500" + page.formatted(500));
    refused(() -> FundingRateQuery.builder().limit(1001), "limit 1001 is outside 1..1000" + page.formatted(1000));
  }

  @Test
  void klinesHaveNoOneSecondIntervalAndEachCallItsQueryKind() {
    refused(() -> FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_SECOND),
        "interval 1s is not offered by USD-M Futures; use Interval.ONE_MINUTE or longer.");
    FuturesKlinesQuery bySymbol = FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_HOUR).build();
    FuturesKlinesQuery byPair = FuturesKlinesQuery.pair("BTCUSDT", Interval.ONE_HOUR).build();
    refused(() -> market.klines(byPair),
        "klines takes a symbol; build the query with FuturesKlinesQuery.symbol(symbol, interval).");
    refused(() -> market.markPriceKlines(byPair),
        "markPriceKlines takes a symbol; build the query with FuturesKlinesQuery.symbol(symbol, interval).");
    refused(() -> market.indexPriceKlines(bySymbol),
        "indexPriceKlines takes a pair; build the query with FuturesKlinesQuery.pair(pair, interval).");
    refused(() -> market.continuousKlines(byPair), "continuousKlines takes a pair and a contract type;"
        + " build the query with FuturesKlinesQuery.continuous(pair, contractType, interval).");
    refused(() -> FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_HOUR).startTime(T0).endTime(T0.minusMillis(1)).build(),
        "startTime 2023-11-14T22:13:20Z is after endTime 2023-11-14T22:13:19.999Z; swap them.");
  }

  @Test
  void statisticsQueriesMatchTheirEndpoint() {
    StatsQuery bySymbol = StatsQuery.symbol("BTCUSDT", StatsPeriod.ONE_HOUR).build();
    StatsQuery basis = StatsQuery.basis("BTCUSDT", ContractType.PERPETUAL, StatsPeriod.ONE_HOUR).build();
    refused(() -> market.data().basis(bySymbol),
        "basis takes a pair and a contract type; build the query with StatsQuery.basis(pair, contractType, period).");
    refused(() -> market.data().openInterestHist(basis),
        "openInterestHist takes a symbol; build the query with StatsQuery.symbol(symbol, period).");
    refused(() -> market.data().takerLongShortRatio(basis),
        "takerlongshortRatio takes a symbol; build the query with StatsQuery.symbol(symbol, period).");
  }

  @Test
  void aggTradesRefuseAnHourOrMore() {
    refused(() -> market.aggTrades(AggTradesQuery.builder("BTCUSDT").startTime(T0).endTime(T0.plusSeconds(3600)).build()),
        "startTime 2023-11-14T22:13:20Z to endTime 2023-11-14T23:13:20Z is one hour or more, which USD-M Futures"
            + " refuses for aggTrades; query less than one hour at a time.");
  }

  @Test
  void historicalTradesRefuseANegativeFromId() {
    refused(() -> market.historicalTrades("BTCUSDT", -1L, 10), "fromId -1 is negative; trade ids start at 0.");
  }

  private void serve(String body) {
    fake.server.enqueue(new MockResponse.Builder().body(body).build());
  }

  @Test
  void aMissingFieldIsMalformedNamingTheEndpointAndField() {
    serve("{\"symbol\":\"BTCUSDT\",\"markPrice\":\"1\",\"indexPrice\":\"1\",\"estimatedSettlePrice\":\"1\","
        + "\"lastFundingRate\":\"0\",\"interestRate\":\"0\",\"nextFundingTime\":1}");
    assertThatThrownBy(() -> market.tickers().markPrice("BTCUSDT")).isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v1/premiumIndex: the response (HTTP 200) could not be decoded:"
            + " required field 'time' is missing or null");
  }

  @Test
  void aFilterMissingItsLimitIsMalformedNamingThePath() {
    serve(TestData.jsonc("fixtures/futures_exchange_info_excerpt.json").replace("\"limit\": 200", "\"limt\": 200"));
    assertThatThrownBy(() -> market.exchangeInfo()).isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v1/exchangeInfo: the response (HTTP 200) could not be decoded:"
            + " at symbols[0].filters[3]: required field 'limit' is missing or null (in MaxNumOrders)");
  }

  @Test
  void aShortKlineRowIsMalformedNamingTheElement() {
    serve("[[1499040000000,\"1\",\"2\",\"0.5\"]]");
    assertThatThrownBy(() -> market.klines(FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_HOUR).build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("GET /fapi/v1/klines: the response (HTTP 200) could not be decoded:")
        .hasMessageContaining("kline element 4 (close) is missing: the row has 4 elements, 11 are documented");
  }

  @Test
  void anUnknownFilterKeepsItsRawFields() throws Exception {
    serve(TestData.jsonc("fixtures/futures_exchange_info_excerpt.json")
        .replace("\"filterType\": \"MIN_NOTIONAL\",", "\"filterType\": \"POSITION_RISK_CONTROL\", \"positionControlSide\": \"NONE\","));
    var filter = market.exchangeInfo().symbols().get(0).filters().get(5);
    assertThat(filter).isEqualTo(new dev.signet.binance.futures.market.FuturesFilter.Unknown("POSITION_RISK_CONTROL",
        java.util.Map.of("positionControlSide", "NONE", "notional", "5.0")));
    assertThat(((dev.signet.binance.futures.market.FuturesFilter.Unknown) filter).fields().keySet())
        .containsExactly("positionControlSide", "notional");
  }

  @Test
  void anAggTradeWithTheNormalQuantityKeepsIt() {
    serve("[{\"a\":1,\"p\":\"2\",\"q\":\"3\",\"nq\":\"2.5\",\"f\":4,\"l\":5,\"T\":6,\"m\":false}]");
    assertThat(market.aggTrades(AggTradesQuery.builder("BTCUSDT").build()).get(0).normalQty())
        .isEqualTo(new java.math.BigDecimal("2.5"));
  }
}
