package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.trade.FuturesTrading;
import dev.signet.binance.futures.trade.ModifyFuturesOrder;
import dev.signet.binance.futures.trade.NewAlgoOrder;
import dev.signet.binance.futures.trade.NewFuturesOrder;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderSide;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The USD-M futures pre-flight against MockWebServer, with the rules of the documented exchangeInfo
 * example ({@code futures_exchange_info_excerpt.json}: BLZUSDT, pricePrecision 5, quantityPrecision 0,
 * tick 0.0001, step 1, market maxQty 590119, MIN_NOTIONAL 5.0): refused orders never arrive.
 */
class FuturesPreflightTest {
  private PreflightServer api;
  private BinanceClient client;
  private MockWebServer server;
  private FuturesTrading trading;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private void serveInfo() {
    serve(200, TestData.jsonc("fixtures/futures_exchange_info_excerpt.json"));
  }

  @BeforeEach
  void start() throws IOException {
    api = new PreflightServer();
    client = api.client;
    server = api.server;
    trading = client.futures().trading();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private void serve(int status, String body) {
    api.serve(status, body);
  }

  private String nextPath() throws InterruptedException {
    return api.nextPath();
  }

  @Test
  void aPriceOffTheTickIsRefusedNamingTheFilterAndTheNearestPrices() throws Exception {
    serveInfo();
    assertThatThrownBy(() -> trading.newOrder(NewFuturesOrder.limit("BLZUSDT", OrderSide.BUY, d("100"), d("0.12345"))
        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PRICE_FILTER: price 0.12345 of BLZUSDT is not a multiple of tickSize 0.0001; the nearest valid"
            + " prices are 0.1234 and 0.1235.");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(nextPath()).isEqualTo("/fapi/v1/exchangeInfo");
  }

  @Test
  void moreDecimalsThanTheQuantityPrecisionIsRefusedAsMinus1111() throws Exception {
    serveInfo();
    assertThatThrownBy(() -> trading.newOrder(NewFuturesOrder.market("BLZUSDT", OrderSide.SELL, d("10.5")).build()))
        .hasMessage("quantity 10.5 has 1 decimals; BLZUSDT allows at most 0 (quantityPrecision) and Binance answers"
            + " -1111 BAD_PRECISION; the nearest valid quantities are 10 and 11.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aMarketQuantityAboveMarketLotSizeAndASmallNotionalAreRefused() throws Exception {
    serveInfo();
    assertThatThrownBy(() -> trading.newOrder(NewFuturesOrder.market("BLZUSDT", OrderSide.BUY, d("600000")).build()))
        .hasMessage("MARKET_LOT_SIZE: quantity 600000 of BLZUSDT is above maxQty 590119; the nearest valid quantity is"
            + " 590119.");
    assertThatThrownBy(() -> trading.newOrder(NewFuturesOrder.limit("BLZUSDT", OrderSide.BUY, d("10"), d("0.1000")).build()))
        .hasMessage("MIN_NOTIONAL: price × quantity = 1.0000 of BLZUSDT is below minNotional 5.0; at price 0.1000 the"
            + " smallest valid quantity is 50.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aReduceOnlyOrderIsNotHeldToTheMinimumNotional() throws Exception {
    serveInfo();
    serve(200, TestData.jsonc("fixtures/futures_new_order.json"));
    trading.newOrder(NewFuturesOrder.limit("BLZUSDT", OrderSide.SELL, d("10"), d("0.1000")).reduceOnly(true).build());
    assertThat(nextPath()).isEqualTo("/fapi/v1/exchangeInfo");
    assertThat(nextPath()).isEqualTo("/fapi/v1/order");
  }

  @Test
  void algoModifiedAndBatchedOrdersAreCheckedToo() throws Exception {
    serveInfo();
    assertThatThrownBy(() -> trading.newAlgoOrder(NewAlgoOrder.stopMarket("BLZUSDT", OrderSide.SELL, d("0.10001"))
        .closePosition().build()))
        .hasMessageStartingWith("PRICE_FILTER: price 0.10001 of BLZUSDT is not a multiple of tickSize 0.0001;");
    assertThatThrownBy(() -> trading.modifyOrder(ModifyFuturesOrder.of(OrderRef.byId("BLZUSDT", 1), OrderSide.BUY,
        d("0.5"), d("0.1"))))
        .hasMessageStartingWith("quantity 0.5 has 1 decimals;");
    NewFuturesOrder ok = NewFuturesOrder.limit("BLZUSDT", OrderSide.BUY, d("100"), d("0.1000")).build();
    NewFuturesOrder offStep = NewFuturesOrder.limit("BLZUSDT", OrderSide.BUY, d("20000000"), d("0.1000")).build();
    assertThatThrownBy(() -> trading.newOrders(List.of(ok, offStep)))
        .hasMessage("LOT_SIZE: quantity 20000000 of BLZUSDT is above maxQty 10000000; the nearest valid quantity is"
            + " 10000000.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aSymbolTheExchangeInfoDoesNotListIsRefused() throws Exception {
    serveInfo();
    assertThatThrownBy(() -> trading.newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("1")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol BTCUSDT is not in the futures exchangeInfo; the order was not sent.");
  }

  @Test
  void theRulesAreFetchedOnceAndAFilterFailureForgetsThem() throws Exception {
    serveInfo();
    serve(400, "{\"code\":-1013,\"msg\":\"Filter failure: PRICE_FILTER\"}");
    NewFuturesOrder order = NewFuturesOrder.limit("BLZUSDT", OrderSide.BUY, d("100"), d("0.1000")).build();
    assertThatThrownBy(() -> trading.newOrder(order)).isInstanceOf(BinanceApiException.class);
    serveInfo();
    serve(200, TestData.jsonc("fixtures/futures_new_order.json"));
    trading.newOrder(order);
    serve(200, TestData.jsonc("fixtures/futures_new_order.json"));
    trading.newOrder(order);
    assertThat(List.of(nextPath(), nextPath(), nextPath(), nextPath(), nextPath())).containsExactly(
        "/fapi/v1/exchangeInfo", "/fapi/v1/order", "/fapi/v1/exchangeInfo", "/fapi/v1/order", "/fapi/v1/order");
  }

  @Test
  void withThePreflightOffNothingIsFetchedButCheckStillChecks() throws Exception {
    try (BinanceClient unchecked = TestData.clientFor(server)
        .clock(Clock.fixed(Instant.ofEpochMilli(1578963600000L), ZoneOffset.UTC)).build()) {
      serve(200, TestData.jsonc("fixtures/futures_new_order.json"));
      NewFuturesOrder offTick = NewFuturesOrder.limit("BLZUSDT", OrderSide.BUY, d("100"), d("0.12345")).build();
      unchecked.futures().trading().newOrder(offTick);
      assertThat(nextPath()).isEqualTo("/fapi/v1/order");
      assertThat(unchecked.futures().rules().preflight()).isFalse();
      serveInfo();
      assertThatThrownBy(() -> unchecked.futures().rules().check(offTick)).hasMessageStartingWith("PRICE_FILTER:");
      assertThat(unchecked.futures().rules().of("BLZUSDT").tickSize()).contains(d("0.0001"));
      assertThat(nextPath()).isEqualTo("/fapi/v1/exchangeInfo");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }
  }
}
