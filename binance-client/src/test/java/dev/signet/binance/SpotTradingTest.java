package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.CancelReplace;
import dev.signet.binance.spot.CancelReplaceMode;
import dev.signet.binance.spot.CancelReplaceResult;
import dev.signet.binance.spot.CancelRestrictions;
import dev.signet.binance.spot.CanceledOrder;
import dev.signet.binance.spot.Fill;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderAck;
import dev.signet.binance.spot.OrderError;
import dev.signet.binance.spot.OrderFull;
import dev.signet.binance.spot.OrderRateLimitExceededMode;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.ResponseType;
import dev.signet.binance.spot.SelfTradePreventionMode;
import dev.signet.binance.spot.TestOrderCommission;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.OrderStatusUnknownException;
import dev.signet.core.Params;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spot trading calls: request as sent and signed, the docs' examples decoded, bad input refused unsent. */
class SpotTradingTest {
  private final SapiCalls api;

  SpotTradingTest() throws Exception {
    api = new SapiCalls();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private static NewOrder limit(String id) {
    return NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.01"), d("40000")).clientOrderId(id).build();
  }

  private static final String[] LIMIT_PARAMS = {"symbol", "BTCUSDT", "side", "BUY", "type", "LIMIT",
      "timeInForce", "GTC", "quantity", "0.01", "price", "40000", "newClientOrderId", "bot-1"};

  private static String[] with(String... more) {
    String[] out = java.util.Arrays.copyOf(LIMIT_PARAMS, LIMIT_PARAMS.length + more.length);
    System.arraycopy(more, 0, out, LIMIT_PARAMS.length, more.length);
    return out;
  }

  private void respond(int status, String fixture) {
    api.server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
        .body(TestData.jsonc("fixtures/" + fixture)).build());
  }

  @Test
  void newOrderAckSendsAckAndDecodesTheIds() throws Exception {
    api.respondWith("spot_new_order_ack.json");
    OrderAck ack = api.client.spot().trading().newOrderAck(limit("bot-1"));
    api.assertSignedRequest("POST", "/api/v3/order", with("newOrderRespType", "ACK"));
    assertThat(ack).isEqualTo(new OrderAck("BTCUSDT", 28, -1, "6gCrw2kRUAF9CvJDGP16IP",
        Instant.ofEpochMilli(1507725176595L)));
  }

  @Test
  void newOrderSendsResultAndDecodesTheState() throws Exception {
    api.respondWith("spot_new_order_result.json");
    OrderResult r = api.client.spot().trading().newOrder(limit("bot-1"));
    api.assertSignedRequest("POST", "/api/v3/order", with("newOrderRespType", "RESULT"));
    Instant t = Instant.ofEpochMilli(1507725176595L);
    assertThat(r).isEqualTo(new OrderResult("BTCUSDT", 28, -1, "6gCrw2kRUAF9CvJDGP16IP", t, d("0.00000000"),
        d("10.00000000"), d("10.00000000"), d("0.000000"), d("10.00000000"), OrderStatus.FILLED, TimeInForce.GTC,
        OrderType.MARKET, OrderSide.SELL, t, SelfTradePreventionMode.NONE, List.of()));
  }

  @Test
  void newOrderFullSendsFullAndWithoutFillsTheOutcomeIsUnknown() throws Exception {
    api.respondWith("spot_new_order_full.json");
    OrderFull f = api.client.spot().trading().newOrderFull(limit("bot-1"));
    api.assertSignedRequest("POST", "/api/v3/order", with("newOrderRespType", "FULL"));
    assertThat(f.order().status()).isEqualTo(OrderStatus.FILLED);
    assertThat(f.fills()).hasSize(5);
    assertThat(f.fills().get(1)).isEqualTo(new Fill(d("3999.00000000"), d("5.00000000"), d("19.99500000"), "USDT", 57));
    api.respondWith("spot_new_order_result.json");
    assertThatThrownBy(() -> api.client.spot().trading().newOrderFull(limit("bot-1")))
        .isInstanceOf(OrderStatusUnknownException.class)
        .cause().isInstanceOf(MalformedResponseException.class)
        .hasMessage("POST /api/v3/order: the response (HTTP 200) could not be decoded:"
            + " required field 'fills' is missing or null");
  }

