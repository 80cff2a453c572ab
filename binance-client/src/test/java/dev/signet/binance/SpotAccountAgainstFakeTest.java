package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.Order;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.SpotAccountData;
import dev.signet.binance.spot.account.AccountTrade;
import dev.signet.binance.spot.account.AllOrdersQuery;
import dev.signet.binance.spot.account.OrderListQuery;
import dev.signet.binance.spot.account.PreventedMatchQuery;
import dev.signet.binance.spot.account.TradeQuery;
import dev.signet.binance.spot.account.UnfilledOrderCount;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.groups.Tuple;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bot places orders on testkit's FakeBinance and reads them back with allOrders and myTrades. */
class SpotAccountAgainstFakeTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.at(T0);
  private final FakeBinance fake = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock)
      .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000")).balance("USDT", new BigDecimal("10000")).build();
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .spotBaseUrl(fake.baseUrl()).futuresBaseUrl(fake.baseUrl()).clock(clock).build();
  private final SpotAccountData account = client.spot().accountData();

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void placedOrdersComeBackFromAllOrdersAndTheFillFromMyTrades() {
    OrderResult bought = client.spot().trading().newOrder(NewOrder.market("BTCUSDT", OrderSide.BUY, d("0.1"))
        .clientOrderId("bot-m-1").build());
    clock.advance(Duration.ofMinutes(1));
    OrderResult resting = client.spot().trading().newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.05"),
        d("30000")).clientOrderId("bot-l-1").build());

    List<Order> all = account.allOrders(AllOrdersQuery.builder("BTCUSDT").build());
    assertThat(all).extracting(Order::orderId, Order::clientOrderId, Order::status, Order::executedQty)
        .containsExactly(Tuple.tuple(bought.orderId(), "bot-m-1", OrderStatus.FILLED, d("0.10000000")),
            Tuple.tuple(resting.orderId(), "bot-l-1", OrderStatus.NEW, d("0.00000000")));
    assertThat(account.allOrders(AllOrdersQuery.builder("BTCUSDT").orderId(resting.orderId()).build()))
        .extracting(Order::orderId).containsExactly(resting.orderId());
    assertThat(account.allOrders(AllOrdersQuery.builder("BTCUSDT").startTime(T0).endTime(T0.plusSeconds(30)).build()))
        .extracting(Order::orderId).containsExactly(bought.orderId());
    assertThat(account.allOrders(AllOrdersQuery.builder("BTCUSDT").limit(1).build()))
        .extracting(Order::orderId).containsExactly(resting.orderId());

    List<AccountTrade> trades = account.myTrades(TradeQuery.builder("BTCUSDT").build());
    assertThat(trades).containsExactly(new AccountTrade("BTCUSDT", bought.orderId(), bought.orderId(), -1,
        d("40000.00000000"), d("0.10000000"), d("4000.00000000"), d("0.00000000"), "USDT", bought.transactTime(), true, false, true));
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").orderId(bought.orderId()).build())).isEqualTo(trades);
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").fromId(bought.orderId() + 1).build())).isEmpty();
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").startTime(bought.transactTime().plusMillis(1)).build())).isEmpty();
  }

  @Test
  void theOtherAccountReadsAnswerFromTheFakesState() {
    client.spot().trading().newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.05"), d("30000")).build());
    assertThat(account.unfilledOrderCount()).containsExactly(new UnfilledOrderCount("ORDERS", "SECOND", 10, 100, 1),
        new UnfilledOrderCount("ORDERS", "DAY", 1, 200000, 1));
    assertThat(account.commission("BTCUSDT").standardCommission().taker()).isEqualTo(d("0.00100000"));
    assertThat(account.myFilters("BTCUSDT").exchangeFilters()).hasSize(1);
    assertThat(account.allOrderLists(OrderListQuery.builder().build())).isEmpty();
    assertThat(account.openOrderLists()).isEmpty();
    assertThat(account.myPreventedMatches(PreventedMatchQuery.byOrder("BTCUSDT", 1))).isEmpty();
    assertThatThrownBy(() -> account.orderList(1)).isInstanceOfSatisfying(BinanceApiException.class,
        e -> assertThat(e.code()).isEqualTo(-2011));
    assertThatThrownBy(() -> account.commission("ETHUSDT")).isInstanceOfSatisfying(BinanceApiException.class,
        e -> assertThat(e.code()).isEqualTo(-1121));
  }
}
