package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.AmendedOrder;
import dev.signet.binance.spot.CanceledOpenOrders;
import dev.signet.binance.spot.CanceledOrder;
import dev.signet.binance.spot.ContingencyType;
import dev.signet.binance.spot.Fill;
import dev.signet.binance.spot.ListOrderStatus;
import dev.signet.binance.spot.ListStatusType;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OcoOrder;
import dev.signet.binance.spot.OrderFull;
import dev.signet.binance.spot.OrderList;
import dev.signet.binance.spot.OrderListLeg;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.TestOrderCommission;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.TriggeredOrderList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Open-order cancels, amendments, order lists and SOR: request as sent, the docs' examples decoded, bad input refused. */
class SpotOrderListsTest {
  private final SapiCalls api;

  SpotOrderListsTest() throws Exception {
    api = new SapiCalls();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void cancelOpenOrdersSeparatesOrdersFromOrderLists() throws Exception {
    api.respondWith("spot_cancel_open_orders.json");
    CanceledOpenOrders c = api.client.spot().trading().cancelOpenOrders("BTCUSDT");
    api.assertSignedRequest("DELETE", "/api/v3/openOrders", "symbol", "BTCUSDT");
    assertThat(c.orders()).extracting(CanceledOrder::orderId, CanceledOrder::origClientOrderId, CanceledOrder::price)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(11L, "E6APeyTJvkMvLMYMqu1KQ4", d("0.089853")),
            org.assertj.core.groups.Tuple.tuple(13L, "A3EF2HCwxgZPFMrfwbgrhv", d("0.090430")));
    OrderList<CanceledOrder> list = c.orderLists().get(0);
    assertThat(list).extracting(OrderList::orderListId, OrderList::contingencyType, OrderList::listStatusType,
        OrderList::listOrderStatus, OrderList::listClientOrderId, OrderList::transactionTime, OrderList::symbol)
        .containsExactly(1929L, ContingencyType.OCO, ListStatusType.ALL_DONE, ListOrderStatus.ALL_DONE, "2inzWQdDvZLHbbAmAozX2N",
            Instant.ofEpochMilli(1585230948299L), "BTCUSDT");
    assertThat(list.orders()).containsExactly(new OrderList.Member("BTCUSDT", 20, "CwOOIPHSmYywx6jZX77TdL"),
        new OrderList.Member("BTCUSDT", 21, "461cPg51vQjV3zIMOXNz39"));
    assertThat(list.orderReports()).extracting(CanceledOrder::type, CanceledOrder::price, CanceledOrder::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderType.STOP_LOSS_LIMIT, d("0.668611"), OrderStatus.CANCELED),
            org.assertj.core.groups.Tuple.tuple(OrderType.LIMIT_MAKER, d("0.008791"), OrderStatus.CANCELED));
  }

  @Test
  void amendKeepPrioritySendsTheNewQuantity() throws Exception {
    api.respondWith("spot_amend_keep_priority.json");
    AmendedOrder a = api.client.spot().trading().amendKeepPriority(OrderRef.byId("BTCUSDT", 33), d("5"));
    api.assertSignedRequest("PUT", "/api/v3/order/amend/keepPriority", "symbol", "BTCUSDT", "orderId", "33",
        "newQty", "5");
    assertThat(a).isEqualTo(new AmendedOrder(Instant.ofEpochMilli(1741926410255L), 75, new AmendedOrder.Amended(
        "BTCUSDT", 33, -1, "5xrgbMyg6z36NzBn2pbT8H", "PFaq6hIHxqFENGfdtn4J6Q", d("6.00000000"), d("5.00000000"),
        d("0.00000000"), OrderStatus.NEW, OrderType.LIMIT, OrderSide.SELL), null));
  }

  @Test
  void amendOfAnOrderInAListCarriesTheList() throws Exception {
    api.respondWith("spot_amend_keep_priority_in_list.json");
    AmendedOrder a = api.client.spot().trading().amendKeepPriority(OrderRef.byClientId("BTCUSDT", "W0fJ9fiLKHOJutovPK3oJp"), d("4"));
    api.assertSignedRequest("PUT", "/api/v3/order/amend/keepPriority", "symbol", "BTCUSDT",
        "origClientOrderId", "W0fJ9fiLKHOJutovPK3oJp", "newQty", "4");
    assertThat(a.listStatus()).isEqualTo(new AmendedOrder.ListStatus(1, ContingencyType.OTO, ListOrderStatus.EXECUTING, "AT7FTxZXylVSwRoZs52mt3",
        "BTCUSDT", List.of(new OrderList.Member("BTCUSDT", 8, "GkwwHZUUbFtZOoH1YsZk9Q"),
            new OrderList.Member("BTCUSDT", 9, "UQ1Np3bmQ71jJzsSDW9Vpi"))));
    assertThat(a.amendedOrder().status()).isEqualTo(OrderStatus.PENDING_NEW);
  }

  @Test
  void amendRefusesANonPositiveQuantityUnsent() {
    assertThatThrownBy(() -> api.client.spot().trading().amendKeepPriority(OrderRef.byId("BTCUSDT", 1), d("0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newQty");
    assertThat(api.server.getRequestCount()).isZero();
  }

  @Test
  void ocoSendsBothLegsInTheDocsOrderAndDecodesTheReports() throws Exception {
    api.respondWith("spot_order_list_oco.json");
    OcoOrder oco = new OcoOrder("LTCBTC", OrderSide.SELL, d("5"),
        OrderListLeg.limitMaker(d("3")).withClientOrderId("up-1"),
        OrderListLeg.stopLossLimit(d("1"), d("1"), TimeInForce.GTC).withClientOrderId("down-1"), "list-1");
    OrderList<OrderResult> list = api.client.spot().trading().newOco(oco);
    api.assertSignedRequest("POST", "/api/v3/orderList/oco", "symbol", "LTCBTC", "listClientOrderId", "list-1",
        "side", "SELL", "quantity", "5", "aboveType", "LIMIT_MAKER", "aboveClientOrderId", "up-1", "abovePrice", "3",
        "belowType", "STOP_LOSS_LIMIT", "belowClientOrderId", "down-1", "belowPrice", "1", "belowStopPrice", "1",
        "belowTimeInForce", "GTC", "newOrderRespType", "RESULT");
    assertThat(list.listClientOrderId()).isEqualTo("lH1YDkuQKWiXVXHPSKYEIp");
    assertThat(list.orderReports()).extracting(OrderResult::orderId, OrderResult::type, OrderResult::price)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(10L, OrderType.STOP_LOSS_LIMIT, d("1.00000000")),
            org.assertj.core.groups.Tuple.tuple(11L, OrderType.LIMIT_MAKER, d("3.00000000")));
  }

  @Test
  void ocoRefusesImpossibleLegsNamingTheParameter() {
    assertThatThrownBy(() -> OcoOrder.of("LTCBTC", OrderSide.SELL, d("5"), OrderListLeg.limitMaker(d("3")),
        OrderListLeg.limitMaker(d("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("belowType LIMIT_MAKER is not allowed in an OCO; belowType takes one of [STOP_LOSS, STOP_LOSS_LIMIT,"
            + " TAKE_PROFIT, TAKE_PROFIT_LIMIT].");
    assertThatThrownBy(() -> OcoOrder.of("LTCBTC", OrderSide.SELL, d("5"), OrderListLeg.takeProfit(d("3")),
        OrderListLeg.takeProfit(d("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aboveType TAKE_PROFIT and belowType TAKE_PROFIT: an OCO needs one LIMIT_MAKER, TAKE_PROFIT or"
            + " TAKE_PROFIT_LIMIT order and one STOP_LOSS or STOP_LOSS_LIMIT order.");
    assertThatThrownBy(() -> OcoOrder.of("LTCBTC", OrderSide.SELL, d("5"), OrderListLeg.limit(d("3"), TimeInForce.GTC),
        OrderListLeg.stopLoss(d("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aboveType LIMIT is not allowed in an OCO; aboveType takes one of [STOP_LOSS_LIMIT, STOP_LOSS,"
            + " LIMIT_MAKER, TAKE_PROFIT, TAKE_PROFIT_LIMIT].");
  }

  private static OrderListLeg working() {
    return OrderListLeg.limit(d("1"), TimeInForce.GTC).withClientOrderId("w-1");
  }

  @Test
  void otoSendsWorkingThenPending() throws Exception {
    api.respondWith("spot_order_list_oto.json");
    TriggeredOrderList oto = TriggeredOrderList.oto("LTCBTC", OrderSide.SELL, d("1"), working(),
        OrderSide.BUY, d("5"), OrderListLeg.market().withClientOrderId("p-1")).withListClientOrderId("oto-1");
    assertThat(oto.listClientOrderId()).isEqualTo("oto-1");
    OrderList<OrderResult> list = api.client.spot().trading().newOrderList(oto);
    api.assertSignedRequest("POST", "/api/v3/orderList/oto", "symbol", "LTCBTC", "listClientOrderId", "oto-1", "newOrderRespType", "RESULT",
        "workingType", "LIMIT", "workingSide", "SELL", "workingClientOrderId", "w-1", "workingPrice", "1",
        "workingQuantity", "1", "workingTimeInForce", "GTC",
        "pendingType", "MARKET", "pendingSide", "BUY", "pendingClientOrderId", "p-1", "pendingQuantity", "5");
    assertThat(list.contingencyType()).isSameAs(ContingencyType.OTO);
    assertThat(list.orderReports().get(1)).extracting(OrderResult::status, OrderResult::workingTime)
        .containsExactly(OrderStatus.PENDING_NEW, Instant.ofEpochMilli(-1));
  }

  @Test
  void otocoSendsThePendingPairAfterItsSideAndQuantity() throws Exception {
    api.respondWith("spot_order_list_otoco.json");
    TriggeredOrderList otoco = TriggeredOrderList.otoco("LTCBTC", OrderSide.SELL, d("1"), working(), OrderSide.BUY,
        d("5"), OrderListLeg.stopLossLimit(d("1"), d("6"), TimeInForce.GTC).withClientOrderId("a-1"),
        OrderListLeg.takeProfit(d("0.5")).withClientOrderId("b-1"));
    OrderList<OrderResult> list = api.client.spot().trading().newOrderList(otoco);
    api.assertSignedRequest("POST", "/api/v3/orderList/otoco", "symbol", "LTCBTC",
        "listClientOrderId", otoco.listClientOrderId(), "newOrderRespType", "RESULT",
        "workingType", "LIMIT", "workingSide", "SELL", "workingClientOrderId", "w-1", "workingPrice", "1",
        "workingQuantity", "1", "workingTimeInForce", "GTC", "pendingSide", "BUY", "pendingQuantity", "5",
        "pendingAboveType", "STOP_LOSS_LIMIT", "pendingAboveClientOrderId", "a-1", "pendingAbovePrice", "1",
        "pendingAboveStopPrice", "6", "pendingAboveTimeInForce", "GTC",
        "pendingBelowType", "TAKE_PROFIT", "pendingBelowClientOrderId", "b-1", "pendingBelowStopPrice", "0.5");
    assertThat(list.orderReports()).extracting(OrderResult::orderId).containsExactly(6L, 7L, 8L);
  }

  @Test
  void opoAndOpocoSendNoPendingQuantity() throws Exception {
    api.respondWith("spot_order_list_opo.json");
    TriggeredOrderList opo = TriggeredOrderList.opo("BTCUSDT", OrderSide.BUY, d("0.0006"), working(), OrderSide.SELL,
        OrderListLeg.market().withClientOrderId("p-1"));
    OrderList<OrderResult> list = api.client.spot().trading().newOrderList(opo);
    api.assertSignedRequest("POST", "/api/v3/orderList/opo", "symbol", "BTCUSDT",
        "listClientOrderId", opo.listClientOrderId(), "newOrderRespType", "RESULT",
        "workingType", "LIMIT", "workingSide", "BUY", "workingClientOrderId", "w-1", "workingPrice", "1",
        "workingQuantity", "0.0006", "workingTimeInForce", "GTC",
        "pendingType", "MARKET", "pendingSide", "SELL", "pendingClientOrderId", "p-1");
    assertThat(list.orderReports().get(1).origQty()).isNull();
    api.respondWith("spot_order_list_opoco.json");
    TriggeredOrderList opoco = TriggeredOrderList.opoco("BTCUSDT", OrderSide.BUY, d("1"), working(), OrderSide.SELL,
        OrderListLeg.limitMaker(d("3")).withClientOrderId("a-1"), OrderListLeg.stopLoss(d("1")).withClientOrderId("b-1"));
    api.client.spot().trading().newOrderList(opoco);
    api.assertSignedRequest("POST", "/api/v3/orderList/opoco", "symbol", "BTCUSDT",
        "listClientOrderId", opoco.listClientOrderId(), "newOrderRespType", "RESULT",
        "workingType", "LIMIT", "workingSide", "BUY", "workingClientOrderId", "w-1", "workingPrice", "1",
        "workingQuantity", "1", "workingTimeInForce", "GTC", "pendingSide", "SELL",
        "pendingAboveType", "LIMIT_MAKER", "pendingAboveClientOrderId", "a-1", "pendingAbovePrice", "3",
        "pendingBelowType", "STOP_LOSS", "pendingBelowClientOrderId", "b-1", "pendingBelowStopPrice", "1");
  }

  @Test
  void triggeredListsRefuseAWorkingOrderThatIsNotALimit() {
    assertThatThrownBy(() -> TriggeredOrderList.oto("BTCUSDT", OrderSide.BUY, d("1"), OrderListLeg.market(),
        OrderSide.SELL, d("1"), OrderListLeg.market()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("workingType MARKET is not allowed in an OTO; workingType takes one of [LIMIT, LIMIT_MAKER].");
    assertThatThrownBy(() -> TriggeredOrderList.opoco("BTCUSDT", OrderSide.BUY, d("1"), working(), OrderSide.SELL,
        OrderListLeg.stopLoss(d("3")), OrderListLeg.stopLoss(d("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pendingAboveType STOP_LOSS and pendingBelowType STOP_LOSS: the pending pair of an OPOCO needs one"
            + " LIMIT_MAKER, TAKE_PROFIT or TAKE_PROFIT_LIMIT order and one STOP_LOSS or STOP_LOSS_LIMIT order.");
  }

  @Test
  void cancelOrderListSendsTheListIdAndDecodesTheCancelReports() throws Exception {
    api.respondWith("spot_cancel_order_list.json");
    OrderList<CanceledOrder> list = api.client.spot().trading().cancelOrderList("LTCBTC", 0);
    api.assertSignedRequest("DELETE", "/api/v3/orderList", "symbol", "LTCBTC", "orderListId", "0");
    assertThat(list.listStatusType()).isSameAs(ListStatusType.ALL_DONE);
    api.respondWith("spot_cancel_order_list.json");
    api.client.spot().trading().cancelOrderList("LTCBTC", "C3wyj4WVEktd7u9aVBRXcN");
    api.assertSignedRequest("DELETE", "/api/v3/orderList", "symbol", "LTCBTC", "listClientOrderId", "C3wyj4WVEktd7u9aVBRXcN");
    assertThat(list.orderReports().get(0)).extracting(CanceledOrder::origClientOrderId, CanceledOrder::clientOrderId,
        CanceledOrder::status).containsExactly("pO9ufTiFGg3nw2fOdgeOXa", "unfWT8ig8i0uj6lPuYLez6", OrderStatus.CANCELED);
  }

  private static NewOrder sorLimit() {
    return NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.5"), d("31000")).clientOrderId("sor-1").build();
  }

  @Test
  void aCancelledListWithoutOrderReportsFailsNamingTheField() {
    api.respond(TestData.jsonc("fixtures/spot_order_list.json"));
    assertThatThrownBy(() -> api.client.spot().trading().cancelOrderList("LTCBTC", 27))
        .isInstanceOf(dev.signet.core.OrderStatusUnknownException.class)
        .hasMessage("The outcome of order orderListId=27 is unknown: it may or may not have been placed (DELETE"
            + " /api/v3/orderList: the response (HTTP 200) could not be decoded: required field 'orderReports' is"
            + " missing or null). It was not resent; reconcile it by its client order id.");
  }

  @Test
  void aPlacedListWithoutOrderReportsFailsNamingTheField() {
    api.respond(TestData.jsonc("fixtures/spot_order_list.json"));
    OcoOrder oco = new OcoOrder("LTCBTC", OrderSide.SELL, d("5"), OrderListLeg.limitMaker(d("3")),
        OrderListLeg.stopLoss(d("1")), "list-9");
    assertThatThrownBy(() -> api.client.spot().trading().newOco(oco))
        .isInstanceOf(dev.signet.core.OrderStatusUnknownException.class)
        .hasMessage("The outcome of order list-9 is unknown: it may or may not have been placed (POST"
            + " /api/v3/orderList/oco: the response (HTTP 200) could not be decoded: required field 'orderReports' is"
            + " missing or null). It was not resent; reconcile it by its client order id.");
  }

  @Test
  void sorOrderSendsFullAndDecodesTheAllocatedFill() throws Exception {
    api.respondWith("spot_sor_order.json");
    OrderFull f = api.client.spot().trading().sorOrder(sorLimit());
    api.assertSignedRequest("POST", "/api/v3/sor/order", "symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.5", "price", "31000", "newClientOrderId", "sor-1", "newOrderRespType", "FULL");
    assertThat(f.order()).extracting(OrderResult::orderId, OrderResult::status, OrderResult::cummulativeQuoteQty)
        .containsExactly(2L, OrderStatus.FILLED, d("14000.00000000"));
    assertThat(f.fills()).containsExactly(new Fill(d("28000.00000000"), d("0.50000000"), d("0.00000000"), "BTC", -1));
  }

  @Test
  void sorTestOrderWithAndWithoutCommissionRates() throws Exception {
    api.respondWith("spot_test_order_empty.json");
    api.client.spot().trading().sorTestOrder(sorLimit());
    api.assertSignedRequest("POST", "/api/v3/sor/order/test", "symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.5", "price", "31000", "newClientOrderId", "sor-1");
    api.respondWith("spot_sor_test_order_commission.json");
    TestOrderCommission c = api.client.spot().trading().sorTestOrderCommission(sorLimit());
    api.assertSignedRequest("POST", "/api/v3/sor/order/test", "symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
        "timeInForce", "GTC", "quantity", "0.5", "price", "31000", "newClientOrderId", "sor-1",
        "computeCommissionRates", "true");
    assertThat(c).isEqualTo(new TestOrderCommission(new TestOrderCommission.Rates(d("0.00000112"), d("0.00000114")),
        null, new TestOrderCommission.Rates(d("0.00000112"), d("0.00000114")),
        new TestOrderCommission.Discount(true, true, "BNB", d("0.25000000"))));
  }

  @Test
  void sorRefusesOtherTypesAndQuoteQuantityUnsent() {
    NewOrder stop = NewOrder.builder("BTCUSDT", OrderSide.BUY, OrderType.STOP_LOSS).quantity(d("1")).stopPrice(d("2")).build();
    assertThatThrownBy(() -> api.client.spot().trading().sorOrder(stop))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type STOP_LOSS is not supported by SOR; use LIMIT or MARKET.");
    assertThatThrownBy(() -> api.client.spot().trading().sorOrder(NewOrder.marketQuote("BTCUSDT", OrderSide.BUY, d("10")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quoteOrderQty is not supported by SOR; give quantity.");
    assertThat(api.server.getRequestCount()).isZero();
  }

  @Test
  void anOrderListWithoutAnAnswerNamesTheListClientIdAndIsNotResent() {
    api.server.enqueue(new mockwebserver3.MockResponse.Builder().code(503).body("").build());
    OcoOrder oco = new OcoOrder("LTCBTC", OrderSide.SELL, d("5"), OrderListLeg.limitMaker(d("3")),
        OrderListLeg.stopLoss(d("1")), "list-9");
    assertThatThrownBy(() -> api.client.spot().trading().newOco(oco))
        .isInstanceOfSatisfying(dev.signet.core.OrderStatusUnknownException.class,
            e -> assertThat(e.clientOrderId()).isEqualTo("list-9"));
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }
}
