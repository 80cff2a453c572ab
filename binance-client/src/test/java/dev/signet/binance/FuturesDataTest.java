package dev.signet.binance;

import static dev.signet.binance.FuturesMarketTest.d;
import static dev.signet.binance.FuturesMarketTest.ms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.FuturesData;
import dev.signet.binance.futures.market.AdlRisk;
import dev.signet.binance.futures.market.AssetIndex;
import dev.signet.binance.futures.market.Basis;
import dev.signet.binance.futures.market.CompositeIndex;
import dev.signet.binance.futures.market.ContractType;
import dev.signet.binance.futures.market.DeliveryPrice;
import dev.signet.binance.futures.market.IndexConstituents;
import dev.signet.binance.futures.market.InsuranceBalance;
import dev.signet.binance.futures.market.LongShortRatio;
import dev.signet.binance.futures.market.OpenInterestStat;
import dev.signet.binance.futures.market.StatsPeriod;
import dev.signet.binance.futures.market.StatsQuery;
import dev.signet.binance.futures.market.TakerVolume;
import dev.signet.binance.futures.market.TradingSchedule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each call of {@link FuturesData} against MockWebServer: the request as sent (the two top-trader
 * ratios with the API key), the weight reserved and the documented example decoded exactly.
 */
class FuturesDataTest {
  private FuturesServer fake;
  private FuturesData data;

  @BeforeEach
  void start() throws Exception {
    fake = new FuturesServer();
    data = fake.client.futures().market().data();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void adlRiskForOneSymbolOrAll() throws Exception {
    AdlRisk btc = new AdlRisk("BTCUSDT", "low", ms(1597370495002L));
    assertThat(fake.sent("futures_symbol_adl_risk.json", "/fapi/v1/symbolAdlRisk?symbol=BTCUSDT", 1,
        () -> data.adlRisk("BTCUSDT"))).isEqualTo(btc);
    assertThat(fake.sent("futures_symbol_adl_risk_list.json", "/fapi/v1/symbolAdlRisk", 1, () -> data.adlRisks()))
        .containsExactly(btc, new AdlRisk("ETHUSDT", "high", ms(1597370495004L)));
  }

  @Test
  void assetIndexForOnePairOrAll() throws Exception {
    AssetIndex ada = new AssetIndex("ADAUSD", ms(1635740268004L), d("1.92957370"), d("0.10000000"), d("0.10000000"),
        d("1.73661633"), d("2.12253107"), d("0.05000000"), d("0.05000000"), d("1.83309501"), d("2.02605238"));
    assertThat(fake.sent("futures_asset_index.json", "/fapi/v1/assetIndex?symbol=ADAUSD", 1, () -> data.assetIndex("ADAUSD")))
        .isEqualTo(ada);
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder()
        .body(TestData.jsonc("fixtures/futures_asset_index_list.json")).build());
    assertThat(data.assetIndexes()).containsExactly(ada);
    assertThat(fake.server.takeRequest().getTarget()).isEqualTo("/fapi/v1/assetIndex");
    assertThat(fake.futures.reservations.get(1).weight()).isEqualTo(10);
  }

