package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.spot.SpotMarket;
import dev.signet.binance.spot.SpotTickers;
import dev.signet.binance.spot.market.AggTrade;
import dev.signet.binance.spot.market.AggTradesQuery;
import dev.signet.binance.spot.market.AveragePrice;
import dev.signet.binance.spot.market.BlockTrade;
import dev.signet.binance.spot.market.BookTicker;
import dev.signet.binance.spot.market.Candle;
import dev.signet.binance.spot.market.ExecutionRule;
import dev.signet.binance.spot.market.ExecutionRules;
import dev.signet.binance.spot.market.Interval;
import dev.signet.binance.spot.market.KlinesQuery;
import dev.signet.binance.spot.market.MiniTicker;
import dev.signet.binance.spot.market.OrderBook;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.binance.spot.market.PriceTicker;
import dev.signet.binance.spot.market.ReferencePrice;
import dev.signet.binance.spot.market.ReferencePriceCalculation;
import dev.signet.binance.spot.market.SymbolExecutionRules;
import dev.signet.binance.spot.market.SymbolStatus;
import dev.signet.binance.spot.market.Ticker24h;
import dev.signet.binance.spot.market.Trade;
import dev.signet.binance.spot.market.WindowSize;
import dev.signet.binance.spot.market.WindowTicker;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each typed market-data call against MockWebServer: the request as sent (method, path, query in
 * order, no API key on these NONE endpoints) and the documented response example decoded with
 * exact values. Exchange information has its own test ({@code ExchangeInfoTest}).
 */
