package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.OrderType;
import dev.signet.binance.spot.TimeInForce;
import dev.signet.binance.spot.userdata.AccountPosition;
import dev.signet.binance.spot.userdata.ExecutionReport;
import dev.signet.binance.spot.userdata.ExecutionType;
import dev.signet.binance.spot.userdata.SpotUserEvent;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeBinanceUserStream;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders placed, filled, cancelled and expired through the typed REST client at FakeBinance come
 * back over {@link SpotUserDataStream} from {@link FakeBinanceUserStream#FakeBinanceUserStream(FakeBinance)}
 * as the documented {@code executionReport} and {@code outboundAccountPosition}, exact values.
 */
class SpotUserEventsFromFakeTest {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.frozenAt(T0);
  private final FakeBinance rest = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock)
      .market("BTCUSDT", "BTC", "USDT", new BigDecimal("40000")).balance("USDT", new BigDecimal("10000")).build();
  private final FakeBinanceUserStream fake = new FakeBinanceUserStream(rest);
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .spotBaseUrl(rest.baseUrl()).clock(clock).build();
  private SpotUserDataStream user;

  @BeforeEach
  void connect() {
    user = SpotUserDataStream.builder(BinanceCredentials.hmac("bot-key", secret)).baseUrl(fake.baseUrl()).clock(clock)
        .options(StreamOptions.builder().controlMessagesPerSecond(100).build()).build();
    fake.awaitSubscribed(1);
  }

  @AfterEach
  void stop() {
    user.close();
    client.close();
    fake.close();
    rest.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private <T extends SpotUserEvent> T take(Class<T> type) throws InterruptedException {
    StreamItem<SpotUserEvent> item = next(user.events());
    assertThat(item).isInstanceOf(StreamItem.Event.class);
    return type.cast(((StreamItem.Event<SpotUserEvent>) item).value());
  }

  private static List<Tuple> balances(AccountPosition p) {
    return p.balances().stream().map(b -> Tuple.tuple(b.asset(), b.free(), b.locked())).toList();
  }

  @Test
  void aRestingLimitIsNewThenTradesWhenThePriceReachesIt() throws Exception {
    OrderResult placed = client.spot().trading().newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("39000"))
        .clientOrderId("bot-1").build());
    ExecutionReport created = take(ExecutionReport.class);
    assertThat(created).extracting(ExecutionReport::eventTime, ExecutionReport::symbol, ExecutionReport::clientOrderId,
        ExecutionReport::side, ExecutionReport::type, ExecutionReport::timeInForce, ExecutionReport::quantity,
        ExecutionReport::price, ExecutionReport::stopPrice, ExecutionReport::orderListId,
        ExecutionReport::originalClientOrderId, ExecutionReport::executionType, ExecutionReport::status,
        ExecutionReport::rejectReason, ExecutionReport::orderId, ExecutionReport::lastExecutedQuantity,
        ExecutionReport::cumulativeFilledQuantity, ExecutionReport::lastExecutedPrice, ExecutionReport::commission,
        ExecutionReport::commissionAsset, ExecutionReport::tradeId, ExecutionReport::executionId,
        ExecutionReport::onBook, ExecutionReport::creationTime, ExecutionReport::workingTime)
        .containsExactly(T0, "BTCUSDT", "bot-1", OrderSide.BUY, OrderType.LIMIT, TimeInForce.GTC, d("0.10000000"),
            d("39000.00000000"), d("0.00000000"), -1L, "", ExecutionType.NEW, OrderStatus.NEW, "NONE",
            placed.orderId(), d("0.00000000"), d("0.00000000"), d("0.00000000"), d("0"), null, -1L, 1L, true, T0, T0);
    assertThat(balances(take(AccountPosition.class))).containsExactly(Tuple.tuple("BTC", d("0E-8"), d("0E-8")),
        Tuple.tuple("USDT", d("6100.00000000"), d("3900.00000000")));

    rest.setPrice("BTCUSDT", d("38999"));
    ExecutionReport filled = take(ExecutionReport.class);
    assertThat(filled).extracting(ExecutionReport::orderId, ExecutionReport::executionType, ExecutionReport::status,
        ExecutionReport::lastExecutedQuantity, ExecutionReport::cumulativeFilledQuantity,
        ExecutionReport::lastExecutedPrice, ExecutionReport::cumulativeQuoteQuantity, ExecutionReport::lastQuoteQuantity,
        ExecutionReport::commission, ExecutionReport::commissionAsset, ExecutionReport::tradeId,
        ExecutionReport::executionId, ExecutionReport::maker, ExecutionReport::onBook)
        .containsExactly(placed.orderId(), ExecutionType.TRADE, OrderStatus.FILLED, d("0.10000000"), d("0.10000000"),
            d("39000.00000000"), d("3900.00000000"), d("3900.00000000"), d("0E-8"), "USDT", 1L, 2L, true, false);
    assertThat(balances(take(AccountPosition.class))).containsExactly(Tuple.tuple("BTC", d("0.10000000"), d("0E-8")),
        Tuple.tuple("USDT", d("6100.00000000"), d("0E-8")));
  }

  @Test
  void aMarketOrderIsNewThenFilledAtOnceAsTaker() throws Exception {
    OrderResult placed = client.spot().trading().newOrder(NewOrder.market("BTCUSDT", OrderSide.BUY, d("0.05")).build());
    assertThat(take(ExecutionReport.class)).extracting(ExecutionReport::executionType, ExecutionReport::status,
        ExecutionReport::type, ExecutionReport::clientOrderId).containsExactly(ExecutionType.NEW, OrderStatus.NEW,
        OrderType.MARKET, placed.clientOrderId());
    take(AccountPosition.class);
    assertThat(take(ExecutionReport.class)).extracting(ExecutionReport::orderId, ExecutionReport::executionType,
        ExecutionReport::status, ExecutionReport::lastExecutedPrice, ExecutionReport::cumulativeFilledQuantity,
        ExecutionReport::maker, ExecutionReport::onBook).containsExactly(placed.orderId(), ExecutionType.TRADE,
        OrderStatus.FILLED, d("40000.00000000"), d("0.05000000"), false, false);
    assertThat(balances(take(AccountPosition.class))).containsExactly(Tuple.tuple("BTC", d("0.05000000"), d("0E-8")),
        Tuple.tuple("USDT", d("8000.00000000"), d("0E-8")));
  }

  @Test
  void aCancelNamesTheCancelRequestsIdAndTheOrdersOwn() throws Exception {
    OrderResult placed = client.spot().trading().newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("30000"))
        .clientOrderId("bot-2").build());
    take(ExecutionReport.class);
    take(AccountPosition.class);
    client.spot().trading().cancelOrder(dev.signet.binance.spot.OrderRef.byId("BTCUSDT", placed.orderId()));
    assertThat(take(ExecutionReport.class)).extracting(ExecutionReport::orderId, ExecutionReport::executionType,
        ExecutionReport::status, ExecutionReport::clientOrderId, ExecutionReport::originalClientOrderId,
        ExecutionReport::cumulativeFilledQuantity, ExecutionReport::onBook)
        .containsExactly(placed.orderId(), ExecutionType.CANCELED, OrderStatus.CANCELED, "cancel-" + placed.orderId(),
            "bot-2", d("0E-8"), false);
    assertThat(balances(take(AccountPosition.class))).containsExactly(Tuple.tuple("BTC", d("0E-8"), d("0E-8")),
        Tuple.tuple("USDT", d("10000.00000000"), d("0E-8")));
  }

  @Test
  void anImmediateOrCancelLimitThePriceDoesNotReachExpires() throws Exception {
    OrderResult placed = client.spot().trading().newOrder(NewOrder.limit("BTCUSDT", OrderSide.BUY, d("0.1"), d("30000"))
        .timeInForce(TimeInForce.IOC).build());
    assertThat(take(ExecutionReport.class).executionType()).isEqualTo(ExecutionType.NEW);
    take(AccountPosition.class);
    assertThat(take(ExecutionReport.class)).extracting(ExecutionReport::orderId, ExecutionReport::executionType,
        ExecutionReport::status, ExecutionReport::timeInForce)
        .containsExactly(placed.orderId(), ExecutionType.EXPIRED, OrderStatus.EXPIRED, TimeInForce.IOC);
    assertThat(balances(take(AccountPosition.class))).containsExactly(Tuple.tuple("BTC", d("0E-8"), d("0E-8")),
        Tuple.tuple("USDT", d("10000.00000000"), d("0E-8")));
  }
}
