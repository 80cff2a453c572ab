package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.spot.AmendedOrder;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.Order;
import dev.signet.binance.spot.OrderFull;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.SpotAccountData;
import dev.signet.binance.spot.SpotTrading;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.account.AccountTrade;
import dev.signet.binance.spot.account.TradeQuery;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bot's orders on testkit's FakeBinance fill when the test moves the price, and come back from myTrades. */
class SpotFillsAgainstFakeTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.at(T0);
  private final FakeBinance fake = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock)
      .market("BTCUSDT", "BTC", "USDT", d("40000")).balance("USDT", d("10000")).balance("BTC", d("1")).build();
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .spotBaseUrl(fake.baseUrl()).clock(clock).build();
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

  private Order query(long orderId) {
    return account.queryOrder(OrderRef.byId("BTCUSDT", orderId));
  }

  @Test
  void aRestingBuyFillsAtItsLimitAsMakerOnceThePriceFallsToIt() {
    OrderResult buy = trading.newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("39000")).build());
    assertThat(buy.status()).isEqualTo(OrderStatus.NEW);
    assertBalance("USDT", "6100", "3900");

    fake.setPrice("BTCUSDT", d("39000.01"));
    assertThat(query(buy.orderId()).status()).isEqualTo(OrderStatus.NEW);
    clock.advance(Duration.ofSeconds(5));
    fake.setPrice("BTCUSDT", d("38000"));

    Order filled = query(buy.orderId());
    assertThat(filled).extracting(Order::status, Order::executedQty, Order::cummulativeQuoteQty)
        .containsExactly(OrderStatus.FILLED, d("0.10000000"), d("3900.00000000"));
    assertThat(filled.updateTime()).isAfterOrEqualTo(T0.plusSeconds(5));
    assertBalance("USDT", "6100", "0");
    assertBalance("BTC", "1.1", "0");
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").build())).containsExactly(new AccountTrade("BTCUSDT", 1,
        buy.orderId(), -1, d("39000.00000000"), d("0.10000000"), d("3900.00000000"), d("0.00000000"), "USDT",
        filled.updateTime(), true, true, true));
    assertThat(trading.newOrderFull(NewOrder.market("BTCUSDT", OrderSide.SELL, d("0.1")).build()).fills())
        .singleElement().satisfies(f -> assertThat(f.price()).isEqualByComparingTo("38000"));
  }

  @Test
  void aMarketableLimitFillsAtOnceAtThePriceAsTakerAndARestingSellFillsWhenThePriceRises() {
    OrderFull taker = trading.newOrderFull(NewOrder.limit("BTCUSDT", OrderSide.SELL, d("0.5"), d("39000")).build());
    assertThat(taker.order()).extracting(OrderResult::status, OrderResult::executedQty, OrderResult::cummulativeQuoteQty)
        .containsExactly(OrderStatus.FILLED, d("0.50000000"), d("20000.00000000"));
    assertThat(taker.fills()).extracting(f -> f.price(), f -> f.qty(), f -> f.tradeId())
        .containsExactly(Tuple.tuple(d("40000.00000000"), d("0.50000000"), 1L));
    assertBalance("BTC", "0.5", "0");
    assertBalance("USDT", "30000", "0");

    OrderResult maker = trading.newOrder(NewOrder.limit("BTCUSDT", OrderSide.SELL, d("0.2"), d("41000")).build());
    assertBalance("BTC", "0.3", "0.2");
    fake.setPrice("BTCUSDT", d("42500"));
    assertThat(query(maker.orderId())).extracting(Order::status, Order::cummulativeQuoteQty)
        .containsExactly(OrderStatus.FILLED, d("8200.00000000"));
    assertBalance("BTC", "0.3", "0");
    assertBalance("USDT", "38200", "0");
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").build()))
        .extracting(AccountTrade::id, AccountTrade::orderId, AccountTrade::price, AccountTrade::buyer, AccountTrade::maker)
        .containsExactly(Tuple.tuple(1L, taker.order().orderId(), d("40000.00000000"), false, false),
            Tuple.tuple(2L, maker.orderId(), d("41000.00000000"), false, true));
  }

  @Test
  void aStopLossWaitsUntriggeredThenSellsAtThePriceThatReachedIt() {
    OrderResult stop = trading.newOrder(NewOrder.builder("BTCUSDT", OrderSide.SELL, OrderType.STOP_LOSS)
        .quantity(d("0.2")).stopPrice(d("36000")).build());
    Order waiting = query(stop.orderId());
    assertThat(waiting).extracting(Order::status, Order::working, Order::stopPrice)
        .containsExactly(OrderStatus.NEW, false, d("36000.00000000"));
    assertBalance("BTC", "0.8", "0.2");

    fake.setPrice("BTCUSDT", d("36000.01"));
    assertThat(query(stop.orderId()).working()).isFalse();
    fake.setPrice("BTCUSDT", d("35500"));

    assertThat(query(stop.orderId())).extracting(Order::status, Order::working, Order::cummulativeQuoteQty)
        .containsExactly(OrderStatus.FILLED, true, d("7100.00000000"));
    assertBalance("BTC", "0.8", "0");
    assertBalance("USDT", "17100", "0");
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").build()))
        .extracting(AccountTrade::price, AccountTrade::qty, AccountTrade::maker)
        .containsExactly(Tuple.tuple(d("35500.00000000"), d("0.20000000"), false));
  }

  @Test
  void aTriggeredStopLimitRestsAtItsLimitUntilThePriceComesBack() {
    OrderResult stop = trading.newOrder(NewOrder.builder("BTCUSDT", OrderSide.BUY, OrderType.STOP_LOSS_LIMIT)
        .quantity(d("0.1")).price(d("41000")).stopPrice(d("40500")).timeInForce(TimeInForce.GTC).build());
    assertBalance("USDT", "5900", "4100");
    fake.setPrice("BTCUSDT", d("41200"));
    assertThat(query(stop.orderId())).extracting(Order::status, Order::working).containsExactly(OrderStatus.NEW, true);
    fake.setPrice("BTCUSDT", d("40900"));
    assertThat(query(stop.orderId())).extracting(Order::status, Order::cummulativeQuoteQty)
        .containsExactly(OrderStatus.FILLED, d("4100.00000000"));
    assertBalance("USDT", "5900", "0");
    assertBalance("BTC", "1.1", "0");
  }

  @Test
  void aStopThePriceAlreadyReachedAndATakingLimitMakerAreRefused() {
    assertThatThrownBy(() -> trading.newOrder(NewOrder.builder("BTCUSDT", OrderSide.SELL, OrderType.TAKE_PROFIT)
        .quantity(d("0.1")).stopPrice(d("39000")).build()))
        .hasMessage("Binance error -2010 (HTTP 400) on POST /api/v3/order: Order would trigger immediately.");
    assertThatThrownBy(() -> trading.newOrder(NewOrder.builder("BTCUSDT", OrderSide.BUY, OrderType.LIMIT_MAKER)
        .quantity(d("0.1")).price(d("40000")).build()))
        .hasMessage("Binance error -2010 (HTTP 400) on POST /api/v3/order: Order would immediately match and take.");
    assertBalance("BTC", "1", "0");
    assertBalance("USDT", "10000", "0");
    assertThat(fake.ordersPlaced()).isZero();
  }

  @Test
  void myTradesFiltersTheStoredFillsAsTheClientSendsThem() {
    OrderResult a = trading.newOrder(NewOrder.market("BTCUSDT", OrderSide.BUY, d("0.01")).build());
    clock.advance(Duration.ofMinutes(10));
    OrderResult b = trading.newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.02"), d("39000")).build());
    fake.setPrice("BTCUSDT", d("38000"));
    clock.advance(Duration.ofMinutes(10));
    OrderResult c = trading.newOrder(NewOrder.market("BTCUSDT", OrderSide.SELL, d("0.03")).build());
    List<AccountTrade> all = account.myTrades(TradeQuery.builder("BTCUSDT").build());
    assertThat(all).extracting(AccountTrade::id, AccountTrade::orderId, AccountTrade::quoteQty)
        .containsExactly(Tuple.tuple(1L, a.orderId(), d("400.00000000")), Tuple.tuple(2L, b.orderId(), d("780.00000000")),
            Tuple.tuple(3L, c.orderId(), d("1140.00000000")));
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").orderId(b.orderId()).build())).containsExactly(all.get(1));
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").fromId(2L).limit(1).build())).containsExactly(all.get(1));
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").limit(2).build())).containsExactly(all.get(1), all.get(2));
    assertThat(account.myTrades(TradeQuery.builder("BTCUSDT").startTime(all.get(1).time())
        .endTime(all.get(2).time().minusMillis(1)).build())).containsExactly(all.get(1));
  }

  @Test
  void amendingDownReleasesTheLockOfTheQuantityRemoved() {
    trading.newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("30000")).clientOrderId("am-1").build());
    trading.newOrder(NewOrder.limit("BTCUSDT", OrderSide.SELL, d("0.5"), d("50000")).clientOrderId("am-2").build());
    assertBalance("USDT", "7000", "3000");
    assertBalance("BTC", "0.5", "0.5");
    AmendedOrder buy = trading.amendKeepPriority(OrderRef.byClientId("BTCUSDT", "am-1"), d("0.04"));
    trading.amendKeepPriority(OrderRef.byClientId("BTCUSDT", "am-2"), d("0.2"));
    assertThat(buy.amendedOrder().qty()).isEqualByComparingTo("0.04");
    assertBalance("USDT", "8800", "1200");
    assertBalance("BTC", "0.8", "0.2");
    fake.setPrice("BTCUSDT", d("30000"));
    assertBalance("USDT", "8800", "0");
    assertBalance("BTC", "0.84", "0.2");
  }

  @Test
  void movingThePriceOfAnUnknownSymbolIsRefused() {
    assertThatThrownBy(() -> fake.setPrice("ETHUSDT", d("2000"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no market ETHUSDT; add it with market(...) first.");
  }
}
