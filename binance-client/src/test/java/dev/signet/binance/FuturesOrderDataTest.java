package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.trade.AlgoOrder;
import dev.signet.binance.futures.trade.AlgoOrderQuery;
import dev.signet.binance.futures.trade.AlgoOrderRef;
import dev.signet.binance.futures.trade.AlgoStatus;
import dev.signet.binance.futures.trade.AmendmentQuery;
import dev.signet.binance.futures.trade.ForceOrderQuery;
import dev.signet.binance.futures.trade.FuturesOrder;
import dev.signet.binance.futures.trade.FuturesOrderData;
import dev.signet.binance.futures.trade.FuturesOrderQuery;
import dev.signet.binance.futures.trade.FuturesOrderType;
import dev.signet.binance.futures.trade.FuturesTrade;
import dev.signet.binance.futures.trade.FuturesTradeQuery;
import dev.signet.binance.futures.trade.OrderAmendment;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.MalformedResponseException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** USD-M futures order reads against MockWebServer: each request as sent, each documented answer decoded. */
class FuturesOrderDataTest {
  private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
  private SapiCalls api;
  private FuturesOrderData orders;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @BeforeEach
  void start() throws Exception {
    api = new SapiCalls();
    orders = api.client.futures().orders();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void oneOrderAndOneOpenOrderDecodeTheDocumentedAnswers() throws Exception {
    api.respondWith("futures_query_order.json");
    FuturesOrder o = orders.order(OrderRef.byId("BTCUSDT", 1917641));
    api.assertSignedRequest("GET", "/fapi/v1/order", "symbol", "BTCUSDT", "orderId", "1917641");
    assertThat(o).isEqualTo(new FuturesOrder(1917641L, "BTCUSDT", null, OrderStatus.NEW, "abc", d("0"), d("0.00000"),
        d("0.40"), d("0"), null, d("0"), null, dev.signet.binance.futures.trade.FuturesTimeInForce.GTC,
        FuturesOrderType.TRAILING_STOP_MARKET, false, false, OrderSide.BUY, PositionSide.SHORT, d("9300"),
        dev.signet.binance.futures.trade.WorkingType.CONTRACT_PRICE, false, FuturesOrderType.TRAILING_STOP_MARKET,
        dev.signet.binance.futures.trade.PriceMatch.NONE, dev.signet.binance.spot.SelfTradePreventionMode.NONE,
        Instant.EPOCH, Instant.ofEpochMilli(1579276756075L), Instant.ofEpochMilli(1579276756075L), d("9020"), d("0.3")));
    api.respondWith("futures_open_order.json");
    assertThat(orders.openOrder(OrderRef.byClientId("BTCUSDT", "abc")).clientOrderId()).isEqualTo("abc");
    api.assertSignedRequest("GET", "/fapi/v1/openOrder", "symbol", "BTCUSDT", "origClientOrderId", "abc");
  }

  @Test
  void openOrdersWithAndWithoutASymbolReserveTheirWeights() throws Exception {
    api.respondWith("futures_open_orders.json");
    assertThat(orders.openOrders("BTCUSDT")).extracting(FuturesOrder::orderId).containsExactly(1917641L);
    api.assertSignedRequest("GET", "/fapi/v1/openOrders", "symbol", "BTCUSDT");
    api.respond("[]");
    assertThat(orders.openOrders()).isEmpty();
    api.assertSignedRequest("GET", "/fapi/v1/openOrders");
    assertThat(dev.signet.binance.internal.FuturesEndpoints.OPEN_ORDERS.weightOf(dev.signet.core.Params.empty()))
        .isEqualTo(40);
    assertThat(dev.signet.binance.internal.FuturesEndpoints.OPEN_ORDERS.weightOf(
        dev.signet.core.Params.of("symbol", "BTCUSDT"))).isEqualTo(1);
  }

  @Test
  void allOrdersSendsItsFiltersInTheDocsOrder() throws Exception {
    api.respondWith("futures_all_orders.json");
    List<FuturesOrder> all = orders.allOrders(FuturesOrderQuery.builder("BTCUSDT").orderId(1917641L)
        .startTime(T0).endTime(T0.plus(Duration.ofDays(6))).limit(1000).build());
    api.assertSignedRequest("GET", "/fapi/v1/allOrders", "symbol", "BTCUSDT", "orderId", "1917641",
        "startTime", "1795132800000", "endTime", "1795651200000", "limit", "1000");
    assertThat(all).extracting(FuturesOrder::status).containsExactly(OrderStatus.NEW);
  }

  @Test
  void userTradesDecodeTheDocumentedFill() throws Exception {
    api.respondWith("futures_user_trades.json");
    List<FuturesTrade> t = orders.userTrades(FuturesTradeQuery.builder("BTCUSDT").orderId(25851813L).fromId(698759L)
        .limit(10).build());
    api.assertSignedRequest("GET", "/fapi/v1/userTrades", "symbol", "BTCUSDT", "orderId", "25851813",
        "fromId", "698759", "limit", "10");
    assertThat(t).containsExactly(new FuturesTrade(false, d("-0.07819010"), "USDT", 698759L, false, 25851813L,
        d("7819.01"), d("0.002"), d("15.63802"), d("-0.91539999"), OrderSide.SELL, PositionSide.SHORT, "BTCUSDT",
        Instant.ofEpochMilli(1569514978020L)));
  }

  @Test
  void orderAmendmentsDecodeEachChange() throws Exception {
    api.respondWith("futures_order_amendments.json");
    List<OrderAmendment> a = orders.orderAmendments(AmendmentQuery.builder(OrderRef.byId("BTCUSDT", 20072994037L))
        .limit(100).build());
    api.assertSignedRequest("GET", "/fapi/v1/orderAmendment", "symbol", "BTCUSDT", "orderId", "20072994037",
        "limit", "100");
    assertThat(a).hasSize(3);
    assertThat(a.get(0)).isEqualTo(new OrderAmendment(5363L, "BTCUSDT", "BTCUSDT", 20072994037L, "LJ9R4QZDihCaS8UAOOLpgW",
        Instant.ofEpochMilli(1629184560899L), new OrderAmendment.Amendment(new OrderAmendment.Change(d("30004"),
        d("30003.2")), new OrderAmendment.Change(d("1"), d("1")), 3)));
  }

  @Test
  void forceOrdersFilterByKind() throws Exception {
    api.respondWith("futures_force_orders.json");
    List<FuturesOrder> f = orders.forceOrders(ForceOrderQuery.builder().symbol("BTCUSDT").autoCloseType("ADL")
        .limit(100).build());
    api.assertSignedRequest("GET", "/fapi/v1/forceOrders", "symbol", "BTCUSDT", "autoCloseType", "ADL", "limit", "100");
    assertThat(f).extracting(FuturesOrder::clientOrderId, FuturesOrder::avgPrice, FuturesOrder::cumQuote)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("autoclose-1596107620040000020", d("10913.21000"), d("10.91321")),
            org.assertj.core.groups.Tuple.tuple("adl_autoclose", d("10979.82000"), d("10.97982")));
  }

