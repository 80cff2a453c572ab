package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.futures.trade.FuturesOrder;
import dev.signet.binance.futures.trade.NewFuturesOrder;
import dev.signet.binance.futures.userdata.FuturesUserEvent;
import dev.signet.binance.futures.userdata.OrderTradeUpdate;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeBinanceStreams;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeFutures;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The resumed signal after a gap of the USD-M user data stream, and a {@code -1125} keep-alive:
 * {@link FuturesOrderReconciler#resumed()} says {@code PROVEN} when the REST reads after a
 * reconnect found nothing the stream had not told, {@code RECONCILED} with the count when they
 * found a fill made while the stream was down; a key Binance forgot is replaced, the events the old
 * key had delivered are handed on before the gap, and the fill made meanwhile is reconciled.
 */
class FuturesResumeTest {
  private static final String SYMBOL = "BTCUSDT";
  private static final String LOST = "Binance USD-M user data stream connection lost: closed by the server: 1011 "
      + "the fake dropped the connection";
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.frozenAt(Instant.parse("2026-11-01T00:00:00Z"));
  private final FakeFutures futures = FakeFutures.withBalance(d("100000")).market(SYMBOL, d("40000"), d("0.10"),
      d("0.001"));
  private final FakeBinance rest = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock).futures(futures).build();
  private final FakeBinanceStreams streams = new FakeBinanceStreams().publishFuturesUserData(futures);
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .futuresBaseUrl(rest.baseUrl()).clock(clock).build();
  private final FuturesOrderReconciler reconciler = FuturesOrderReconciler.over(client.futures().orders());
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

  private void connect(Duration keepAlive) throws InterruptedException {
    user = FuturesUserDataStream.builder(client.futures().userStream()).baseUrl(streams.baseUrl())
        .keepAliveEvery(keepAlive).options(StreamOptions.builder().reconnect(RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(100)).jitter(0).build()).build())
        .build();
    String key = activeKey();
    await(() -> streams.userDataConnections(key) == 1, "the user data connection");
  }

  /** The fake's active key: a POST returns it again, as Binance does. */
  private String activeKey() {
    return client.futures().userStream().start();
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private FuturesOrder bid(String price) {
    FuturesOrder o = client.futures().trading().newOrder(NewFuturesOrder.limit(SYMBOL, OrderSide.BUY, d("0.010"),
        d(price)).build());
    reconciler.track(o.symbol(), o.orderId());
    return o;
  }

  private static FuturesOrderUpdate state(FuturesOrder o, OrderStatus status, String executed, String average,
      boolean reconciled) {
    return new FuturesOrderUpdate(SYMBOL, o.orderId(), o.clientOrderId(), OrderSide.BUY, status, d("0.010"),
        d(executed), d(average), reconciled);
  }

  /** Takes the next item and hands it to the reconciler. */
  private List<FuturesOrderUpdate> acceptNext(Class<?> expected) throws InterruptedException {
    StreamItem<FuturesUserEvent> item = next(user.events());
    if (expected == StreamItem.Gap.class) {
      assertThat(item).isInstanceOf(StreamItem.Gap.class);
    } else {
      assertThat(item).isInstanceOf(StreamItem.Event.class);
      assertThat(((StreamItem.Event<FuturesUserEvent>) item).value()).isInstanceOf(expected);
    }
    return reconciler.accept(item);
  }

  @Test
  void aReconnectThatMissedNothingResumesProven() throws Exception {
    connect(Duration.ofMinutes(30));
    FuturesOrder first = bid("39000");
    assertThat(acceptNext(OrderTradeUpdate.class)).containsExactly(state(first, OrderStatus.NEW, "0", "0", false));
    streams.disconnectAll();

    assertThat(acceptNext(StreamItem.Gap.class)).isEmpty();
    assertThat(reconciler.resumed()).isEmpty(); // not yet: no event has proved the stream back
    await(() -> streams.userDataConnections(activeKey()) == 1, "the reconnection");
    FuturesOrder second = bid("38000");
    assertThat(acceptNext(OrderTradeUpdate.class)).containsExactly(state(second, OrderStatus.NEW, "0", "0", false));
    assertThat(reconciler.resumed()).contains(new Resumption(Resumption.Continuity.PROVEN, 0,
        StreamItem.Reason.DISCONNECTED, LOST));
    bid("37000");
    acceptNext(OrderTradeUpdate.class);
    assertThat(reconciler.resumed()).isEmpty(); // one resumption per gap
  }

  @Test
  void aFillWhileDisconnectedIsReconciledAndTheResumptionSaysSo() throws Exception {
    connect(Duration.ofMinutes(30));
    FuturesOrder first = bid("39000");
    acceptNext(OrderTradeUpdate.class);
    streams.disconnectAll();
    futures.setMarkPrice(SYMBOL, d("39000")); // fills it while no connection listens: its TRADE is lost

    assertThat(acceptNext(StreamItem.Gap.class)).containsExactly(state(first, OrderStatus.FILLED, "0.010", "39000.00000",
        true));
    await(() -> streams.userDataConnections(activeKey()) == 1, "the reconnection");
    FuturesOrder second = bid("38000");
    assertThat(acceptNext(OrderTradeUpdate.class)).containsExactly(state(second, OrderStatus.NEW, "0", "0", false));
    assertThat(reconciler.resumed()).contains(new Resumption(Resumption.Continuity.RECONCILED, 1,
        StreamItem.Reason.DISCONNECTED, LOST));
  }

  @Test
  void aKeyBinanceForgotIsReplacedTheOldKeysEventsComeFirstAndTheFillMeanwhileIsReconciled() throws Exception {
    connect(Duration.ofMillis(300));
    String firstKey = activeKey();
    FuturesOrder first = bid("39000");
    Thread.sleep(100); // its NEW reaches the old key's queue, not taken yet
    client.futures().userStream().close(); // Binance forgets the key: the next keep-alive is answered -1125
    futures.setMarkPrice(SYMBOL, d("39000")); // no key in force: the TRADE is lost

    assertThat(acceptNext(OrderTradeUpdate.class)).containsExactly(state(first, OrderStatus.NEW, "0", "0", false));
    StreamItem<FuturesUserEvent> gap = next(user.events());
    assertThat(gap).isEqualTo(new StreamItem.Gap<FuturesUserEvent>(StreamItem.Reason.DISCONNECTED,
        "Binance USD-M user data stream: the listen key no longer exists (-1125 to the keep-alive); a new listen key "
            + "is connected, events in between may be missing"));
    assertThat(reconciler.accept(gap)).containsExactly(state(first, OrderStatus.FILLED, "0.010", "39000.00000", true));
    String secondKey = activeKey();
    assertThat(secondKey).isNotEqualTo(firstKey);
    await(() -> streams.userDataConnections(secondKey) == 1, "the new key's connection");
    FuturesOrder second = bid("38000");
    assertThat(acceptNext(OrderTradeUpdate.class)).containsExactly(state(second, OrderStatus.NEW, "0", "0", false));
    assertThat(reconciler.resumed()).map(Resumption::continuity).contains(Resumption.Continuity.RECONCILED);
    assertThat(reconciler.resumed()).map(Resumption::reconciled).contains(1);
  }
}
