package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.CanceledOrder;
import dev.signet.binance.spot.OcoOrder;
import dev.signet.binance.spot.Order;
import dev.signet.binance.spot.OrderList;
import dev.signet.binance.spot.OrderListLeg;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.ListOrderStatus;
import dev.signet.binance.spot.ListStatusType;
import dev.signet.binance.spot.OrderList;
import dev.signet.binance.spot.SpotAccountData;
import dev.signet.binance.spot.SpotTrading;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.TriggeredOrderList;
import dev.signet.binance.spot.account.AccountTrade;
import dev.signet.binance.spot.account.TradeQuery;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Order lists on testkit's FakeBinance lock, trade and finish like Binance's when the test moves the price. */
class OrderListsAgainstFakeTest {
  private final String secret = TestKeys.binanceSecret();
  private final FakeBinance fake = FakeBinance.builder().hmacKey("bot-key", secret)
      .market("BTCUSDT", "BTC", "USDT", d("40000")).balance("USDT", d("10000")).balance("BTC", d("1")).build();
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .spotBaseUrl(fake.baseUrl()).build();
  private final SpotTrading trading = client.spot().trading();
  private final SpotAccountData account = client.spot().accountData();

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private void assertBalance(String asset, String free, String locked) {
    assertThat(fake.free(asset)).as(asset + " free").isEqualByComparingTo(free);
    assertThat(fake.locked(asset)).as(asset + " locked").isEqualByComparingTo(locked);
  }

  private List<OrderStatus> statuses(OrderList<?> list) {
    return list.orders().stream().map(m -> account.queryOrder(OrderRef.byId("BTCUSDT", m.orderId())).status()).toList();
  }

  private void assertListStatus(long id, ListStatusType type, ListOrderStatus status) {
    OrderList<Void> l = account.orderList(id);
    assertThat(l.listStatusType()).isEqualTo(type);
    assertThat(l.listOrderStatus()).isEqualTo(status);
  }

  private OrderList<OrderResult> sellOco() {
    return trading.newOco(OcoOrder.of("BTCUSDT", OrderSide.SELL, d("0.1"), OrderListLeg.limitMaker(d("45000")),
        OrderListLeg.stopLoss(d("35000"))));
  }

  @Test
  void anOcoLocksItsQuantityOnceAndTheOtherLegExpiresWhenTheLimitFills() {
    OrderList<OrderResult> oco = sellOco();
    assertBalance("BTC", "0.9", "0.1");
    assertListStatus(oco.orderListId(), ListStatusType.EXEC_STARTED, ListOrderStatus.EXECUTING);

    fake.setPrice("BTCUSDT", d("45100"));

    assertThat(statuses(oco)).containsExactly(OrderStatus.FILLED, OrderStatus.EXPIRED);
    assertListStatus(oco.orderListId(), ListStatusType.ALL_DONE, ListOrderStatus.ALL_DONE);
    assertBalance("BTC", "0.9", "0");
    assertBalance("USDT", "14500", "0");
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").build()))
        .extracting(AccountTrade::orderId, AccountTrade::orderListId, AccountTrade::price, AccountTrade::maker)
        .containsExactly(Tuple.tuple(oco.orders().get(0).orderId(), oco.orderListId(), d("45000.00000000"), true));
    assertThat(account.openOrderLists()).isEmpty();
  }

  @Test
  void anOcoStopLegSellsAtThePriceThatTriggeredIt() {
    OrderList<OrderResult> oco = sellOco();
    fake.setPrice("BTCUSDT", d("34000"));
    assertThat(statuses(oco)).containsExactly(OrderStatus.EXPIRED, OrderStatus.FILLED);
    assertBalance("BTC", "0.9", "0");
    assertBalance("USDT", "13400", "0");
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").build()))
        .extracting(AccountTrade::orderId, AccountTrade::price, AccountTrade::maker)
        .containsExactly(Tuple.tuple(oco.orders().get(1).orderId(), d("34000.00000000"), false));
  }

  @Test
  void aBuyOcoLocksTheLargerLegsCost() {
    trading.newOco(OcoOrder.of("BTCUSDT", OrderSide.BUY, d("0.1"), OrderListLeg.stopLossLimit(d("42500"), d("42000"),
        TimeInForce.GTC), OrderListLeg.takeProfitLimit(d("38000"), d("38000"), TimeInForce.GTC)));
    assertBalance("USDT", "5750", "4250");
    fake.setPrice("BTCUSDT", d("37000"));
    assertBalance("USDT", "6300", "0");
    assertBalance("BTC", "1.1", "0");
  }

