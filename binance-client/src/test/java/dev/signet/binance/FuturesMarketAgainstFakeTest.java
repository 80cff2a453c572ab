package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.FuturesMarket;
import dev.signet.binance.futures.FuturesTickers;
import dev.signet.binance.futures.market.ContractType;
import dev.signet.binance.futures.market.FundingRate;
import dev.signet.binance.futures.market.FundingRateQuery;
import dev.signet.binance.futures.market.FuturesBookTicker;
import dev.signet.binance.futures.market.FuturesExchangeInfo;
import dev.signet.binance.futures.market.FuturesFilter;
import dev.signet.binance.futures.market.FuturesKlinesQuery;
import dev.signet.binance.futures.market.FuturesOrderBook;
import dev.signet.binance.futures.market.FuturesPriceTicker;
import dev.signet.binance.futures.market.FuturesSymbol;
import dev.signet.binance.futures.market.FuturesTicker24h;
import dev.signet.binance.futures.market.MarkPrice;
import dev.signet.binance.spot.market.Candle;
import dev.signet.binance.spot.market.Interval;
import dev.signet.binance.spot.market.PriceLevel;
import dev.signet.binance.spot.market.SymbolFilter;
import dev.signet.core.ExchangeApiException;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.SpotMarketData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The typed USD-M Futures market calls the testkit's FakeBinance serves, with the data it was configured with. */
class FuturesMarketAgainstFakeTest {
  private static final Instant T0 = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant NOW = T0.plusSeconds(20 * 3600 + 5);
  /** The fake's clock ticks on from NOW: a test reads it well within this. */
  private static final Instant LATEST = NOW.plusSeconds(600);

  private FakeBinance fake;
  private BinanceClient client;
  private FuturesMarket market;
  private FuturesTickers tickers;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @BeforeEach
  void start() {
    SpotMarketData data = SpotMarketData.builder()
        .book("BTCUSDT", List.of(new SpotMarketData.Level(d("39999.9"), d("0.5")), new SpotMarketData.Level(d("39999.0"), d("2"))),
            List.of(new SpotMarketData.Level(d("40000.1"), d("0.25"))))
        .trade("BTCUSDT", new SpotMarketData.Trade(7, d("39990.0"), d("0.1"), T0, true))
        .trade("BTCUSDT", new SpotMarketData.Trade(8, d("40010.0"), d("0.3"), T0.plusSeconds(60), false))
        .candle("BTCUSDT", "1h", new SpotMarketData.Candle(T0, T0.plusSeconds(3599), d("39990.0"), d("40020.0"),
            d("39980.0"), d("40010.0"), d("0.4"), 2))
        .build();
    fake = FakeBinance.builder()
        .clock(FakeClock.at(NOW))
        .market("BTCUSDT", "BTC", "USDT", d("40000.00"))
        .marketRules("BTCUSDT", d("0.10"), d("0.001"), d("5"))
        .market("ETHUSDT", "ETH", "USDT", d("2500.00"))
        .marketData(data)
        .build();
    client = BinanceClient.builder().futuresBaseUrl(fake.baseUrl()).build();
    market = client.futures().market();
    tickers = market.tickers();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void pingTimeAndExchangeInfo() {
    market.ping();
    assertThat(market.serverTime()).isBetween(NOW.toEpochMilli(), LATEST.toEpochMilli());
    FuturesExchangeInfo info = market.exchangeInfo();
    assertThat(info.symbols()).extracting(FuturesSymbol::symbol).containsExactly("BTCUSDT", "ETHUSDT");
    assertThat(info.assets()).extracting(a -> a.asset()).containsExactly("USDT");
    FuturesSymbol btc = info.symbol("BTCUSDT").orElseThrow();
    assertThat(btc.contractType()).isEqualTo(ContractType.PERPETUAL);
    assertThat(btc.marginAsset()).isEqualTo("USDT");
    assertThat(btc.pricePrecision()).isEqualTo(1);
    assertThat(btc.quantityPrecision()).isEqualTo(3);
    assertThat(btc.filters()).containsExactly(
        new FuturesFilter.Shared(new SymbolFilter.PriceFilter(d("0.10"), d("1000000"), d("0.10"))),
        new FuturesFilter.Shared(new SymbolFilter.LotSize(d("0.001"), d("1000"), d("0.001"))),
        new FuturesFilter.MinNotional(d("5")));
    assertThat(info.symbol("ETHUSDT").orElseThrow().filters()).isEmpty();
  }

  @Test
  void depthAndKlines() {
    FuturesOrderBook book = market.depth("BTCUSDT", 5);
    assertThat(book.bids()).containsExactly(new PriceLevel(d("39999.9"), d("0.5")), new PriceLevel(d("39999.0"), d("2")));
    assertThat(book.asks()).containsExactly(new PriceLevel(d("40000.1"), d("0.25")));
    assertThat(book.messageTime()).isBetween(NOW, LATEST);
    Candle c = new Candle(T0, d("39990.0"), d("40020.0"), d("39980.0"), d("40010.0"), d("0.4"), T0.plusSeconds(3599),
        d("16004.00"), 2, d("0"), d("0"));
    assertThat(market.klines(FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_HOUR).build())).containsExactly(c);
    assertThat(market.klines(FuturesKlinesQuery.symbol("BTCUSDT", Interval.ONE_HOUR).startTime(T0.plusSeconds(1)).build()))
        .isEmpty();
    assertThatThrownBy(() -> market.depth("DOGEUSDT")).isInstanceOf(ExchangeApiException.class).hasMessageContaining("-1121");
  }

