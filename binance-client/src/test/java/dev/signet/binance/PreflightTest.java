package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.CancelReplace;
import dev.signet.binance.spot.CancelReplaceMode;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OcoOrder;
import dev.signet.binance.spot.OrderListLeg;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.SpotTrading;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.core.RetryPolicy;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order pre-flight against MockWebServer: the rules come from a served exchangeInfo, orders never arrive. */
class PreflightTest {
  private static final String FILTERS = "[{\"filterType\":\"PRICE_FILTER\",\"minPrice\":\"0.01\",\"maxPrice\":\"100000\","
      + "\"tickSize\":\"0.05\"},{\"filterType\":\"LOT_SIZE\",\"minQty\":\"0.001\",\"maxQty\":\"100\",\"stepSize\":\"0.001\"},"
      + "{\"filterType\":\"MARKET_LOT_SIZE\",\"minQty\":\"0.001\",\"maxQty\":\"10\",\"stepSize\":\"0.001\"},"
      + "{\"filterType\":\"MIN_NOTIONAL\",\"minNotional\":\"5\",\"applyToMarket\":true,\"avgPriceMins\":5}]";
  static final String INFO = "{\"timezone\":\"UTC\",\"serverTime\":1565246363776,\"rateLimits\":[],"
      + "\"exchangeFilters\":[],\"symbols\":[{\"symbol\":\"BNBUSDT\",\"status\":\"TRADING\",\"baseAsset\":\"BNB\","
      + "\"baseAssetPrecision\":8,\"quoteAsset\":\"USDT\",\"quotePrecision\":2,\"quoteAssetPrecision\":2,"
      + "\"baseCommissionPrecision\":8,\"quoteCommissionPrecision\":8,\"orderTypes\":[\"LIMIT\",\"MARKET\"],"
      + "\"icebergAllowed\":true,\"ocoAllowed\":true,\"otoAllowed\":true,\"opoAllowed\":true,"
      + "\"quoteOrderQtyMarketAllowed\":true,\"allowTrailingStop\":false,\"cancelReplaceAllowed\":true,"
      + "\"amendAllowed\":false,\"pegInstructionsAllowed\":false,\"isSpotTradingAllowed\":true,"
      + "\"isMarginTradingAllowed\":false,\"filters\":" + FILTERS + ",\"permissions\":[],\"permissionSets\":[[\"SPOT\"]],"
      + "\"defaultSelfTradePreventionMode\":\"NONE\",\"allowedSelfTradePreventionModes\":[\"NONE\"]}]}";

