package dev.signet.binance;

import static dev.signet.binance.FuturesMarketTest.d;
import static dev.signet.binance.FuturesMarketTest.ms;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.futures.FuturesTickers;
import dev.signet.binance.futures.market.FundingInfo;
import dev.signet.binance.futures.market.FundingRate;
import dev.signet.binance.futures.market.FundingRateQuery;
import dev.signet.binance.futures.market.FuturesBookTicker;
import dev.signet.binance.futures.market.FuturesPriceTicker;
import dev.signet.binance.futures.market.FuturesTicker24h;
import dev.signet.binance.futures.market.MarkPrice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each call of {@link FuturesTickers} against MockWebServer: the request as sent, the weight reserved
 * (lighter with a symbol, heavier for every symbol) and the documented example decoded exactly.
 */
class FuturesTickersTest {
  private static final MarkPrice MARK = new MarkPrice("BTCUSDT", d("11793.63104562"), d("11781.80495970"),
      d("11781.16138815"), d("0.00038246"), d("0.00010000"), ms(1597392000000L), ms(1597370495002L));

  private FuturesServer fake;
  private FuturesTickers tickers;

  @BeforeEach
  void start() throws Exception {
    fake = new FuturesServer();
    tickers = fake.client.futures().market().tickers();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void markPriceForOneSymbolOrAll() throws Exception {
    assertThat(fake.sent("futures_premium_index.json", "/fapi/v1/premiumIndex?symbol=BTCUSDT", 1,
        () -> tickers.markPrice("BTCUSDT"))).isEqualTo(MARK);
    assertThat(fake.sent("futures_premium_index_list.json", "/fapi/v1/premiumIndex", 10, () -> tickers.markPrices()))
        .containsExactly(MARK);
  }

  @Test
  void aDeliveryContractsEmptyFundingFieldsDecodeAsNull() {
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder().body("{\"symbol\":\"BTCUSDT_261225\","
        + "\"markPrice\":\"12077.01343750\",\"indexPrice\":\"10979.10312500\",\"estimatedSettlePrice\":\"10981.74168236\","
        + "\"lastFundingRate\":\"\",\"interestRate\":\"\",\"nextFundingTime\":0,\"time\":1596094042000}").build());
    assertThat(tickers.markPrice("BTCUSDT_261225")).isEqualTo(new MarkPrice("BTCUSDT_261225", d("12077.01343750"),
        d("10979.10312500"), d("10981.74168236"), null, null, java.time.Instant.EPOCH, ms(1596094042000L)));
  }

  @Test
  void fundingRatesSendSymbolTimesThenLimit() throws Exception {
    FundingRateQuery q = FundingRateQuery.builder().symbol("BTCUSDT").startTime(ms(1570608000000L))
        .endTime(ms(1570636800000L)).limit(2).build();
    assertThat(fake.sent("futures_funding_rate.json",
        "/fapi/v1/fundingRate?symbol=BTCUSDT&startTime=1570608000000&endTime=1570636800000&limit=2", 0,
        () -> tickers.fundingRates(q))).containsExactly(
            new FundingRate("BTCUSDT", d("-0.03750000"), ms(1570608000000L), d("34287.54619963")),
            new FundingRate("BTCUSDT", d("0.00010000"), ms(1570636800000L), d("34287.54619963")));
    fake.sent("futures_funding_rate.json", "/fapi/v1/fundingRate", 0, () -> tickers.fundingRates(FundingRateQuery.builder().build()));
  }

  @Test
  void fundingInfo() throws Exception {
    assertThat(fake.sent("futures_funding_info.json", "/fapi/v1/fundingInfo", 0, () -> tickers.fundingInfo()))
        .containsExactly(new FundingInfo("BLZUSDT", d("0.02500000"), d("-0.02500000"), 8, false));
  }

  @Test
  void ticker24hForOneSymbolOrAll() throws Exception {
    FuturesTicker24h t = new FuturesTicker24h("BTCUSDT", d("-94.99999800"), d("-95.960"), d("0.29628482"),
        d("4.00000200"), d("200.00000000"), d("99.00000000"), d("100.00000000"), d("0.10000000"), d("8913.30000000"),
        d("15.30000000"), ms(1499783499040L), ms(1499869899040L), 28385L, 28460L, 76L);
    assertThat(fake.sent("futures_ticker_24hr.json", "/fapi/v1/ticker/24hr?symbol=BTCUSDT", 1,
        () -> tickers.ticker24h("BTCUSDT"))).isEqualTo(t);
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder()
        .body(TestData.jsonc("fixtures/futures_ticker_24hr_list.json")).build());
    assertThat(tickers.tickers24h()).containsExactly(t);
    assertThat(fake.server.takeRequest().getTarget()).isEqualTo("/fapi/v1/ticker/24hr");
    assertThat(fake.futures.reservations.get(1).weight()).isEqualTo(40);
  }

  @Test
  void priceTickerIsTheV2One() throws Exception {
    FuturesPriceTicker p = new FuturesPriceTicker("BTCUSDT", d("6000.01"), ms(1589437530011L));
    assertThat(fake.sent("futures_ticker_price_v2.json", "/fapi/v2/ticker/price?symbol=BTCUSDT", 1,
        () -> tickers.priceTicker("BTCUSDT"))).isEqualTo(p);
    assertThat(fake.sent("futures_ticker_price_v2_list.json", "/fapi/v2/ticker/price", 2, () -> tickers.priceTickers()))
        .containsExactly(p);
  }

  @Test
  void bookTickerForOneSymbolOrAll() throws Exception {
    FuturesBookTicker b = new FuturesBookTicker("BTCUSDT", d("4.00000000"), d("431.00000000"), d("4.00000200"),
        d("9.00000000"), ms(1589437530011L));
    assertThat(fake.sent("futures_book_ticker.json", "/fapi/v1/ticker/bookTicker?symbol=BTCUSDT", 2,
        () -> tickers.bookTicker("BTCUSDT"))).isEqualTo(b);
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder()
        .body(TestData.jsonc("fixtures/futures_book_ticker_list.json")).build());
    assertThat(tickers.bookTickers()).containsExactly(b);
    assertThat(fake.server.takeRequest().getTarget()).isEqualTo("/fapi/v1/ticker/bookTicker");
    assertThat(fake.futures.reservations.get(1).weight()).isEqualTo(5);
  }
}
