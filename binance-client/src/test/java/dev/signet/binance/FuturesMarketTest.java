package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.FuturesMarket;
import dev.signet.binance.futures.market.ContractType;
import dev.signet.binance.futures.market.FuturesAggTrade;
import dev.signet.binance.futures.market.FuturesAsset;
import dev.signet.binance.futures.market.FuturesExchangeInfo;
import dev.signet.binance.futures.market.FuturesFilter;
import dev.signet.binance.futures.market.FuturesKlinesQuery;
import dev.signet.binance.futures.market.FuturesOrderBook;
import dev.signet.binance.futures.market.FuturesSymbol;
import dev.signet.binance.futures.market.FuturesTrade;
import dev.signet.binance.futures.market.OpenInterest;
import dev.signet.binance.spot.market.AggTradesQuery;
import dev.signet.binance.spot.market.Candle;
import dev.signet.binance.spot.market.Interval;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.binance.spot.market.RateLimitInterval;
import dev.signet.binance.spot.market.RateLimitRule;
import dev.signet.binance.spot.market.RateLimitType;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.core.MalformedResponseException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each typed USD-M Futures market call of {@link FuturesMarket} against MockWebServer: the request as
 * sent (method, path, query in order, the API key only on MARKET_DATA rows), the weight reserved, and
 * the documented response example decoded with exact values. Tickers and statistics are in
 * {@code FuturesTickersTest} and {@code FuturesDataTest}.
 */
class FuturesMarketTest {
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

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Instant ms(long millis) {
    return Instant.ofEpochMilli(millis);
  }

  @Test
  void pingAndServerTime() throws Exception {
    fake.sent("futures_ping.json", "/fapi/v1/ping", 1, () -> {
      market.ping();
      return null;
    });
    assertThat(fake.sent("futures_server_time.json", "/fapi/v1/time", 1, () -> market.serverTime())).isEqualTo(1499827319559L);
  }

  @Test
  void exchangeInfoDecodesTheFuturesSymbolShapeAndFilters() throws Exception {
    FuturesExchangeInfo info = fake.sent("futures_exchange_info_excerpt.json", "/fapi/v1/exchangeInfo", 1,
        () -> market.exchangeInfo());
    FuturesSymbol blz = new FuturesSymbol("BLZUSDT", "BLZUSDT", ContractType.PERPETUAL, ms(4133404800000L),
        ms(1598252400000L), "TRADING", "BLZ", "USDT", "USDT", 5, 0, 8, 8, "COIN", List.of("STORAGE"), 0, d("0.15"),
        d("0.010000"), d("0.30"),
        List.of("LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET"),
        List.of("GTC", "IOC", "FOK", "GTX"),
        List.of(new FuturesFilter.Shared(new SymbolFilter.PriceFilter(d("0.0001"), d("300"), d("0.0001"))),
            new FuturesFilter.Shared(new SymbolFilter.LotSize(d("1"), d("10000000"), d("1"))),
            new FuturesFilter.Shared(new SymbolFilter.MarketLotSize(d("1"), d("590119"), d("1"))),
            new FuturesFilter.MaxNumOrders(200), new FuturesFilter.MaxNumAlgoOrders(10),
            new FuturesFilter.MinNotional(d("5.0")), new FuturesFilter.PercentPrice(d("1.1500"), d("0.8500"), 4)));
    assertThat(info).isEqualTo(new FuturesExchangeInfo("UTC", ms(1565613908500L),
        List.of(new RateLimitRule(RateLimitType.REQUEST_WEIGHT, RateLimitInterval.MINUTE, 1, 2400),
            new RateLimitRule(RateLimitType.ORDERS, RateLimitInterval.MINUTE, 1, 1200)),
        List.of(), List.of(new FuturesAsset("BUSD", true, d("0")), new FuturesAsset("USDT", true, d("0")),
            new FuturesAsset("BNB", false, null)), List.of(blz)));
    assertThat(info.symbol("BLZUSDT")).contains(blz);
    assertThat(info.symbol("BTCUSDT")).isEmpty();
    assertThat(blz.filters()).extracting(FuturesFilter::filterType).containsExactly("PRICE_FILTER", "LOT_SIZE",
        "MARKET_LOT_SIZE", "MAX_NUM_ORDERS", "MAX_NUM_ALGO_ORDERS", "MIN_NOTIONAL", "PERCENT_PRICE");
  }

