package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.SpotMarket;
import dev.signet.binance.spot.market.AggTrade;
import dev.signet.binance.spot.market.AggTradesQuery;
import dev.signet.binance.spot.market.AveragePrice;
import dev.signet.binance.spot.market.BookTicker;
import dev.signet.binance.spot.market.Candle;
import dev.signet.binance.spot.market.ExchangeInfo;
import dev.signet.binance.spot.market.Interval;
import dev.signet.binance.spot.market.KlinesQuery;
import dev.signet.binance.spot.market.OrderBook;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.binance.spot.market.PriceTicker;
import dev.signet.binance.spot.market.ReferencePrice;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.binance.spot.market.SymbolRules;
import dev.signet.binance.spot.market.SymbolStatus;
import dev.signet.binance.spot.market.Trade;
import dev.signet.binance.spot.market.WindowSize;
import dev.signet.core.ExchangeApiException;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.SpotMarketData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every typed market-data call against the testkit's FakeBinance, with the data it was configured with. */
class SpotMarketAgainstFakeTest {
  private static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");

  private FakeBinance fake;
  private BinanceClient client;
  private SpotMarket market;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @BeforeEach
  void start() {
    SpotMarketData data = SpotMarketData.builder()
        .book("BTCUSDT", List.of(new SpotMarketData.Level(d("39999.99"), d("0.5")), new SpotMarketData.Level(d("39999.00"), d("2"))),
            List.of(new SpotMarketData.Level(d("40000.01"), d("0.25"))))
        .trade("BTCUSDT", new SpotMarketData.Trade(7, d("39990.00"), d("0.1"), T0, true))
        .trade("BTCUSDT", new SpotMarketData.Trade(8, d("40010.00"), d("0.3"), T0.plusSeconds(60), false))
        .candle("BTCUSDT", "1h", new SpotMarketData.Candle(T0, T0.plusSeconds(3599), d("39990.00"), d("40020.00"),
            d("39980.00"), d("40010.00"), d("0.4"), 2))
        .build();
    fake = FakeBinance.builder()
        .market("BTCUSDT", "BTC", "USDT", d("40000.00"))
        .marketRules("BTCUSDT", d("0.01"), d("0.00001"), d("5"))
        .market("ETHBTC", "ETH", "BTC", d("0.05"))
        .marketData(data)
        .build();
    client = BinanceClient.builder().spotBaseUrl(fake.baseUrl()).build();
    market = client.spot().market();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void generalEndpoints() {
    market.ping();
    ExchangeInfo info = market.exchangeInfo();
    assertThat(info.symbols()).extracting(s -> s.symbol()).containsExactly("BTCUSDT", "ETHBTC");
    assertThat(market.exchangeInfo("BTCUSDT").symbols().get(0).filters()).containsExactly(
        new SymbolFilter.PriceFilter(d("0.01"), d("1000000.00000000"), d("0.01")),
        new SymbolFilter.LotSize(d("0.00001"), d("9000.00000000"), d("0.00001")),
        new SymbolFilter.Notional(d("5"), true, d("9000000.00000000"), false, 5));
    assertThat(market.exchangeInfo(List.of("ETHBTC")).symbols().get(0).filters()).isEmpty();
    SymbolRules rules = info.symbol("BTCUSDT").orElseThrow().rules();
    assertThat(rules.roundPrice(d("40000.123"), RoundingMode.DOWN)).isEqualTo(d("40000.12"));
    assertThat(market.executionRules("BTCUSDT").symbolRules().get(0).symbol()).isEqualTo("BTCUSDT");
    assertThat(market.executionRules(SymbolStatus.TRADING).symbolRules()).hasSize(2);
    assertThatThrownBy(() -> market.exchangeInfo("DOGEUSDT")).isInstanceOf(ExchangeApiException.class)
        .hasMessageContaining("-1121");
  }

  @Test
  void bookTradesAndKlines() {
    OrderBook book = market.depth("BTCUSDT", 1);
    assertThat(book.bids()).containsExactly(new PriceLevel(d("39999.99"), d("0.5")));
    assertThat(book.asks()).containsExactly(new PriceLevel(d("40000.01"), d("0.25")));
    assertThat(market.trades("BTCUSDT", 1)).containsExactly(
        new Trade(8, d("40010.00"), d("0.3"), d("12003.000"), T0.plusSeconds(60), false, true));
    assertThat(market.historicalTrades("BTCUSDT", 7L, 1)).extracting(Trade::id).containsExactly(7L);
    assertThat(market.historicalBlockTrades("BTCUSDT", 1L, 10)).isEmpty();
    List<AggTrade> aggs = market.aggTrades(AggTradesQuery.builder("BTCUSDT").startTime(T0.plusSeconds(1)).build());
    assertThat(aggs).containsExactly(new AggTrade(8, d("40010.00"), d("0.3"), 8, 8, T0.plusSeconds(60), false, true));
    Candle c = new Candle(T0, d("39990.00"), d("40020.00"), d("39980.00"), d("40010.00"), d("0.4"), T0.plusSeconds(3599),
        d("16004.000"), 2, d("0"), d("0"));
    assertThat(market.klines("BTCUSDT", Interval.ONE_HOUR)).containsExactly(c);
    assertThat(market.uiKlines(KlinesQuery.builder("BTCUSDT", Interval.ONE_HOUR).startTime(T0).limit(1).build()))
        .containsExactly(c);
    assertThat(market.klines("BTCUSDT", Interval.ONE_DAY)).isEmpty();
  }

  @Test
  void pricesAndTickers() {
    assertThat(market.avgPrice("BTCUSDT").price()).isEqualTo(d("40000.00"));
    assertThat(market.avgPrice("BTCUSDT").mins()).isEqualTo(5);
    assertThat(market.tickers().priceTicker("ETHBTC")).isEqualTo(new PriceTicker("ETHBTC", d("0.05")));
    assertThat(market.tickers().priceTickers(List.of("BTCUSDT", "ETHBTC"))).extracting(PriceTicker::price)
        .containsExactly(d("40000.00"), d("0.05"));
    assertThat(market.tickers().bookTicker("BTCUSDT"))
        .isEqualTo(new BookTicker("BTCUSDT", d("39999.99"), d("0.5"), d("40000.01"), d("0.25")));
    assertThat(market.tickers().bookTickers(List.of("ETHBTC")).get(0).bidPrice()).isEqualTo(d("0"));
    var day = market.tickers().ticker24h("BTCUSDT");
    assertThat(day.priceChange()).isEqualTo(d("20.00"));
    assertThat(day.lastQty()).isEqualTo(d("0.3"));
    assertThat(day.bidPrice()).isEqualTo(d("39999.99"));
    assertThat(day.volume()).isEqualTo(d("0.4"));
    assertThat(day.count()).isEqualTo(2);
    assertThat(market.tickers().ticker24h(List.of("BTCUSDT", "ETHBTC"))).hasSize(2);
    assertThat(market.tickers().miniTicker24h("ETHBTC").firstId()).isEqualTo(-1);
    assertThat(market.tickers().miniTicker24h(List.of("BTCUSDT")).get(0).highPrice()).isEqualTo(d("40010.00"));
    assertThat(market.tickers().tradingDayTicker("BTCUSDT", "8").lastId()).isEqualTo(8);
    assertThat(market.tickers().tradingDayTickers(List.of("BTCUSDT"), null).get(0).lowPrice()).isEqualTo(d("39990.00"));
    assertThat(market.tickers().rollingTicker("BTCUSDT", WindowSize.hours(4)).weightedAvgPrice()).isEqualTo(d("40005.00000000"));
    assertThat(market.tickers().rollingTickers(List.of("ETHBTC"), WindowSize.minutes(15)).get(0).count()).isZero();
    ReferencePrice ref = market.referencePrice("BTCUSDT");
    assertThat(ref.referencePrice()).isEqualTo(d("40000.00"));
    assertThat(market.referencePriceCalculation("BTCUSDT").bucketCount()).isEqualTo(10);
  }
}
