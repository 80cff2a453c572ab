package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.spot.CancelReplace;
import dev.signet.binance.spot.CancelReplaceMode;
import dev.signet.binance.spot.CancelReplaceResult;
import dev.signet.binance.spot.CanceledOpenOrders;
import dev.signet.binance.spot.ListStatusType;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OcoOrder;
import dev.signet.binance.spot.OrderError;
import dev.signet.binance.spot.OrderList;
import dev.signet.binance.spot.OrderListLeg;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.SpotTrading;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.TriggeredOrderList;
import dev.signet.testkit.FakeBinance;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The spot trading calls against testkit's FakeBinance: signed, answered with the ledger's state. */
class SpotTradingAgainstFakeTest {
  private FakeBinance fake;
  private BinanceClient client;
  private SpotTrading trading;

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @BeforeEach
  void start() {
    fake = FakeBinance.builder().hmacKey(TestData.DOCS_API_KEY, TestData.FAQ_SECRET)
        .market("BTCUSDT", "BTC", "USDT", d("40000.00"))
        .balance("USDT", d("100000")).balance("BTC", d("1"))
        .build();
    client = BinanceClient.builder().credentials(BinanceCredentials.hmac(TestData.DOCS_API_KEY, TestData.FAQ_SECRET))
        .spotBaseUrl(fake.baseUrl()).build();
    trading = client.spot().trading();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private OrderResult restingBuy(String id) {
    return trading.newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("30000")).clientOrderId(id).build());
  }

  @Test
  void everyResponseTypeDecodesFromTheFake() {
    assertThat(trading.newOrderAck(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("30000")).clientOrderId("a-1")
        .build()).clientOrderId()).isEqualTo("a-1");
    assertThat(restingBuy("r-1").status()).isEqualTo(OrderStatus.NEW);
    assertThat(trading.newOrderFull(NewOrder.market("BTCUSDT", OrderSide.BUY, d("0.01")).build()).fills())
        .singleElement().satisfies(f -> assertThat(f.price()).isEqualByComparingTo("40000"));
    assertThat(trading.sorOrder(NewOrder.market("BTCUSDT", OrderSide.SELL, d("0.01")).build()).order().status())
        .isEqualTo(OrderStatus.FILLED);
  }

  @Test
  void testOrdersAnswerEmptyOrWithRates() {
    NewOrder order = NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("30000")).build();
    trading.testOrder(order);
    assertThat(trading.testOrderCommission(order).standardCommissionForOrder().taker()).isEqualTo(d("0.00100000"));
    assertThat(trading.sorTestOrderCommission(order).specialCommissionForOrder()).isNull();
  }

  @Test
  void cancelReplaceReplacesAndReportsAFailedCancelAsAResult() {
    restingBuy("old-1");
    CancelReplaceResult ok = trading.cancelReplace(CancelReplace.of(CancelReplaceMode.STOP_ON_FAILURE,
        OrderRef.byClientId("BTCUSDT", "old-1"), NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("31000"))
            .clientOrderId("new-1").build()));
    assertThat(ok).isInstanceOfSatisfying(CancelReplaceResult.Replaced.class, r -> {
      assertThat(r.canceled().origClientOrderId()).isEqualTo("old-1");
      assertThat(r.newOrder().clientOrderId()).isEqualTo("new-1");
    });
    CancelReplaceResult failed = trading.cancelReplace(CancelReplace.of(CancelReplaceMode.STOP_ON_FAILURE,
        OrderRef.byClientId("BTCUSDT", "gone"), NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("31000")).build()));
    assertThat(failed).isEqualTo(new CancelReplaceResult.CancelFailed(-2022, "Order cancel-replace failed.",
        new OrderError(-2013, "Order does not exist.")));
    CancelReplaceResult allowed = trading.cancelReplace(CancelReplace.of(CancelReplaceMode.ALLOW_FAILURE,
        OrderRef.byClientId("BTCUSDT", "gone"), NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("31000"))
            .clientOrderId("new-2").build()));
    assertThat(allowed).isInstanceOfSatisfying(CancelReplaceResult.CancelFailedNewPlaced.class,
        p -> assertThat(p.newOrder().clientOrderId()).isEqualTo("new-2"));
  }

  @Test
  void amendLowersTheQuantity() {
    restingBuy("am-1");
    assertThat(trading.amendKeepPriority(OrderRef.byClientId("BTCUSDT", "am-1"), d("0.05")).amendedOrder().qty())
        .isEqualByComparingTo("0.05");
  }

  @Test
  void orderListsArePlacedAndCancelledWithTheOpenOrders() {
    restingBuy("single-1");
    OrderList<OrderResult> oco = trading.newOco(OcoOrder.of("BTCUSDT", OrderSide.SELL, d("0.1"),
        OrderListLeg.limitMaker(d("45000")), OrderListLeg.stopLoss(d("35000"))));
    assertThat(oco.orderReports()).extracting(OrderResult::status).containsExactly(OrderStatus.NEW, OrderStatus.NEW);
    OrderList<OrderResult> oto = trading.newOrderList(TriggeredOrderList.oto("BTCUSDT", OrderSide.BUY, d("0.1"),
        OrderListLeg.limit(d("30000"), TimeInForce.GTC), OrderSide.SELL, d("0.1"), OrderListLeg.limitMaker(d("45000"))));
    assertThat(oto.orderReports()).extracting(OrderResult::status)
        .containsExactly(OrderStatus.NEW, OrderStatus.PENDING_NEW);
    assertThat(trading.cancelOrderList("BTCUSDT", oto.orderListId()).listStatusType()).isSameAs(ListStatusType.ALL_DONE);
    CanceledOpenOrders all = trading.cancelOpenOrders("BTCUSDT");
    assertThat(all.orders()).extracting(o -> o.origClientOrderId()).containsExactly("single-1");
    assertThat(all.orderLists()).extracting(OrderList::orderListId).containsExactly(oco.orderListId());
  }
}