  @Test
  void depthIsWeighedByItsLimit() throws Exception {
    FuturesOrderBook book = new FuturesOrderBook(1027024L, ms(1589436922972L), ms(1589436922959L),
        List.of(new PriceLevel(d("4.00000000"), d("431.00000000"))), List.of(new PriceLevel(d("4.00000200"), d("12.00000000"))));
    assertThat(fake.sent("futures_depth.json", "/fapi/v1/depth?symbol=BTCUSDT", 10, () -> market.depth("BTCUSDT")))
        .isEqualTo(book);
    fake.sent("futures_depth.json", "/fapi/v1/depth?symbol=BTCUSDT&limit=50", 2, () -> market.depth("BTCUSDT", 50));
    fake.sent("futures_depth.json", "/fapi/v1/depth?symbol=BTCUSDT&limit=100", 5, () -> market.depth("BTCUSDT", 100));
    fake.sent("futures_depth.json", "/fapi/v1/depth?symbol=BTCUSDT&limit=500", 10, () -> market.depth("BTCUSDT", 500));
    fake.sent("futures_depth.json", "/fapi/v1/depth?symbol=BTCUSDT&limit=1000", 20, () -> market.depth("BTCUSDT", 1000));
    assertThat(fake.sent("futures_depth.json", "/fapi/v1/rpiDepth?symbol=BTCUSDT", 20, () -> market.rpiDepth("BTCUSDT")))
        .isEqualTo(book);
  }