  @Test
  void aResponseTypeSetOnTheBuilderThatDiffersFromTheCallIsRefusedUnsent() {
    NewOrder ack = NewOrder.limit("BTCUSDT", OrderSide.BUY, d("1"), d("2")).responseType(ResponseType.ACK).build();
    assertThatThrownBy(() -> api.client.spot().trading().newOrder(ack))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("newOrderRespType ACK was set on the order, but this call answers RESULT; call newOrderAck,"
            + " newOrder or newOrderFull to choose, without responseType(...).");
    assertThat(api.server.getRequestCount()).isZero();
  }

  @Test
  void aBadSymbolIsRefusedBeforeSending() {
    assertThatThrownBy(() -> NewOrder.market("btc/usdt", OrderSide.BUY, d("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol 'btc/usdt' is not a Binance symbol: it must match ^[A-Z0-9-_.]{1,20}$ (1 to 20 upper-case"
            + " letters, digits, '-', '_' or '.', or non-ASCII letters and digits). Pass it as exchangeInfo lists it, e.g. BTCUSDT (here BTCUSDT).");
    assertThatThrownBy(() -> api.client.spot().trading().cancelOpenOrders("BTC USDT"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("symbol 'BTC USDT' is not a Binance symbol");
    assertThat(api.server.getRequestCount()).isZero();
  }

  @Test
  void testOrderWithoutCommissionRatesDecodesTheEmptyAnswer() throws Exception {
    api.respondWith("spot_test_order_empty.json");
    api.client.spot().trading().testOrder(limit("bot-1"));
    api.assertSignedRequest("POST", "/api/v3/order/test", LIMIT_PARAMS);
  }

  @Test
  void testOrderWithCommissionRatesDecodesEveryRate() throws Exception {
    api.respondWith("spot_test_order_commission.json");
    TestOrderCommission c = api.client.spot().trading().testOrderCommission(limit("bot-1"));
    api.assertSignedRequest("POST", "/api/v3/order/test", with("computeCommissionRates", "true"));
    assertThat(c).isEqualTo(new TestOrderCommission(
        new TestOrderCommission.Rates(d("0.00000112"), d("0.00000114")),
        new TestOrderCommission.Rates(d("0.05000000"), d("0.06000000")),
        new TestOrderCommission.Rates(d("0.00000112"), d("0.00000114")),
        new TestOrderCommission.Discount(true, true, "BNB", d("0.25000000"))));
  }

  private static CancelReplace replace(CancelReplaceMode mode) {
    return CancelReplace.of(mode, OrderRef.byClientId("BTCUSDT", "old-1"), limit("bot-1"));
  }

  @Test
  void cancelReplaceValuesAreOpenSoAValueBinanceAddsIsSentUnchanged() {
    assertThat(CancelRestrictions.of("ONLY_NEW")).isSameAs(CancelRestrictions.ONLY_NEW);
    assertThat(CancelRestrictions.of("ONLY_EXPIRED").isKnown()).isFalse();
    assertThat(CancelReplaceMode.constants()).containsExactly(CancelReplaceMode.STOP_ON_FAILURE,
        CancelReplaceMode.ALLOW_FAILURE);
    assertThat(OrderRateLimitExceededMode.constants()).containsExactly(OrderRateLimitExceededMode.DO_NOTHING,
        OrderRateLimitExceededMode.CANCEL_ONLY);
    Params p = CancelReplace.of(CancelReplaceMode.of("STOP_ON_ANYTHING"), OrderRef.byId("BTCUSDT", 9), limit("bot-1"))
        .cancelRestrictions(CancelRestrictions.of("ONLY_EXPIRED"))
        .orderRateLimitExceededMode(OrderRateLimitExceededMode.of("CANCEL_FIRST")).toParams(ResponseType.RESULT);
    assertThat(List.of(p.get("cancelReplaceMode"), p.get("cancelOrderId"), p.get("cancelRestrictions"),
        p.get("orderRateLimitExceededMode"))).containsExactly("STOP_ON_ANYTHING", "9", "ONLY_EXPIRED", "CANCEL_FIRST");
    assertThat(p.key(p.size() - 1)).isEqualTo("orderRateLimitExceededMode");
  }

  @Test
  void cancelReplaceSendsTheNewOrderThenTheCancelParameters() throws Exception {
    respond(200, "spot_cancel_replace_success.json");
    CancelReplaceResult r = api.client.spot().trading().cancelReplace(replace(CancelReplaceMode.STOP_ON_FAILURE)
        .cancelNewClientOrderId("cxl-1")
        .cancelRestrictions(CancelRestrictions.ONLY_NEW)
        .orderRateLimitExceededMode(OrderRateLimitExceededMode.CANCEL_ONLY));
    api.assertSignedRequest("POST", "/api/v3/order/cancelReplace", with("newOrderRespType", "RESULT",
        "cancelReplaceMode", "STOP_ON_FAILURE", "cancelNewClientOrderId", "cxl-1", "cancelOrigClientOrderId", "old-1",
        "cancelRestrictions", "ONLY_NEW", "orderRateLimitExceededMode", "CANCEL_ONLY"));
    CancelReplaceResult.Replaced ok = (CancelReplaceResult.Replaced) r;
    assertThat(ok.canceled()).isEqualTo(new CanceledOrder("BTCUSDT", "DnLo3vTAQcjha43lAZhZ0y", 9, -1,
        "osxN3JXAtJvKvCqGeMWMVR", Instant.ofEpochMilli(1684804350068L), d("0.01000000"), d("0.000100"),
        d("0.00000000"), d("0.000000"), d("0.00000000"), OrderStatus.CANCELED, TimeInForce.GTC, OrderType.LIMIT,
        OrderSide.SELL, SelfTradePreventionMode.NONE));
    assertThat(ok.newOrder()).isEqualTo(new OrderResult("BTCUSDT", 10, -1, "wOceeeOzNORyLiQfw7jd8S",
        Instant.ofEpochMilli(1652928801803L), d("0.02000000"), d("0.040000"), d("0.00000000"), d("0.000000"),
        d("0.00000000"), OrderStatus.NEW, TimeInForce.GTC, OrderType.LIMIT, OrderSide.BUY,
        Instant.ofEpochMilli(1669277163808L), SelfTradePreventionMode.NONE, List.of()));
  }

  @Test
  void cancelFailedWithStopOnFailureIsAResultNotAnException() throws Exception {
    respond(400, "spot_cancel_replace_cancel_fail_stop_on_failure.json");
    CancelReplaceResult r = api.client.spot().trading().cancelReplace(replace(CancelReplaceMode.STOP_ON_FAILURE));
    assertThat(r).isEqualTo(new CancelReplaceResult.CancelFailed(-2022, "Order cancel-replace failed.",
        new OrderError(-2011, "Unknown order sent.")));
  }

  @Test
  void cancelFailedWithAllowFailureCarriesTheNewOrder() throws Exception {
    respond(409, "spot_cancel_replace_cancel_fail_allow_failure.json");
    CancelReplaceResult r = api.client.spot().trading().cancelReplace(replace(CancelReplaceMode.ALLOW_FAILURE));
    CancelReplaceResult.CancelFailedNewPlaced p = (CancelReplaceResult.CancelFailedNewPlaced) r;
    assertThat(p.code()).isEqualTo(-2021);
    assertThat(p.msg()).isEqualTo("Order cancel-replace partially failed.");
    assertThat(p.cancelError()).isEqualTo(new OrderError(-2011, "Unknown order sent."));
    assertThat(p.newOrder()).extracting(OrderResult::symbol, OrderResult::orderId, OrderResult::orderListId,
        OrderResult::clientOrderId, OrderResult::transactTime, OrderResult::status)
        .containsExactly("BTCUSDT", 11L, -1L, "pfojJMg6IMNDKuJqDxvoxN", Instant.ofEpochMilli(1648540168818L), null);
  }

  @Test
  void newOrderFailedCarriesTheCanceledOrder() throws Exception {
    respond(409, "spot_cancel_replace_new_order_fail.json");
    CancelReplaceResult.NewOrderFailed n = (CancelReplaceResult.NewOrderFailed)
        api.client.spot().trading().cancelReplace(replace(CancelReplaceMode.STOP_ON_FAILURE));
    assertThat(n.code()).isEqualTo(-2021);
    assertThat(n.newOrderError()).isEqualTo(new OrderError(-2010, "Order would immediately match and take."));
    assertThat(n.canceled()).isEqualTo(new CanceledOrder("BTCUSDT", "86M8erehfExV8z2RC8Zo8k", 3, -1,
        "G1kLo6aDv2KGNTFcjfTSFq", Instant.ofEpochMilli(1684804350068L), d("0.006123"), d("10000.000000"),
        d("0.000000"), d("0.000000"), d("0.000000"), OrderStatus.CANCELED, TimeInForce.GTC, OrderType.LIMIT_MAKER,
        OrderSide.SELL, SelfTradePreventionMode.NONE));
  }

  @Test
  void bothFailedCarriesBothErrors() throws Exception {
    respond(400, "spot_cancel_replace_both_fail.json");
    assertThat(api.client.spot().trading().cancelReplace(replace(CancelReplaceMode.ALLOW_FAILURE)))
        .isEqualTo(new CancelReplaceResult.BothFailed(-2022, "Order cancel-replace failed.",
            new OrderError(-2011, "Unknown order sent."), new OrderError(-2010, "Order would immediately match and take.")));
  }

  @Test
  void cancelOnlyUnderTheRateLimitIsANewOrderFailure() throws Exception {
    respond(409, "spot_cancel_replace_cancel_only_rate_limited.json");
    CancelReplaceResult.NewOrderFailed n = (CancelReplaceResult.NewOrderFailed) api.client.spot().trading()
        .cancelReplace(replace(CancelReplaceMode.STOP_ON_FAILURE)
            .orderRateLimitExceededMode(OrderRateLimitExceededMode.CANCEL_ONLY));
    assertThat(n.newOrderError()).isEqualTo(new OrderError(-1015,
        "Too many new orders; current limit is 1 orders per 10 SECOND."));
    assertThat(n.canceled()).extracting(CanceledOrder::symbol, CanceledOrder::orderId, CanceledOrder::price)
        .containsExactly("LTCBNB", 64L, d("1.00"));
  }

  @Test
  void cancelRestrictionsRefusedByBinanceStayAnException() {
    respond(400, "error_-2011_cancel_restrictions.json");
    assertThatThrownBy(() -> api.client.spot().trading().cancelReplace(replace(CancelReplaceMode.STOP_ON_FAILURE)
            .cancelRestrictions(CancelRestrictions.ONLY_PARTIALLY_FILLED)))
        .isInstanceOf(BinanceApiException.class)
        .hasMessage("Binance error -2011 (HTTP 400) on POST /api/v3/order/cancelReplace: Order was not canceled"
            + " due to cancel restrictions.");
  }

  @Test
  void errorDataWithoutItsRequiredPartsIsAnUnknownOutcomeNamingTheField() {
    api.server.enqueue(new MockResponse.Builder().code(409).body("{\"code\":-2021,\"msg\":\"x\",\"data\":"
        + "{\"cancelResult\":\"SUCCESS\",\"newOrderResult\":\"FAILURE\",\"cancelResponse\":{\"symbol\":\"BTCUSDT\"},"
        + "\"newOrderResponse\":{\"code\":-2010,\"msg\":\"y\"}}}").build());
    assertThatThrownBy(() -> api.client.spot().trading().cancelReplace(replace(CancelReplaceMode.STOP_ON_FAILURE)))
        .isInstanceOf(OrderStatusUnknownException.class)
        .cause().isInstanceOf(MalformedResponseException.class)
        .hasMessage("POST /api/v3/order/cancelReplace: the response (HTTP 409) could not be decoded:"
            + " at data.cancelResponse: Missing required creator property 'orderId' (index 2)");
  }

  @Test
  void cancelReplaceOfTwoSymbolsIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> CancelReplace.of(CancelReplaceMode.ALLOW_FAILURE, OrderRef.byId("ETHBTC", 1),
        limit("bot-1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("symbol: the order to cancel is on ETHBTC and the new order on BTCUSDT; cancelReplace works on"
            + " one symbol.");
  }

  @Test
  void aCancelReplaceWithoutAnAnswerNamesTheNewOrdersClientIdAndIsNotResent() {
    api.server.enqueue(new MockResponse.Builder().code(500).body("").build());
    assertThatThrownBy(() -> api.client.spot().trading().cancelReplace(replace(CancelReplaceMode.STOP_ON_FAILURE)))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class,
            e -> assertThat(e.clientOrderId()).isEqualTo("bot-1"));
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancelReplaceRefusesANewOrderBuiltForAnotherResponseType() {
    NewOrder ack = NewOrder.limit("BTCUSDT", OrderSide.BUY, d("1"), d("2")).responseType(ResponseType.ACK).build();
    assertThatThrownBy(() -> CancelReplace.of(CancelReplaceMode.STOP_ON_FAILURE, OrderRef.byId("BTCUSDT", 1), ack)
        .toParams(ResponseType.RESULT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("newOrderRespType ACK was set on the order, but this call answers RESULT");
  }
}