  @Test
  void tickersFromTheTradesBookAndPrice() {
    FuturesTicker24h t = tickers.ticker24h("BTCUSDT");
    assertThat(t.openPrice()).isEqualTo(d("39990.0"));
    assertThat(t.lastPrice()).isEqualTo(d("40010.0"));
    assertThat(t.priceChange()).isEqualTo(d("20.0"));
    assertThat(t.volume()).isEqualTo(d("0.4"));
    assertThat(t.count()).isEqualTo(2);
    assertThat(tickers.tickers24h()).extracting(FuturesTicker24h::symbol).containsExactly("BTCUSDT", "ETHUSDT");
    FuturesPriceTicker eth = tickers.priceTicker("ETHUSDT");
    assertThat(eth).isEqualTo(new FuturesPriceTicker("ETHUSDT", d("2500.00"), eth.time()));
    assertThat(eth.time()).isBetween(NOW, LATEST);
    assertThat(tickers.priceTickers()).hasSize(2);
    FuturesBookTicker top = tickers.bookTicker("BTCUSDT");
    assertThat(top).isEqualTo(new FuturesBookTicker("BTCUSDT", d("39999.9"), d("0.5"), d("40000.1"), d("0.25"), top.time()));
    assertThat(top.time()).isBetween(NOW, LATEST);
    assertThat(tickers.bookTickers()).hasSize(2);
  }

  @Test
  void markPriceAndFunding() {
    Instant nextFunding = T0.plusSeconds(24 * 3600);
    MarkPrice mark = tickers.markPrice("BTCUSDT");
    assertThat(mark).isEqualTo(new MarkPrice("BTCUSDT", d("40000.00"), d("40000.00"),
        d("40000.00"), d("0.00010000"), d("0.00010000"), nextFunding, mark.time()));
    assertThat(mark.time()).isBetween(NOW, LATEST);
    assertThat(tickers.markPrices()).extracting(MarkPrice::symbol).containsExactly("BTCUSDT", "ETHUSDT");
    List<FundingRate> rates = tickers.fundingRates(FundingRateQuery.builder().symbol("BTCUSDT").limit(2).build());
    assertThat(rates).containsExactly(
        new FundingRate("BTCUSDT", d("0.00010000"), T0.plusSeconds(8 * 3600), d("40000.00")),
        new FundingRate("BTCUSDT", d("0.00010000"), T0.plusSeconds(16 * 3600), d("40000.00")));
    assertThat(tickers.fundingRates(FundingRateQuery.builder().symbol("ETHUSDT").startTime(T0.plusSeconds(1)).build()))
        .extracting(FundingRate::fundingTime).containsExactly(T0.plusSeconds(8 * 3600), T0.plusSeconds(16 * 3600));
  }
}