  @Test
  void recentAndHistoricalTradesSendLimitThenFromIdAndTheKeyOnlyForHistorical() throws Exception {
    FuturesTrade trade = new FuturesTrade(28457L, d("4.00000100"), d("12.00000000"), d("48.00"), ms(1499865549590L), true, false);
    assertThat(fake.sent("futures_trades.json", "/fapi/v1/trades?symbol=BTCUSDT&limit=1", 5, () -> market.trades("BTCUSDT", 1)))
        .containsExactly(trade);
    assertThat(fake.sent("futures_trades.json", "/fapi/v1/historicalTrades?symbol=BTCUSDT&limit=500", 200, true,
        () -> market.historicalTrades("BTCUSDT", 500))).containsExactly(trade);
    fake.sent("futures_trades.json", "/fapi/v1/historicalTrades?symbol=BTCUSDT&limit=10&fromId=28457", 200, true,
        () -> market.historicalTrades("BTCUSDT", 28457L, 10));
    // The published example (2025-11-08) has no isRPITrade; the flag as the newer responses send it:
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder().body("[{\"id\":28457,\"price\":\"4.00000100\","
        + "\"qty\":\"12.00000000\",\"quoteQty\":\"48.00\",\"time\":1499865549590,\"isBuyerMaker\":true,"
        + "\"isRPITrade\":true}]").build());
    assertThat(market.trades("BTCUSDT", 1)).containsExactly(
        new FuturesTrade(28457L, d("4.00000100"), d("12.00000000"), d("48.00"), ms(1499865549590L), true, true));
    assertThat(fake.server.takeRequest().getTarget()).isEqualTo("/fapi/v1/trades?symbol=BTCUSDT&limit=1");
  }

  @Test
  void aggTradesMapTheOneLetterNamesAndReuseTheSpotQuery() throws Exception {
    AggTradesQuery q = AggTradesQuery.builder("BTCUSDT").fromId(26129L).startTime(ms(1498793709000L))
        .endTime(ms(1498793710000L)).limit(2).build();
    List<FuturesAggTrade> aggs = fake.sent("futures_agg_trades.json",
        "/fapi/v1/aggTrades?symbol=BTCUSDT&fromId=26129&startTime=1498793709000&endTime=1498793710000&limit=2", 20,
        () -> market.aggTrades(q));
    assertThat(aggs).containsExactly(
        new FuturesAggTrade(26129L, d("0.01633102"), d("4.70443515"), null, 27781L, 27781L, ms(1498793709153L), true));
  }

  @Test
  void klinesAreWeighedByLimitAndReuseTheSpotCandle() throws Exception {
    Candle row = new Candle(ms(1499040000000L), d("0.01634790"), d("0.80000000"), d("0.01575800"), d("0.01577100"),
        d("148976.11427815"), ms(1499644799999L), d("2434.19055334"), 308L, d("1756.87402397"), d("28.46694368"));
    FuturesKlinesQuery q = FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_HOUR).startTime(ms(1499040000000L))
        .endTime(ms(1499644799999L)).limit(99).build();
    String query = "?symbol=BTCUSDT&interval=1h&startTime=1499040000000&endTime=1499644799999&limit=99";
    assertThat(fake.sent("futures_klines.json", "/fapi/v1/klines" + query, 1, () -> market.klines(q))).containsExactly(row);
    assertThat(fake.sent("futures_klines.json", "/fapi/v1/markPriceKlines" + query, 1, () -> market.markPriceKlines(q)))
        .containsExactly(row);
    assertThat(fake.sent("futures_klines.json", "/fapi/v1/premiumIndexKlines" + query, 1, () -> market.premiumIndexKlines(q)))
        .containsExactly(row);
    fake.sent("futures_klines.json", "/fapi/v1/klines?symbol=BTCUSDT&interval=1m", 5,
        () -> market.klines(FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_MINUTE).build()));
    for (int[] limitWeight : new int[][] {{100, 2}, {499, 2}, {500, 5}, {1000, 5}, {1001, 10}, {1500, 10}}) {
      fake.sent("futures_klines.json", "/fapi/v1/klines?symbol=BTCUSDT&interval=1d&limit=" + limitWeight[0], limitWeight[1],
          () -> market.klines(FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_DAY).limit(limitWeight[0]).build()));
    }
  }

  @Test
  void continuousAndIndexPriceKlinesSendThePairFirst() throws Exception {
    fake.sent("futures_klines.json", "/fapi/v1/continuousKlines?pair=BTCUSDT&contractType=CURRENT_QUARTER&interval=4h&limit=200",
        2, () -> market.continuousKlines(FuturesKlinesQuery.continuous("BTCUSDT", ContractType.CURRENT_QUARTER,
            Interval.FOUR_HOURS).limit(200).build()));
    List<Candle> index = fake.sent("futures_index_price_klines.json",
        "/fapi/v1/indexPriceKlines?pair=BTCUSDT&interval=1m&startTime=1591256400000", 5,
        () -> market.indexPriceKlines(FuturesKlinesQuery.pair("BTCUSDT", Interval.ONE_MINUTE).startTime(ms(1591256400000L)).build()));
    assertThat(index).containsExactly(new Candle(ms(1591256400000L), d("9653.69440000"), d("9653.69640000"),
        d("9651.38600000"), d("9651.55200000"), d("0"), ms(1591256459999L), d("0"), 60L, d("0"), d("0")));
  }

  @Test
  void theIndexPriceKlinesExampleAsPublishedHasATabInAStringAndFailsNamingTheEndpoint() {
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder()
        .body(TestData.jsonc("fixtures/futures_index_price_klines_as_published.json")).build());
    assertThatThrownBy(() -> market.indexPriceKlines(FuturesKlinesQuery.pair("BTCUSDT", Interval.ONE_MINUTE).build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v1/indexPriceKlines: the response (HTTP 200) could not be decoded: at [0]: Illegal"
            + " unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in string value");
  }

  @Test
  void openInterest() throws Exception {
    assertThat(fake.sent("futures_open_interest.json", "/fapi/v1/openInterest?symbol=BTCUSDT", 1,
        () -> market.openInterest("BTCUSDT"))).isEqualTo(new OpenInterest(d("10659.509"), "BTCUSDT", ms(1589437530011L)));
  }
}
