package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.futures.userdata.AccountUpdate;
import dev.signet.binance.futures.userdata.FuturesExecutionType;
import dev.signet.binance.futures.trade.FuturesOrder;
import dev.signet.binance.futures.trade.NewFuturesOrder;
import dev.signet.binance.futures.userdata.FuturesUserEvent;
import dev.signet.binance.futures.userdata.OrderTradeUpdate;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.stream.StreamItem;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeBinanceStreams;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeFutures;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * USD-M account events from the fake's own state: orders placed, filled and cancelled through the
 * typed client at {@link FakeBinance} reach {@link FuturesUserDataStream} as the documented
 * {@code ORDER_TRADE_UPDATE}s (the {@code ACCOUNT_UPDATE}s between them are
 * FuturesAccountUpdatesFromFakeTest's), published by {@link FakeBinanceStreams#publishFuturesUserData}.
 */
class FuturesUserEventsFromFakeTest {
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.frozenAt(Instant.parse("2026-11-01T00:00:00Z"));
  private final FakeFutures futures = FakeFutures.withBalance(d("10000")).market("BTCUSDT", d("40000"), d("0.10"), d("0.001"));
  private final FakeBinance rest = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock).futures(futures).build();
  private final FakeBinanceStreams streams = new FakeBinanceStreams().publishFuturesUserData(futures);
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .futuresBaseUrl(rest.baseUrl()).clock(clock).build();
  private FuturesUserDataStream user;

  @AfterEach
  void stop() {
    if (user != null) {
      user.close();
    }
    client.close();
    streams.close();
    rest.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** The next order update; the ACCOUNT_UPDATE after each fill is passed over (FuturesAccountUpdatesFromFakeTest). */
  private OrderTradeUpdate.Order nextOrder() throws InterruptedException {
    FuturesUserEvent event;
    do {
      StreamItem<FuturesUserEvent> item = next(user.events());
      assertThat(item).isInstanceOf(StreamItem.Event.class);
      event = ((StreamItem.Event<FuturesUserEvent>) item).value();
    } while (event instanceof AccountUpdate);
    assertThat(event).isInstanceOf(OrderTradeUpdate.class);
    assertThat(((OrderTradeUpdate) event).transactionTime()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    return ((OrderTradeUpdate) event).order();
  }

  private void connect() throws InterruptedException {
    user = FuturesUserDataStream.builder(client.futures().userStream()).baseUrl(streams.baseUrl()).build();
    String key = client.futures().userStream().start(); // the active key, returned again
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (streams.userDataConnections(key) != 1) {
      assertThat(System.nanoTime()).as("the user data connection").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  @Test
  void aMarketBuyARestingSellFilledByTheMarkAndACancelArriveAsOrderTradeUpdates() throws Exception {
    connect();
    FuturesOrder buy = client.futures().trading().newOrder(NewFuturesOrder.market("BTCUSDT", OrderSide.BUY, d("0.010"))
        .clientOrderId("bot-1").build());
    OrderTradeUpdate.Order placed = nextOrder();
    assertThat(placed).extracting(OrderTradeUpdate.Order::orderId, OrderTradeUpdate.Order::clientOrderId,
        OrderTradeUpdate.Order::executionType, OrderTradeUpdate.Order::status, OrderTradeUpdate.Order::side)
        .containsExactly(buy.orderId(), "bot-1", FuturesExecutionType.NEW, OrderStatus.NEW, OrderSide.BUY);
    assertThat(placed.filledQuantity()).isEqualByComparingTo("0");
    OrderTradeUpdate.Order fill = nextOrder();
    assertThat(fill).extracting(OrderTradeUpdate.Order::orderId, OrderTradeUpdate.Order::executionType,
        OrderTradeUpdate.Order::status, OrderTradeUpdate.Order::maker, OrderTradeUpdate.Order::tradeId)
        .containsExactly(buy.orderId(), FuturesExecutionType.TRADE, OrderStatus.FILLED, false, 1L);
    assertThat(fill.lastFilledQuantity()).isEqualByComparingTo("0.010");
    assertThat(fill.lastFilledPrice()).isEqualByComparingTo("40000");
    assertThat(fill.averagePrice()).isEqualByComparingTo("40000");
    assertThat(fill.realizedProfit()).isEqualByComparingTo("0");

    FuturesOrder sell = client.futures().trading().newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.SELL, d("0.010"),
        d("41000")).build());
    OrderTradeUpdate.Order resting = nextOrder();
    assertThat(resting).extracting(OrderTradeUpdate.Order::orderId, OrderTradeUpdate.Order::executionType,
        OrderTradeUpdate.Order::status).containsExactly(sell.orderId(), FuturesExecutionType.NEW, OrderStatus.NEW);
    assertThat(resting.originalPrice()).isEqualByComparingTo("41000");
    futures.setMarkPrice("BTCUSDT", d("41000"));
    OrderTradeUpdate.Order sold = nextOrder();
    assertThat(sold).extracting(OrderTradeUpdate.Order::orderId, OrderTradeUpdate.Order::executionType,
        OrderTradeUpdate.Order::status, OrderTradeUpdate.Order::maker, OrderTradeUpdate.Order::tradeId)
        .containsExactly(sell.orderId(), FuturesExecutionType.TRADE, OrderStatus.FILLED, true, 2L);
    assertThat(sold.lastFilledPrice()).isEqualByComparingTo("41000");
    assertThat(sold.realizedProfit()).isEqualByComparingTo("10"); // 0.010 x (41000 - 40000)

    FuturesOrder bid = client.futures().trading().newOrder(NewFuturesOrder.limit("BTCUSDT", OrderSide.BUY, d("0.005"),
        d("39000")).build());
    assertThat(nextOrder().executionType()).isEqualTo(FuturesExecutionType.NEW);
    client.futures().trading().cancelOrder(OrderRef.byId("BTCUSDT", bid.orderId()));
    OrderTradeUpdate.Order canceled = nextOrder();
    assertThat(canceled).extracting(OrderTradeUpdate.Order::orderId, OrderTradeUpdate.Order::executionType,
        OrderTradeUpdate.Order::status).containsExactly(bid.orderId(), FuturesExecutionType.CANCELED, OrderStatus.CANCELED);
    assertThat(canceled.filledQuantity()).isEqualByComparingTo("0");
  }
}
