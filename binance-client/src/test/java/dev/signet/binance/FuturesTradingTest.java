package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.trade.AlgoOrder;
import dev.signet.binance.futures.trade.AlgoOrderRef;
import dev.signet.binance.futures.trade.AlgoStatus;
import dev.signet.binance.futures.trade.BatchOutcome;
import dev.signet.binance.futures.trade.CanceledAlgoOrder;
import dev.signet.binance.futures.trade.FuturesOrder;
import dev.signet.binance.futures.trade.FuturesOrderType;
import dev.signet.binance.futures.trade.FuturesResponseType;
import dev.signet.binance.futures.trade.FuturesTimeInForce;
import dev.signet.binance.futures.trade.FuturesTrading;
import dev.signet.binance.futures.trade.LeverageChange;
import dev.signet.binance.futures.trade.ModifyFuturesOrder;
import dev.signet.binance.futures.trade.NewAlgoOrder;
import dev.signet.binance.futures.trade.NewFuturesOrder;
import dev.signet.binance.futures.trade.PositionMarginChange;
import dev.signet.binance.futures.trade.PriceMatch;
import dev.signet.binance.futures.trade.WorkingType;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.OrderStatusUnknownException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** USD-M futures trading against MockWebServer: each request as sent, each documented answer decoded. */
class FuturesTradingTest {
  private SapiCalls api;
  private FuturesTrading trading;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @BeforeEach
  void start() throws Exception {
    api = new SapiCalls();
    trading = api.client.futures().trading();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aLimitOrderIsSentInTheDocsOrderAndTheDocumentedAnswerDecodes() throws Exception {
    api.respondWith("futures_new_order.json");
    FuturesOrder o = trading.newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("10"), d("9300.5"))
        .positionSide(PositionSide.SHORT).timeInForce(FuturesTimeInForce.GTD).goodTillDate(Instant.ofEpochSecond(1693207680))
        .clientOrderId("testOrder").responseType(FuturesResponseType.RESULT)
        .selfTradePreventionMode(SelfTradePreventionMode.EXPIRE_MAKER).build());
    api.assertSignedRequest("POST", "/fapi/v1/order", "symbol", "BTCUSDT", "side", "BUY", "positionSide", "SHORT",
        "type", "LIMIT", "timeInForce", "GTD", "quantity", "10", "price", "9300.5", "newClientOrderId", "testOrder",
        "newOrderRespType", "RESULT", "selfTradePreventionMode", "EXPIRE_MAKER", "goodTillDate", "1693207680000");
    assertThat(o).isEqualTo(new FuturesOrder(22542179L, "BTCUSDT", null, OrderStatus.NEW, "testOrder", d("0"),
        d("0.00000"), d("10"), d("0"), d("0"), d("0"), null, FuturesTimeInForce.GTD, FuturesOrderType.TRAILING_STOP_MARKET,
        false, false, OrderSide.BUY, PositionSide.SHORT, d("9300"), WorkingType.CONTRACT_PRICE, false,
        FuturesOrderType.TRAILING_STOP_MARKET, PriceMatch.NONE, SelfTradePreventionMode.NONE,
        Instant.ofEpochMilli(1693207680000L), null, Instant.ofEpochMilli(1566818724722L), d("9020"), d("0.3")));
  }

  @Test
  void aMarketOrderGetsAGeneratedClientIdAndAnUnknownOutcomeNamesIt() throws Exception {
    api.server.enqueue(new mockwebserver3.MockResponse.Builder().code(503).body("busy").build());
    NewFuturesOrder order = NewFuturesOrder.market("ETHUSDT", OrderSide.SELL, d("0.5")).reduceOnly(true).build();
    assertThatThrownBy(() -> trading.newOrder(order))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class,
            e -> assertThat(e.clientOrderId()).isEqualTo(order.clientOrderId()));
    assertThat(order.clientOrderId()).matches("sg[0-9a-f]{32}");
    api.assertSignedRequest("POST", "/fapi/v1/order", "symbol", "ETHUSDT", "side", "SELL", "type", "MARKET",
        "quantity", "0.5", "reduceOnly", "true", "newClientOrderId", order.clientOrderId());
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPriceMatchedOrderSendsPriceMatchInsteadOfAPrice() throws Exception {
    api.respondWith("futures_new_order.json");
    trading.newOrder(NewFuturesOrder.limitMatching("BTCUSDT", OrderSide.BUY, d("1"), PriceMatch.QUEUE_5)
        .clientOrderId("m-1").build());
    api.assertSignedRequest("POST", "/fapi/v1/order", "symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "1", "newClientOrderId", "m-1", "priceMatch", "QUEUE_5");
  }

  @Test
  void aTestOrderAcceptsTheDocumentedAnswerAndAnEmptyOne() throws Exception {
    api.respondWith("futures_test_order.json");
    api.respond("{}");
    NewFuturesOrder order = NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("1")).clientOrderId("t-1").build();
    trading.testOrder(order);
    trading.testOrder(order);
    api.assertSignedRequest("POST", "/fapi/v1/order/test", "symbol", "BTCUSDT", "side", "BUY", "type", "MARKET",
        "quantity", "1", "newClientOrderId", "t-1");
  }

  @Test
  void modifyAndCancelNameTheOrderAndDecodeTheDocumentedAnswers() throws Exception {
    api.respondWith("futures_modify_order.json");
    FuturesOrder m = trading.modifyOrder(ModifyFuturesOrder.of(OrderRef.byId("BTCUSDT", 20072994037L), OrderSide.BUY,
        d("1"), d("30005")));
    api.assertSignedRequest("PUT", "/fapi/v1/order", "orderId", "20072994037", "symbol", "BTCUSDT", "side", "BUY",
        "quantity", "1", "price", "30005");
    assertThat(m).extracting(FuturesOrder::pair, FuturesOrder::cumBase, FuturesOrder::avgPrice, FuturesOrder::goodTillDate,
        FuturesOrder::positionSide).containsExactly("BTCUSDT", d("0"), d("0.0"), Instant.EPOCH, PositionSide.LONG);

    api.respondWith("futures_cancel_order.json");
    FuturesOrder c = trading.cancelOrder(OrderRef.byClientId("BTCUSDT", "myOrder1"));
    api.assertSignedRequest("DELETE", "/fapi/v1/order", "symbol", "BTCUSDT", "origClientOrderId", "myOrder1");
    assertThat(c).extracting(FuturesOrder::orderId, FuturesOrder::status, FuturesOrder::origQty, FuturesOrder::updateTime)
        .containsExactly(283194212L, OrderStatus.CANCELED, d("11"), Instant.ofEpochMilli(1571110484038L));
  }

  @Test
  void aBatchIsOneJsonArrayParameterSignedAsSentAndEachElementDecodesToAnOrderOrAnError() throws Exception {
    api.respondWith("futures_batch_orders.json");
    List<BatchOutcome<FuturesOrder>> out = trading.newOrders(List.of(
        NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.001"), d("10001")).clientOrderId("b-1").build(),
        NewFuturesOrder.market("BTCUSDT", OrderSide.SELL, d("0.002")).reduceOnly(true).clientOrderId("b-2").build()));
    api.assertSignedRequest("POST", "/fapi/v1/batchOrders", "batchOrders",
        "[{\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"quantity\":\"0.001\","
            + "\"price\":\"10001\",\"newClientOrderId\":\"b-1\"},{\"symbol\":\"BTCUSDT\",\"side\":\"SELL\",\"type\":\"MARKET\","
            + "\"quantity\":\"0.002\",\"reduceOnly\":\"true\",\"newClientOrderId\":\"b-2\"}]");
    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isInstanceOfSatisfying(BatchOutcome.Done.class,
        done -> assertThat(((FuturesOrder) done.value()).orderId()).isEqualTo(22542179L));
    assertThat(out.get(1)).isEqualTo(new BatchOutcome.Failed<FuturesOrder>(-2022, "ReduceOnly Order is rejected."));
  }

  @Test
  void theBatchParameterIsPercentEncodedOnTheWireAndTheSignatureCoversThoseBytes() throws Exception {
    api.respondWith("futures_batch_orders.json");
    trading.newOrders(List.of(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("1")).clientOrderId("e-1").build()));
    String body = api.server.takeRequest().getBody().utf8();
    assertThat(body).startsWith("batchOrders=%5B%7B%22symbol%22%3A%22BTCUSDT%22%2C%22side%22%3A%22BUY%22%2C%22type%22%3A"
        + "%22MARKET%22%2C%22quantity%22%3A%221%22%2C%22newClientOrderId%22%3A%22e-1%22%7D%5D&timestamp=1578963600000"
        + "&signature=");
  }

  @Test
  void aBatchModifyAndBothBatchCancelsSendTheirListsAsJson() throws Exception {
    api.respondWith("futures_batch_modify_orders.json");
    List<BatchOutcome<FuturesOrder>> m = trading.modifyOrders(List.of(ModifyFuturesOrder.matching(
        OrderRef.byClientId("BTCUSDT", "LJ9R4QZDihCaS8UAOOLpgW"), OrderSide.BUY, d("1"), PriceMatch.OPPONENT)));
    api.assertSignedRequest("PUT", "/fapi/v1/batchOrders", "batchOrders", "[{\"origClientOrderId\":"
        + "\"LJ9R4QZDihCaS8UAOOLpgW\",\"symbol\":\"BTCUSDT\",\"side\":\"BUY\",\"quantity\":\"1\",\"priceMatch\":\"OPPONENT\"}]");
    assertThat(m.get(1)).isEqualTo(new BatchOutcome.Failed<FuturesOrder>(-2022, "ReduceOnly Order is rejected."));

    api.respondWith("futures_cancel_batch_orders.json");
    List<BatchOutcome<FuturesOrder>> c = trading.cancelOrdersById("BTCUSDT", List.of(283194212L, 283194213L));
    api.assertSignedRequest("DELETE", "/fapi/v1/batchOrders", "symbol", "BTCUSDT", "orderIdList", "[283194212,283194213]");
    assertThat(c.get(1)).isEqualTo(new BatchOutcome.Failed<FuturesOrder>(-2011, "Unknown order sent."));

    api.respondWith("futures_cancel_batch_orders.json");
    trading.cancelOrdersByClientId("BTCUSDT", List.of("myOrder1", "myOrder2"));
    api.assertSignedRequest("DELETE", "/fapi/v1/batchOrders", "symbol", "BTCUSDT", "origClientOrderIdList",
        "[\"myOrder1\",\"myOrder2\"]");
  }

  @Test
  void batchesOutsideTheirSizesAreRefusedUnsent() {
    NewFuturesOrder one = NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("1")).build();
    assertThatThrownBy(() -> trading.newOrders(List.of(one, one, one, one, one, one)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("batchOrders takes 1 to 5 items, got 6; split the batch.");
    assertThatThrownBy(() -> trading.newOrders(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("batchOrders takes 1 to 5 items, got 0; split the batch.");
    assertThatThrownBy(() -> trading.cancelOrdersById("BTCUSDT", List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L)))
        .hasMessage("orderIdList takes 1 to 10 items, got 11; split the batch.");
    assertThatThrownBy(() -> trading.cancelOrdersByClientId("BTCUSDT", List.of("ok", "not ok")))
        .hasMessage("origClientOrderId 'not ok' must be 1 to 36 characters of A-Z a-z 0-9 . : / _ -.");
    assertThat(api.server.getRequestCount()).isZero();
  }

  @Test
  void aBatchElementThatIsNeitherAnOrderNorAnErrorIsMalformedNamingItsIndex() {
    api.respond("[{\"code\":-2022,\"msg\":\"x\"},{\"symbol\":\"BTCUSDT\"}]");
    assertThatThrownBy(() -> trading.newOrders(List.of(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("1")).build())))
        .isInstanceOf(OrderStatusUnknownException.class)
        .cause().isInstanceOf(MalformedResponseException.class)
        .hasMessage("POST /fapi/v1/batchOrders: the response (HTTP 200) could not be decoded: at [1]: Missing required"
            + " creator property 'orderId' (index 0)");
  }

  @Test
  void cancelAllAndTheCountdownDecodeTheDocumentedAnswers() throws Exception {
    api.respondWith("futures_cancel_all_open_orders.json");
    trading.cancelAllOpenOrders("BTCUSDT");
    api.assertSignedRequest("DELETE", "/fapi/v1/allOpenOrders", "symbol", "BTCUSDT");
    api.respondWith("futures_countdown_cancel_all.json");
    assertThat(trading.countdownCancelAll("BTCUSDT", Duration.ofSeconds(100))).isEqualTo(Duration.ofMillis(100000));
    api.assertSignedRequest("POST", "/fapi/v1/countdownCancelAll", "symbol", "BTCUSDT", "countdownTime", "100000");
  }

  @Test
  void anAlgoStopClosingThePositionIsSentInTheDocsOrderAndItsAnswerDecodes() throws Exception {
    api.respondWith("futures_algo_order_constructed.json");
    AlgoOrder a = trading.newAlgoOrder(NewAlgoOrder.stopMarket("BTCUSDT", OrderSide.SELL, d("58000.00")).closePosition()
        .workingType(WorkingType.MARK_PRICE).priceProtect(false).clientAlgoId("bot-stop-1")
        .selfTradePreventionMode(SelfTradePreventionMode.EXPIRE_MAKER).build());
    api.assertSignedRequest("POST", "/fapi/v1/algoOrder", "algoType", "CONDITIONAL", "symbol", "BTCUSDT", "side", "SELL",
        "type", "STOP_MARKET", "triggerPrice", "58000.00", "workingType", "MARK_PRICE", "closePosition", "true",
        "priceProtect", "false", "clientAlgoId", "bot-stop-1", "selfTradePreventionMode", "EXPIRE_MAKER");
    assertThat(a).isEqualTo(new AlgoOrder(3000000000000001L, "bot-stop-1", "CONDITIONAL", FuturesOrderType.STOP_MARKET,
        "BTCUSDT", OrderSide.SELL, PositionSide.BOTH, FuturesTimeInForce.GTC, d("0.000"), AlgoStatus.NEW, null, null, null,
        null, d("58000.00"), d("0.00"), null, null, SelfTradePreventionMode.EXPIRE_MAKER, WorkingType.MARK_PRICE,
        PriceMatch.NONE, true, false, false, null, null, Instant.ofEpochMilli(1762506268703L),
        Instant.ofEpochMilli(1762506268703L), Instant.EPOCH, Instant.EPOCH));
  }

  @Test
  void aTrailingStopAndALimitStopSendTheirOwnParameters() throws Exception {
    api.respondWith("futures_algo_order_constructed.json");
    trading.newAlgoOrder(NewAlgoOrder.trailingStopMarket("BTCUSDT", OrderSide.SELL, d("0.5"), d("1.5"))
        .activatePrice(d("62000")).positionSide(PositionSide.LONG).clientAlgoId("t-1").build());
    api.assertSignedRequest("POST", "/fapi/v1/algoOrder", "algoType", "CONDITIONAL", "symbol", "BTCUSDT", "side", "SELL",
        "positionSide", "LONG", "type", "TRAILING_STOP_MARKET", "quantity", "0.5", "activatePrice", "62000",
        "callbackRate", "1.5", "clientAlgoId", "t-1");
    api.respondWith("futures_algo_order_constructed.json");
    trading.newAlgoOrder(NewAlgoOrder.takeProfit("BTCUSDT", OrderSide.SELL, d("1"), d("70000")).price(d("69990"))
        .timeInForce(FuturesTimeInForce.GTD).goodTillDate(Instant.ofEpochSecond(1800000000)).reduceOnly(true)
        .clientAlgoId("tp-1").responseType(FuturesResponseType.ACK).build());
    api.assertSignedRequest("POST", "/fapi/v1/algoOrder", "algoType", "CONDITIONAL", "symbol", "BTCUSDT", "side", "SELL",
        "type", "TAKE_PROFIT", "timeInForce", "GTD", "quantity", "1", "price", "69990", "triggerPrice", "70000",
        "reduceOnly", "true", "clientAlgoId", "tp-1", "newOrderRespType", "ACK", "goodTillDate", "1800000000000");
  }

  @Test
  void algoCancelsNameTheAlgoOrder() throws Exception {
    api.respondWith("futures_cancel_algo_order_constructed.json");
    CanceledAlgoOrder c = trading.cancelAlgoOrder(AlgoOrderRef.byId(3000000000000001L));
    api.assertSignedRequest("DELETE", "/fapi/v1/algoOrder", "algoId", "3000000000000001");
    assertThat(c).isEqualTo(new CanceledAlgoOrder(3000000000000001L, "bot-stop-1", "200", "success"));
    api.respond("{\"code\":200,\"msg\":\"The operation of cancel all open order is done.\"}");
    trading.cancelAllAlgoOrders("BTCUSDT");
    api.assertSignedRequest("DELETE", "/fapi/v1/algoOpenOrders", "symbol", "BTCUSDT");
  }

  @Test
  void leverageMarginAndModeChangesDecodeTheDocumentedAnswers() throws Exception {
    api.respondWith("futures_leverage.json");
    assertThat(trading.changeLeverage("BTCUSDT", 21)).isEqualTo(new LeverageChange(21, d("1000000"), "BTCUSDT"));
    api.assertSignedRequest("POST", "/fapi/v1/leverage", "symbol", "BTCUSDT", "leverage", "21");
    api.respondWith("futures_margin_type.json");
    trading.changeMarginType("BTCUSDT", MarginType.ISOLATED);
    api.assertSignedRequest("POST", "/fapi/v1/marginType", "symbol", "BTCUSDT", "marginType", "ISOLATED");
    api.respondWith("futures_position_margin.json");
    assertThat(trading.addPositionMargin("BTCUSDT", PositionSide.BOTH, d("100")))
        .isEqualTo(new PositionMarginChange(d("100.0"), 200, "Successfully modify position margin.", 1));
    api.assertSignedRequest("POST", "/fapi/v1/positionMargin", "symbol", "BTCUSDT", "positionSide", "BOTH",
        "amount", "100", "type", "1");
    api.respondWith("futures_position_margin.json");
    trading.reducePositionMargin("BTCUSDT", PositionSide.LONG, d("5"));
    api.assertSignedRequest("POST", "/fapi/v1/positionMargin", "symbol", "BTCUSDT", "positionSide", "LONG",
        "amount", "5", "type", "2");
    api.respondWith("futures_position_mode_change.json");
    trading.changePositionMode(true);
    api.assertSignedRequest("POST", "/fapi/v1/positionSide/dual", "dualSidePosition", "true");
    api.respondWith("futures_multi_assets_mode_change.json");
    trading.changeMultiAssetsMode(false);
    api.assertSignedRequest("POST", "/fapi/v1/multiAssetsMargin", "multiAssetsMargin", "false");
  }

  @Test
  void theTradFiPerpsAgreementIsASignedPostWithoutParameters() throws Exception {
    api.respond("{\"code\":200,\"msg\":\"success\"}");
    trading.signTradFiPerpsAgreement();
    api.assertSignedRequest("POST", "/fapi/v1/stock/contract");
    assertThat(dev.signet.binance.internal.FuturesEndpoints.TRADFI_PERPS_CONTRACT.weightOf(dev.signet.core.Params.empty()))
        .isEqualTo(50);
  }

  @Test
  void badArgumentsAreRefusedUnsent() {
    assertThatThrownBy(() -> trading.changeLeverage("BTCUSDT", 0)).hasMessage("leverage must be 1 to 125, was 0.");
    assertThatThrownBy(() -> trading.changeLeverage("BTCUSDT", 126)).hasMessage("leverage must be 1 to 125, was 126.");
    assertThatThrownBy(() -> trading.changeLeverage("btcusdt", 5)).hasMessageStartingWith("symbol 'btcusdt' is not a Binance symbol");
    assertThatThrownBy(() -> trading.addPositionMargin("BTCUSDT", PositionSide.BOTH, d("-1")))
        .hasMessage("amount is -1; it must be greater than zero.");
    assertThatThrownBy(() -> trading.countdownCancelAll("BTCUSDT", Duration.ofMillis(-1)))
        .hasMessage("countdown PT-0.001S is negative; pass zero or a positive duration.");
    assertThat(api.server.getRequestCount()).isZero();
  }

  @Test
  void aSuccessAnswerWithoutCode200IsMalformed() {
    api.respond("{\"msg\":\"success\"}");
    assertThatThrownBy(() -> trading.changeMarginType("BTCUSDT", MarginType.CROSSED))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("POST /fapi/v1/marginType: the response (HTTP 200) could not be decoded: at code: expected 200,"
            + " found null");
  }
}