  @Test
  void algoReadsDecodeTheTriggeredOrder() throws Exception {
    api.respondWith("futures_query_algo_order_constructed.json");
    AlgoOrder a = orders.algoOrder(AlgoOrderRef.byClientId("bot-stop-1"));
    api.assertSignedRequest("GET", "/fapi/v1/algoOrder", "clientAlgoId", "bot-stop-1");
    assertThat(a).extracting(AlgoOrder::algoStatus, AlgoOrder::actualOrderId, AlgoOrder::actualPrice, AlgoOrder::actualType,
        AlgoOrder::triggerTime).containsExactly(AlgoStatus.FINISHED, "6071832819", d("57990.10"), FuturesOrderType.MARKET,
        Instant.ofEpochMilli(1762508999500L));
    api.respond("[]");
    assertThat(orders.openAlgoOrders("BTCUSDT")).isEmpty();
    api.assertSignedRequest("GET", "/fapi/v1/openAlgoOrders", "symbol", "BTCUSDT");
    api.respond("[" + TestData.jsonc("fixtures/futures_query_algo_order_constructed.json") + "]");
    assertThat(orders.allAlgoOrders(AlgoOrderQuery.builder("BTCUSDT").algoId(1L).limit(5).build()))
        .extracting(AlgoOrder::algoId).containsExactly(3000000000000001L);
    api.assertSignedRequest("GET", "/fapi/v1/allAlgoOrders", "symbol", "BTCUSDT", "algoId", "1", "limit", "5");
  }

  @Test
  void queriesBinanceWouldRefuseAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> FuturesOrderQuery.builder("BTCUSDT").startTime(T0).endTime(T0.plus(Duration.ofDays(7))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("startTime 2026-11-20T00:00:00Z and endTime"
            + " 2026-11-27T00:00:00Z are 7 days or more apart; Binance accepts less than 7 days. Query in shorter ranges.");
    assertThatThrownBy(() -> FuturesTradeQuery.builder("BTCUSDT").fromId(1L).startTime(T0).build())
        .hasMessage("fromId cannot be combined with startTime/endTime, which Binance refuses; query by fromId or by time,"
            + " not both.");
    assertThatThrownBy(() -> FuturesTradeQuery.builder("BTCUSDT").limit(1001).build()).hasMessage("limit 1001 is outside"
        + " 1..1000; ask for at most 1000 and page with fromId or startTime/endTime for more.");
    assertThatThrownBy(() -> ForceOrderQuery.builder().autoCloseType("MARGIN_CALL").build())
        .hasMessage("autoCloseType 'MARGIN_CALL' must be LIQUIDATION or ADL.");
    assertThatThrownBy(() -> AmendmentQuery.builder(OrderRef.byId("BTCUSDT", 1)).limit(101).build())
        .hasMessage("limit 101 is outside 1..100; ask for at most 100 and page with startTime/endTime for more.");
    assertThatThrownBy(() -> AlgoOrderRef.byId(0)).hasMessage("algoId must be positive, was 0.");
  }

  @Test
  void aTradeWithoutItsPnlIsMalformedNamingTheField() {
    api.respond("[{\"buyer\":false,\"commission\":\"0\",\"commissionAsset\":\"USDT\",\"id\":1,\"maker\":false,"
        + "\"orderId\":2,\"price\":\"1\",\"qty\":\"1\",\"quoteQty\":\"1\",\"side\":\"SELL\",\"positionSide\":\"BOTH\","
        + "\"symbol\":\"BTCUSDT\",\"time\":1}]");
    assertThatThrownBy(() -> orders.userTrades(FuturesTradeQuery.builder("BTCUSDT").build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("GET /fapi/v1/userTrades: the response (HTTP 200) could not be decoded: at [0]: required field"
            + " 'realizedPnl' is missing or null");
  }
}