  @Test
  void anOtoPlacesItsPendingOrderWhenTheWorkingOrderFills() {
    OrderList<OrderResult> oto = trading.newOrderList(TriggeredOrderList.oto("BTCUSDT", OrderSide.BUY, d("0.1"),
        OrderListLeg.limit(d("39000"), TimeInForce.GTC), OrderSide.SELL, d("0.1"), OrderListLeg.limitMaker(d("41000"))));
    assertThat(oto.orderReports()).extracting(OrderResult::status).containsExactly(OrderStatus.NEW, OrderStatus.PENDING_NEW);
    assertBalance("USDT", "6100", "3900");
    assertBalance("BTC", "1", "0");

    fake.setPrice("BTCUSDT", d("39000"));
    assertThat(statuses(oto)).containsExactly(OrderStatus.FILLED, OrderStatus.NEW);
    assertListStatus(oto.orderListId(), ListStatusType.EXEC_STARTED, ListOrderStatus.EXECUTING);
    assertBalance("USDT", "6100", "0");
    assertBalance("BTC", "1", "0.1");

    fake.setPrice("BTCUSDT", d("41000"));
    assertThat(statuses(oto)).containsExactly(OrderStatus.FILLED, OrderStatus.FILLED);
    assertListStatus(oto.orderListId(), ListStatusType.ALL_DONE, ListOrderStatus.ALL_DONE);
    assertBalance("USDT", "10200", "0");
    assertBalance("BTC", "1", "0");
  }

  @Test
  void anOtocoPlacesItsPendingPairAndThePairCancelsItself() {
    OrderList<OrderResult> otoco = trading.newOrderList(TriggeredOrderList.otoco("BTCUSDT", OrderSide.BUY, d("0.2"),
        OrderListLeg.limit(d("39000"), TimeInForce.GTC), OrderSide.SELL, d("0.2"), OrderListLeg.limitMaker(d("42000")),
        OrderListLeg.stopLoss(d("37000"))));
    fake.setPrice("BTCUSDT", d("38500"));
    assertThat(statuses(otoco)).containsExactly(OrderStatus.FILLED, OrderStatus.NEW, OrderStatus.NEW);
    assertBalance("BTC", "1", "0.2");
    assertBalance("USDT", "2200", "0");
    fake.setPrice("BTCUSDT", d("36500"));
    assertThat(statuses(otoco)).containsExactly(OrderStatus.FILLED, OrderStatus.EXPIRED, OrderStatus.FILLED);
    assertListStatus(otoco.orderListId(), ListStatusType.ALL_DONE, ListOrderStatus.ALL_DONE);
    assertBalance("BTC", "1", "0");
    assertBalance("USDT", "9500", "0");
  }

  @Test
  void anOpoSellsWhatTheWorkingOrderBoughtAndItsAnswerShowsThePendingLegAsPlaced() {
    OrderList<OrderResult> opo = trading.newOrderList(TriggeredOrderList.opo("BTCUSDT", OrderSide.BUY, d("0.05"),
        OrderListLeg.limit(d("40000"), TimeInForce.GTC), OrderSide.SELL, OrderListLeg.limitMaker(d("44000"))));
    assertThat(opo.orderReports()).extracting(OrderResult::status)
        .containsExactly(OrderStatus.FILLED, OrderStatus.PENDING_NEW);
    assertThat(statuses(opo)).containsExactly(OrderStatus.FILLED, OrderStatus.NEW);
    Order pending = account.queryOrder(OrderRef.byId("BTCUSDT", opo.orders().get(1).orderId()));
    assertThat(pending.origQty()).isEqualTo(d("0.05000000"));
    assertBalance("BTC", "1", "0.05");
    assertBalance("USDT", "8000", "0");
  }

  @Test
  void cancellingAListReleasesWhatItsLegsLock() {
    OrderList<OrderResult> oco = sellOco();
    OrderList<CanceledOrder> canceled = trading.cancelOrderList("BTCUSDT", oco.orderListId());
    assertThat(canceled.orderReports()).extracting(CanceledOrder::orderListId, CanceledOrder::status)
        .containsExactly(Tuple.tuple(oco.orderListId(), OrderStatus.CANCELED),
            Tuple.tuple(oco.orderListId(), OrderStatus.CANCELED));
    assertThat(canceled.listOrderStatus()).isEqualTo(ListOrderStatus.ALL_DONE);
    assertBalance("BTC", "1", "0");
    fake.setPrice("BTCUSDT", d("46000"));
    assertBalance("BTC", "1", "0");
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").build())).isEmpty();
    assertThatThrownBy(() -> trading.cancelOrderList("BTCUSDT", oco.orderListId()))
        .hasMessage("Binance error -2011 (HTTP 400) on DELETE /api/v3/orderList: Unknown order list sent.");
  }

  @Test
  void cancellingOneLegCancelsItsList() {
    OrderList<OrderResult> oco = sellOco();
    trading.cancelOrder(OrderRef.byId("BTCUSDT", oco.orders().get(1).orderId()));
    assertThat(statuses(oco)).containsExactly(OrderStatus.CANCELED, OrderStatus.CANCELED);
    assertListStatus(oco.orderListId(), ListStatusType.ALL_DONE, ListOrderStatus.ALL_DONE);
    assertBalance("BTC", "1", "0");
  }

  @Test
  void aListTheBalanceCannotCoverIsRefusedWhole() {
    assertThatThrownBy(() -> trading.newOco(OcoOrder.of("BTCUSDT", OrderSide.SELL, d("2"),
        OrderListLeg.limitMaker(d("45000")), OrderListLeg.stopLoss(d("35000")))))
        .hasMessage("Binance error -2010 (HTTP 400) on POST /api/v3/orderList/oco: Account has insufficient balance for requested action.");
    assertThat(fake.ordersPlaced()).isZero();
    assertBalance("BTC", "1", "0");
  }
}