  @Test
  void indexInfoAndConstituents() throws Exception {
    CompositeIndex defi = new CompositeIndex("DEFIUSDT", ms(1589437530011L), "baseAsset", List.of(
        new CompositeIndex.Component("BAL", "USDT", d("1.04406228"), d("0.02783900")),
        new CompositeIndex.Component("BAND", "USDT", d("3.53782729"), d("0.03935200"))));
    assertThat(fake.sent("futures_index_info.json", "/fapi/v1/indexInfo?symbol=DEFIUSDT", 1, () -> data.indexInfo("DEFIUSDT")))
        .containsExactly(defi);
    fake.sent("futures_index_info.json", "/fapi/v1/indexInfo", 1, () -> data.indexInfo());
    assertThat(fake.sent("futures_constituents.json", "/fapi/v1/constituents?symbol=BTCUSDT", 2,
        () -> data.constituents("BTCUSDT"))).isEqualTo(new IndexConstituents("BTCUSDT", ms(1697421272043L), List.of(
            new IndexConstituents.Constituent("binance", "BTCUSDT", null, null),
            new IndexConstituents.Constituent("okex", "BTC-USDT", null, null),
            new IndexConstituents.Constituent("huobi", "btcusdt", null, null),
            new IndexConstituents.Constituent("coinbase", "BTC-USDT", null, null))));
    // The published example (capture of 2025-11-08) has no price or weight; newer answers send them. This body is
    // constructed with them (see SOURCES.md), not a published example.
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder().body("{\"symbol\":\"BTCUSDT\",\"time\":1745401553408,"
        + "\"constituents\":[{\"exchange\":\"binance\",\"symbol\":\"BTCUSDT\",\"price\":\"94057.03000000\","
        + "\"weight\":\"0.51282051\"},{\"exchange\":\"coinbase\",\"symbol\":\"BTC-USDT\",\"price\":\"94140.58000000\","
        + "\"weight\":\"0.15384615\"}]}").build());
    assertThat(data.constituents("BTCUSDT"))
        .isEqualTo(new IndexConstituents("BTCUSDT", ms(1745401553408L), List.of(
            new IndexConstituents.Constituent("binance", "BTCUSDT", d("94057.03000000"), d("0.51282051")),
            new IndexConstituents.Constituent("coinbase", "BTC-USDT", d("94140.58000000"), d("0.15384615")))));
  }

  @Test
  void insuranceBalance() throws Exception {
    InsuranceBalance fund = fake.sent("futures_insurance_balance.json", "/fapi/v1/insuranceBalance?symbol=BTCUSDT", 1,
        () -> data.insuranceBalance("BTCUSDT"));
    assertThat(fund.symbols()).containsExactly("BNBUSDT", "BTCUSDT", "BTCUSDT_250627", "BTCUSDT_250926", "ETHBTC",
        "ETHUSDT", "ETHUSDT_250627", "ETHUSDT_250926");
    assertThat(fund.assets()).containsExactly(
        new InsuranceBalance.AssetBalance("USDC", d("299999998.6497832"), ms(1745366402000L)),
        new InsuranceBalance.AssetBalance("USDT", d("793930579.315848"), ms(1745366402000L)),
        new InsuranceBalance.AssetBalance("BTC", d("61.73143554"), ms(1745366402000L)),
        new InsuranceBalance.AssetBalance("BNFCR", d("633223.99396922"), ms(1745366402000L)));
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder()
        .body("[" + TestData.jsonc("fixtures/futures_insurance_balance.json") + "]").build());
    assertThat(data.insuranceBalances()).containsExactly(fund);
    assertThat(fake.server.takeRequest().getTarget()).isEqualTo("/fapi/v1/insuranceBalance");
  }

  @Test
  void tradingScheduleByMarket() throws Exception {
    TradingSchedule schedule = fake.sent("futures_trading_schedule.json", "/fapi/v1/tradingSchedule", 5, () -> data.tradingSchedule());
    assertThat(schedule).isEqualTo(new TradingSchedule(ms(1761286643918L), Map.of(
        "EQUITY", new TradingSchedule.Market(List.of(
            new TradingSchedule.Session(ms(1761177600000L), ms(1761206400000L), "OVERNIGHT"),
            new TradingSchedule.Session(ms(1761206400000L), ms(1761226200000L), "PRE_MARKET"))),
        "COMMODITY", new TradingSchedule.Market(List.of(
            new TradingSchedule.Session(ms(1761724800000L), ms(1761744600000L), "NO_TRADING"),
            new TradingSchedule.Session(ms(1761744600000L), ms(1761768000000L), "REGULAR"))))));
  }

  @Test
  void statisticsSendSymbolPeriodLimitThenTimes() throws Exception {
    StatsQuery q = StatsQuery.symbol("BTCUSDT", StatsPeriod.FIVE_MINUTES).limit(30).startTime(ms(1583127900000L))
        .endTime(ms(1583139600000L)).build();
    String query = "?symbol=BTCUSDT&period=5m&limit=30&startTime=1583127900000&endTime=1583139600000";
    assertThat(fake.sent("futures_open_interest_hist.json", "/futures/data/openInterestHist" + query, 0,
        () -> data.openInterestHist(q))).containsExactly(
            new OpenInterestStat("BTCUSDT", d("20403.63700000"), d("150570784.07809979"), null, ms(1583127900000L)),
            new OpenInterestStat("BTCUSDT", d("20401.36700000"), d("149940752.14464448"), null, ms(1583128200000L)));
    // The published example (2025-11-08) has no CMCCirculatingSupply; the field as the newer responses send it:
    fake.server.enqueue(new mockwebserver3.MockResponse.Builder().body("[{\"symbol\":\"BTCUSDT\",\"sumOpenInterest\":"
        + "\"20403.63700000\",\"sumOpenInterestValue\":\"150570784.07809979\",\"CMCCirculatingSupply\":\"165880.538\","
        + "\"timestamp\":1583127900000}]").build());
    assertThat(data.openInterestHist(q)).containsExactly(new OpenInterestStat("BTCUSDT", d("20403.63700000"),
        d("150570784.07809979"), d("165880.538"), ms(1583127900000L)));
    assertThat(fake.server.takeRequest().getTarget()).isEqualTo("/futures/data/openInterestHist" + query);
    List<LongShortRatio> ratio = List.of(
        new LongShortRatio("BTCUSDT", d("1.8105"), d("0.6442"), d("0.3558"), ms(1583139600000L)),
        new LongShortRatio("BTCUSDT", d("0.5576"), d("0.3580"), d("0.6420"), ms(1583139900000L)));
    assertThat(fake.sent("futures_top_long_short_account_ratio.json", "/futures/data/topLongShortAccountRatio" + query, 0,
        true, () -> data.topLongShortAccountRatio(q))).containsExactlyElementsOf(ratio);
    assertThat(fake.sent("futures_top_long_short_account_ratio.json", "/futures/data/topLongShortPositionRatio" + query, 0,
        true, () -> data.topLongShortPositionRatio(q))).containsExactlyElementsOf(ratio);
    assertThat(fake.sent("futures_top_long_short_account_ratio.json", "/futures/data/globalLongShortAccountRatio" + query,
        0, () -> data.globalLongShortAccountRatio(q))).containsExactlyElementsOf(ratio);
    assertThat(fake.sent("futures_taker_long_short_ratio.json", "/futures/data/takerlongshortRatio?symbol=BTCUSDT&period=1d",
        0, () -> data.takerLongShortRatio(StatsQuery.symbol("BTCUSDT", StatsPeriod.ONE_DAY).build())))
        .containsExactly(new TakerVolume(d("1.5586"), d("387.3300"), d("248.5030"), ms(1585614900000L)),
            new TakerVolume(d("1.3104"), d("343.9290"), d("248.5030"), ms(1583139900000L)));
  }

  @Test
  void basisSendsPairAndContractTypeAndKeepsTheEmptyAnnualizedRateAsNull() throws Exception {
    assertThat(fake.sent("futures_basis.json", "/futures/data/basis?pair=BTCUSDT&contractType=PERPETUAL&period=1h&limit=1", 0,
        () -> data.basis(StatsQuery.basis("BTCUSDT", ContractType.PERPETUAL, StatsPeriod.ONE_HOUR).limit(1).build())))
        .containsExactly(new Basis(d("34400.15945055"), ContractType.PERPETUAL, d("0.0004"), d("34414.10"), null,
            d("13.94054945"), "BTCUSDT", ms(1698742800000L)));
  }

  @Test
  void deliveryPricesDecodeJsonNumbersExactly() throws Exception {
    List<DeliveryPrice> prices = fake.sent("futures_delivery_price.json", "/futures/data/delivery-price?pair=BTCUSDT", 0,
        () -> data.deliveryPrices("BTCUSDT"));
    assertThat(prices).containsExactly(new DeliveryPrice(ms(1695945600000L), d("27103.00000000")),
        new DeliveryPrice(ms(1688083200000L), d("30733.60000000")), new DeliveryPrice(ms(1680220800000L), d("27814.20000000")),
        new DeliveryPrice(ms(1648166400000L), d("44066.30000000")));
  }
}