class SpotMarketTest {
  private final MockWebServer server = new MockWebServer();
  private BinanceClient client;
  private SpotMarket market;
  private SpotTickers tickers;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    client = TestData.clientFor(server).build();
    market = client.spot().market();
    tickers = market.tickers();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  /** Serves {@code fixture} (comments stripped), runs {@code call}, checks the request was a keyless GET of {@code target}. */
  private <T> T sent(String fixture, String target, Supplier<T> call) throws InterruptedException {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
        .body(TestData.jsonc("fixtures/" + fixture)).build());
    T value = call.get();
    RecordedRequest req = server.takeRequest();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo(target);
    assertThat(req.getHeaders().get("X-MBX-APIKEY")).as("a NONE endpoint carries no API key").isNull();
    return value;
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static Instant ms(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  @Test
  void pingSendsNothingAndAcceptsTheEmptyObject() throws Exception {
    sent("spot_ping.json", "/api/v3/ping", () -> {
      market.ping();
      return null;
    });
  }

  @Test
  void executionRulesBySymbolListAndStatus() throws Exception {
    ExecutionRules rules = sent("spot_execution_rules.json", "/api/v3/executionRules?symbol=BAZUSD",
        () -> market.executionRules("BAZUSD"));
    ExecutionRule range = new ExecutionRule("PRICE_RANGE", d("1.0001"), d("0.9999"), d("1.0001"), d("0.9999"));
    assertThat(rules).isEqualTo(new ExecutionRules(List.of(new SymbolExecutionRules("BAZUSD", List.of(range)))));
    assertThat(rules.forSymbol("BAZUSD")).containsExactly(range);
    assertThat(rules.forSymbol("BTCUSDT")).isEmpty();
    sent("spot_execution_rules.json", "/api/v3/executionRules?symbols=%5B%22BAZUSD%22%2C%22BTCUSDT%22%5D",
        () -> market.executionRules(List.of("BAZUSD", "BTCUSDT")));
    sent("spot_execution_rules.json", "/api/v3/executionRules?symbolStatus=HALT",
        () -> market.executionRules(SymbolStatus.HALT));
    sent("spot_execution_rules.json", "/api/v3/executionRules", () -> market.executionRules());
  }

  @Test
  void depthDecodesPositionalLevels() throws Exception {
    OrderBook book = sent("spot_depth.json", "/api/v3/depth?symbol=BNBBTC&limit=5", () -> market.depth("BNBBTC", 5));
    assertThat(book).isEqualTo(new OrderBook(1027024L, List.of(new PriceLevel(d("4.00000000"), d("431.00000000"))),
        List.of(new PriceLevel(d("4.00000200"), d("12.00000000")))));
    assertThat(book.bids().get(0).price().scale()).isEqualTo(8);
    sent("spot_depth.json", "/api/v3/depth?symbol=BNBBTC", () -> market.depth("BNBBTC"));
  }

  @Test
  void recentAndHistoricalTradesSendLimitThenFromId() throws Exception {
    Trade trade = new Trade(28457L, d("4.00000100"), d("12.00000000"), d("48.000012"), ms(1499865549590L), true, true);
    assertThat(sent("spot_trades.json", "/api/v3/trades?symbol=BNBBTC&limit=1", () -> market.trades("BNBBTC", 1)))
        .containsExactly(trade);
    assertThat(sent("spot_trades.json", "/api/v3/historicalTrades?symbol=BNBBTC&limit=10&fromId=28457",
        () -> market.historicalTrades("BNBBTC", 28457L, 10))).containsExactly(trade);
    sent("spot_trades.json", "/api/v3/historicalTrades?symbol=BNBBTC&limit=500", () -> market.historicalTrades("BNBBTC", 500));
  }

  @Test
  void historicalBlockTradesSendFromIdThenLimit() throws Exception {
    List<BlockTrade> blocks = sent("spot_historical_block_trades.json",
        "/api/v3/historicalBlockTrades?symbol=BAZUSD&fromId=582&limit=100",
        () -> market.historicalBlockTrades("BAZUSD", 582L, 100));
    assertThat(blocks).containsExactly(new BlockTrade(582L, d("0.052"), d("5838"), d("303.576"), ms(1772506983321L), true));
  }

  @Test
  void aggTradesMapTheOneLetterNames() throws Exception {
    AggTradesQuery q = AggTradesQuery.builder("BNBBTC").fromId(26129L).startTime(ms(1498793709000L))
        .endTime(ms(1498793710000L)).limit(2).build();
    List<AggTrade> aggs = sent("spot_agg_trades.json",
        "/api/v3/aggTrades?symbol=BNBBTC&fromId=26129&startTime=1498793709000&endTime=1498793710000&limit=2",
        () -> market.aggTrades(q));
    assertThat(aggs).containsExactly(
        new AggTrade(26129L, d("0.01633102"), d("4.70443515"), 27781L, 27781L, ms(1498793709153L), true, true));
  }

  @Test
  void klinesAndUiKlinesDecodeTheMixedRow() throws Exception {
    Candle row = new Candle(ms(1499040000000L), d("0.01634790"), d("0.80000000"), d("0.01575800"), d("0.01577100"),
        d("148976.11427815"), ms(1499644799999L), d("2434.19055334"), 308L, d("1756.87402397"), d("28.46694368"));
    KlinesQuery q = KlinesQuery.builder("BNBBTC", Interval.ONE_MONTH).startTime(ms(1499040000000L))
        .endTime(ms(1499644799999L)).timeZone("-1:00").limit(1).build();
    String query = "?symbol=BNBBTC&interval=1M&startTime=1499040000000&endTime=1499644799999&timeZone=-1%3A00&limit=1";
    assertThat(sent("spot_klines.json", "/api/v3/klines" + query, () -> market.klines(q))).containsExactly(row);
    assertThat(sent("spot_klines.json", "/api/v3/uiKlines" + query, () -> market.uiKlines(q))).containsExactly(row);
    sent("spot_klines.json", "/api/v3/klines?symbol=BNBBTC&interval=1m", () -> market.klines("BNBBTC", Interval.ONE_MINUTE));
  }

  @Test
  void avgPrice() throws Exception {
    assertThat(sent("spot_avg_price.json", "/api/v3/avgPrice?symbol=BNBBTC", () -> market.avgPrice("BNBBTC")))
        .isEqualTo(new AveragePrice(5, d("9.35751834"), ms(1694061154503L)));
  }

  @Test
  void ticker24hFullAndMini() throws Exception {
    Ticker24h full = new Ticker24h("BNBBTC", d("-94.99999800"), d("-95.960"), d("0.29628482"), d("0.10002000"),
        d("4.00000200"), d("200.00000000"), d("4.00000000"), d("100.00000000"), d("4.00000200"), d("100.00000000"),
        d("99.00000000"), d("100.00000000"), d("0.10000000"), d("8913.30000000"), d("15.30000000"),
        ms(1499783499040L), ms(1499869899040L), 28385L, 28460L, 76L);
    assertThat(sent("spot_ticker_24hr_full.json", "/api/v3/ticker/24hr?symbol=BNBBTC", () -> tickers.ticker24h("BNBBTC")))
        .isEqualTo(full);
    List<MiniTicker> minis = sent("spot_ticker_24hr_mini_list.json",
        "/api/v3/ticker/24hr?symbols=%5B%22BNBBTC%22%2C%22LTCBTC%22%5D&type=MINI",
        () -> tickers.miniTicker24h(List.of("BNBBTC", "LTCBTC")));
    assertThat(minis).containsExactly(
        new MiniTicker("BNBBTC", d("99.00000000"), d("100.00000000"), d("0.10000000"), d("4.00000200"),
            d("8913.30000000"), d("15.30000000"), ms(1499783499040L), ms(1499869899040L), 28385L, 28460L, 76L),
        new MiniTicker("LTCBTC", d("0.07000000"), d("0.07000000"), d("0.07000000"), d("0.07000000"),
            d("11.00000000"), d("0.77000000"), ms(1656908192899L), ms(1656994592899L), 0L, 10L, 11L));
  }

  @Test
  void tradingDayTickerWithTimeZone() throws Exception {
    WindowTicker day = sent("spot_ticker_trading_day_full.json", "/api/v3/ticker/tradingDay?symbol=BTCUSDT&timeZone=8",
        () -> tickers.tradingDayTicker("BTCUSDT", "8"));
    assertThat(day).isEqualTo(new WindowTicker("BTCUSDT", d("-83.13000000"), d("-0.317"), d("26234.58803036"),
        d("26304.80000000"), d("26397.46000000"), d("26088.34000000"), d("26221.67000000"), d("18495.35066000"),
        d("485217905.04210480"), ms(1695686400000L), ms(1695772799999L), 3220151555L, 3220849281L, 697727L));
    sent("spot_ticker_trading_day_full.json", "/api/v3/ticker/tradingDay?symbol=BTCUSDT",
        () -> tickers.tradingDayTicker("BTCUSDT", null));
  }

  @Test
  void rollingTickersWithWindowSize() throws Exception {
    List<WindowTicker> rolling = sent("spot_ticker_rolling_full_list.json",
        "/api/v3/ticker?symbols=%5B%22BTCUSDT%22%2C%22BNBBTC%22%5D&windowSize=7d",
        () -> tickers.rollingTickers(List.of("BTCUSDT", "BNBBTC"), WindowSize.days(7)));
    assertThat(rolling).hasSize(2);
    assertThat(rolling.get(1)).isEqualTo(new WindowTicker("BNBBTC", d("0.00008530"), d("0.823"), d("0.01043129"),
        d("0.01036170"), d("0.01049850"), d("0.01033870"), d("0.01044700"), d("166.67000000"), d("1.73858301"),
        ms(1655432400000L), ms(1655446835460L), 2351674L, 2352034L, 361L));
    assertThat(rolling.get(0).count()).isEqualTo(1967L);
  }

  @Test
  void priceAndBookTickers() throws Exception {
    assertThat(sent("spot_ticker_price_single.json", "/api/v3/ticker/price?symbol=LTCBTC", () -> tickers.priceTicker("LTCBTC")))
        .isEqualTo(new PriceTicker("LTCBTC", d("4.00000200")));
    assertThat(sent("spot_ticker_price_list.json", "/api/v3/ticker/price?symbols=%5B%22LTCBTC%22%2C%22ETHBTC%22%5D",
        () -> tickers.priceTickers(List.of("LTCBTC", "ETHBTC"))))
        .containsExactly(new PriceTicker("LTCBTC", d("4.00000200")), new PriceTicker("ETHBTC", d("0.07946600")));
    assertThat(sent("spot_book_ticker_single.json", "/api/v3/ticker/bookTicker?symbol=LTCBTC", () -> tickers.bookTicker("LTCBTC")))
        .isEqualTo(new BookTicker("LTCBTC", d("4.00000000"), d("431.00000000"), d("4.00000200"), d("9.00000000")));
    assertThat(sent("spot_book_ticker_list.json", "/api/v3/ticker/bookTicker?symbols=%5B%22LTCBTC%22%2C%22ETHBTC%22%5D",
        () -> tickers.bookTickers(List.of("LTCBTC", "ETHBTC"))).get(1))
        .isEqualTo(new BookTicker("ETHBTC", d("0.07946700"), d("9.00000000"), d("100000.00000000"), d("1000.00000000")));
  }

  @Test
  void referencePriceSetAndUnset() throws Exception {
    ReferencePrice set = sent("spot_reference_price.json", "/api/v3/referencePrice?symbol=BAZUSD",
        () -> market.referencePrice("BAZUSD"));
    assertThat(set).isEqualTo(new ReferencePrice("BAZUSD", d("10.00"), ms(1770736694138L)));
    assertThat(set.hasReferencePrice()).isTrue();
    ReferencePrice unset = sent("spot_reference_price_null.json", "/api/v3/referencePrice?symbol=BAZUSD",
        () -> market.referencePrice("BAZUSD"));
    assertThat(unset).isEqualTo(new ReferencePrice("BAZUSD", null, ms(1770736694138L)));
    assertThat(unset.hasReferencePrice()).isFalse();
  }

  @Test
  void referencePriceCalculationBothTypes() throws Exception {
    assertThat(sent("spot_reference_price_calculation_mean.json", "/api/v3/referencePrice/calculation?symbol=BAZUSD",
        () -> market.referencePriceCalculation("BAZUSD")))
        .isEqualTo(new ReferencePriceCalculation("BAZUSD", "ARITHMETIC_MEAN", 10, 1000L, null));
    assertThat(sent("spot_reference_price_calculation_external.json", "/api/v3/referencePrice/calculation?symbol=BAZUSD",
        () -> market.referencePriceCalculation("BAZUSD")))
        .isEqualTo(new ReferencePriceCalculation("BAZUSD", "EXTERNAL", null, null, 42L));
  }
}