  private final MockWebServer server = new MockWebServer();
  private final RecordingLimiter limiter = new RecordingLimiter();
  private BinanceClient client;
  private SpotTrading trading;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @BeforeEach
  void start() throws IOException {
    server.start();
    client = TestData.clientFor(server).preflight(true).rateLimiters(limiter, new RecordingLimiter())
        .clock(Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC)).retryPolicy(RetryPolicy.none()).build();
    trading = client.spot().trading();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private void serve(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build());
  }

  /** Asserts the only request that arrived was the exchangeInfo one. */
  private void onlyExchangeInfoArrived() throws InterruptedException {
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v3/exchangeInfo?symbol=BNBUSDT");
  }

  @Test
  void tooSmallANotionalIsRefusedNamingMinNotionalAndTheRulesCallIsCountedOnTheLimiter() throws Exception {
    serve(200, INFO);
    assertThatThrownBy(() -> trading.newOrder(NewOrder.limit("BNBUSDT", OrderSide.BUY, d("0.001"), d("100.00")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MIN_NOTIONAL: price × quantity = 0.10000 of BNBUSDT is below minNotional 5; at price 100.00 the"
            + " smallest valid quantity is 0.050.");
    onlyExchangeInfoArrived();
    assertThat(limiter.reservations).singleElement().satisfies(r -> {
      assertThat(r.endpoint()).contains("/api/v3/exchangeInfo");
      assertThat(r.weight()).isEqualTo(20);
    });
  }

  @Test
  void aPriceWithMoreDecimalsThanTheQuotePrecisionIsRefusedAsMinus1111() throws Exception {
    serve(200, INFO);
    assertThatThrownBy(() -> trading.newOrderAck(NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1"), d("100.001")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price 100.001 has 3 decimals; BNBUSDT allows at most 2 (quoteAssetPrecision) and Binance answers"
            + " -1111 BAD_PRECISION; the nearest valid prices are 100.00 and 100.01.");
    onlyExchangeInfoArrived();
  }

  @Test
  void aMarketQuantityAboveMarketLotSizeIsRefused() throws Exception {
    serve(200, INFO);
    assertThatThrownBy(() -> trading.newOrderFull(NewOrder.market("BNBUSDT", OrderSide.SELL, d("20")).build()))
        .hasMessage("MARKET_LOT_SIZE: quantity 20 of BNBUSDT is above maxQty 10; the nearest valid quantity is 10.");
    onlyExchangeInfoArrived();
  }

  @Test
  void cancelReplacesNewOrderIsChecked() throws Exception {
    serve(200, INFO);
    CancelReplace replace = CancelReplace.of(CancelReplaceMode.STOP_ON_FAILURE, OrderRef.byId("BNBUSDT", 7),
        NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1.0005"), d("100.00")).build());
    assertThatThrownBy(() -> trading.cancelReplace(replace))
        .hasMessage("LOT_SIZE: quantity 1.0005 of BNBUSDT is not a multiple of stepSize 0.001; the nearest valid"
            + " quantities are 1.000 and 1.001.");
    onlyExchangeInfoArrived();
  }

  @Test
  void eachLegOfAnOcoIsChecked() throws Exception {
    serve(200, INFO);
    OcoOrder oco = OcoOrder.of("BNBUSDT", OrderSide.SELL, d("1"), OrderListLeg.limitMaker(d("120.00")),
        OrderListLeg.stopLossLimit(d("90.00"), d("90.03"), TimeInForce.GTC));
    assertThatThrownBy(() -> trading.newOco(oco))
        .hasMessage("PRICE_FILTER: price 90.03 of BNBUSDT is not a multiple of tickSize 0.05; the nearest valid"
            + " prices are 90.00 and 90.05.");
    onlyExchangeInfoArrived();
  }

  @Test
  void sorOrdersAndTheirTestsAreChecked() throws Exception {
    serve(200, INFO);
    NewOrder offTick = NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1"), d("100.03")).build();
    assertThatThrownBy(() -> trading.sorOrder(offTick)).hasMessageStartingWith("PRICE_FILTER: price 100.03 of BNBUSDT is not a multiple of tickSize 0.05");
    assertThatThrownBy(() -> trading.sorTestOrder(offTick)).hasMessageStartingWith("PRICE_FILTER: price 100.03 of BNBUSDT is not a multiple of tickSize 0.05");
    assertThatThrownBy(() -> trading.testOrderCommission(offTick)).hasMessageStartingWith("PRICE_FILTER: price 100.03 of BNBUSDT is not a multiple of tickSize 0.05");
    onlyExchangeInfoArrived();
  }

  @Test
  void whenExchangeInfoFailsTheOrderIsNotSentAndTheFailureSaysWhy() throws Exception {
    serve(400, "{\"code\":-1000,\"msg\":\"An unknown error occurred while processing the request.\"}");
    assertThatThrownBy(() -> trading.newOrder(NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1"), d("100.00")).build()))
        .isInstanceOfSatisfying(BinanceApiException.class, e -> assertThat(e.code()).isEqualTo(-1000))
        .hasMessageContaining("on GET /api/v3/exchangeInfo");
    onlyExchangeInfoArrived();
    serve(200, INFO);
    assertThat(client.spot().rules().of("BNBUSDT").tickSize()).contains(d("0.05"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anExchangeInfoWithoutTheSymbolRefusesTheOrder() throws Exception {
    serve(200, INFO.replace("\"symbol\":\"BNBUSDT\"", "\"symbol\":\"BNBBTC\""));
    assertThatThrownBy(() -> trading.newOrder(NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1"), d("100.00")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol BNBUSDT is not in exchangeInfo's answer; the order was not sent.");
    onlyExchangeInfoArrived();
  }

  @Test
  void checkRefusesEvenWithThePreflightOffAndOfLoadsOnce() throws Exception {
    try (BinanceClient unchecked = TestData.clientFor(server).build()) {
      serve(200, INFO);
      NewOrder offTick = NewOrder.limit("BNBUSDT", OrderSide.BUY, d("1"), d("100.03")).build();
      assertThatThrownBy(() -> unchecked.spot().rules().check(offTick)).hasMessageStartingWith("PRICE_FILTER: price 100.03 of BNBUSDT");
      assertThat(unchecked.spot().rules().of("BNBUSDT").symbol()).isEqualTo("BNBUSDT");
      onlyExchangeInfoArrived();
    }
  }
}
