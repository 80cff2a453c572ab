package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.futures.trade.FuturesOrder;
import dev.signet.binance.futures.trade.NewFuturesOrder;
import dev.signet.binance.futures.userdata.FuturesUserEvent;
import dev.signet.binance.spot.OrderRef;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The USD-M proof that a bot loses no order change across the user stream's reconnects: it places,
 * cancels and fills (market orders, and mark moves through resting limits) many orders at
 * FakeFutures while the fake drops the stream 5 times mid-flight (what happens while no connection
 * is subscribed is lost, as on Binance), and acts only on what {@link FuturesOrderReconciler}
 * answers from the stream's items. At the end its view of every order equals FakeFutures', some of
 * it came from reconciliation (marked so), and it never acted twice on one state.
 */
class FuturesOrdersAcrossReconnectsTest {
  private static final String SYMBOL = "BTCUSDT";
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.frozenAt(Instant.parse("2026-11-01T00:00:00Z"));
  private final FakeFutures futures = FakeFutures.withBalance(d("1000000")).market(SYMBOL, d("40000"), d("0.10"),
      d("0.001"));
  private final FakeBinance rest = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock).futures(futures).build();
  private final FakeBinanceStreams streams = new FakeBinanceStreams().publishFuturesUserData(futures);
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .futuresBaseUrl(rest.baseUrl()).clock(clock).build();
  private final FuturesUserDataStream user = FuturesUserDataStream.builder(client.futures().userStream())
      .baseUrl(streams.baseUrl()).options(StreamOptions.builder().reconnect(RetryPolicy.builder()
          .initialBackoff(Duration.ofMillis(100)).maxBackoff(Duration.ofMillis(100)).jitter(0).build()).build()).build();
  private final String key = client.futures().userStream().start(); // the active key, returned again
  private final FuturesOrderReconciler reconciler = FuturesOrderReconciler.over(client.futures().orders());
  private final List<FuturesOrderUpdate> actedOn = new ArrayList<>();
  private final List<Long> placed = new ArrayList<>();
  private final List<Resumption> resumptions = new ArrayList<>();
  private int gaps;

  @AfterEach
  void stop() {
    user.close();
    client.close();
    streams.close();
    rest.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  private void awaitConnected() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (streams.userDataConnections(key) != 1) {
      assertThat(System.nanoTime()).as("the user data connection").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  /** Takes every item until the stream is quiet for 15 ms, acting on what the reconciler answers. */
  private void drain() throws InterruptedException {
    for (Optional<StreamItem<FuturesUserEvent>> item = user.events().poll(Duration.ofMillis(15)); item.isPresent();
        item = user.events().poll(Duration.ofMillis(15))) {
      if (item.get() instanceof StreamItem.Gap<FuturesUserEvent>) {
        gaps++;
      }
      actedOn.addAll(reconciler.accept(item.get()));
      reconciler.resumed().ifPresent(resumptions::add);
    }
  }

  private FuturesOrder place(NewFuturesOrder order) {
    FuturesOrder o = client.futures().trading().newOrder(order);
    reconciler.track(o.symbol(), o.orderId()); // the recipe: its NEW may be lost
    placed.add(o.orderId());
    return o;
  }

  private void cancel(long orderId) {
    try {
      client.futures().trading().cancelOrder(OrderRef.byId(SYMBOL, orderId));
    } catch (BinanceApiException e) {
      assertThat(e.code()).isEqualTo(-2011); // a mark move filled it first
    }
  }

  @RepeatedTest(2)
  void everyOrderChangeReachesTheBotOnceThroughEventsOrReconciliation() throws Exception {
    awaitConnected();
    List<Long> resting = new ArrayList<>();
    int disconnects = 0;
    for (int i = 0; i < 60; i++) {
      if (i % 12 == 5) {
        awaitConnected();
        streams.disconnectAll(); // the next steps happen while the stream is down: their events are lost
        disconnects++;
      }
      BigDecimal price = d("40000").subtract(BigDecimal.valueOf(10L * (i % 7 + 1)));
      switch (i % 4) {
        case 0, 1 -> resting.add(place(NewFuturesOrder.limit(SYMBOL, OrderSide.BUY, d("0.010"), price).build()).orderId());
        case 2 -> place(NewFuturesOrder.market(SYMBOL, OrderSide.SELL, d("0.020")).build());
        default -> cancel(resting.remove(0));
      }
      if (i % 10 == 9) {
        futures.setMarkPrice(SYMBOL, d("39950")); // fills the resting BUYs at or above it
        futures.setMarkPrice(SYMBOL, d("40000"));
      }
      drain();
    }
    awaitConnected();
    FuturesOrder sentinel = place(NewFuturesOrder.limit(SYMBOL, OrderSide.BUY, d("0.010"), d("30000")).build());
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!reconciler.orders().containsKey(sentinel.orderId())) {
      assertThat(System.nanoTime()).as("the sentinel's NEW").isLessThan(deadline);
      drain();
    }

    Map<Long, List<Object>> fakes = new LinkedHashMap<>();
    for (long id : placed) {
      FuturesOrder o = client.futures().orders().order(OrderRef.byId(SYMBOL, id));
      fakes.put(id, List.of(o.status(), o.executedQty().stripTrailingZeros(), o.origQty().stripTrailingZeros()));
    }
    Map<Long, List<Object>> bots = new LinkedHashMap<>();
    reconciler.orders().forEach((id, u) -> bots.put(id, List.of(u.status(), u.executedQty().stripTrailingZeros(),
        u.origQty().stripTrailingZeros())));
    assertThat(fakes).hasSize(46);
    assertThat(bots).isEqualTo(fakes);
    assertThat(fakes.values()).extracting(v -> v.get(0)).contains(OrderStatus.FILLED, OrderStatus.CANCELED,
        OrderStatus.NEW);

    assertThat(disconnects).isEqualTo(5);
    assertThat(gaps).isEqualTo(5);
    assertThat(resumptions).hasSize(5).allMatch(r -> r.gap() == StreamItem.Reason.DISCONNECTED);
    assertThat(resumptions).extracting(Resumption::continuity).contains(Resumption.Continuity.RECONCILED);
    assertThat(resumptions.stream().mapToInt(Resumption::reconciled).sum())
        .isEqualTo((int) actedOn.stream().filter(FuturesOrderUpdate::reconciled).count());
    assertThat(actedOn).filteredOn(FuturesOrderUpdate::reconciled).isNotEmpty();
    assertThat(actedOn).filteredOn(u -> !u.reconciled()).isNotEmpty();
    Set<List<Object>> states = new HashSet<>();
    for (FuturesOrderUpdate u : actedOn) {
      assertThat(states.add(List.of(u.orderId(), u.status(), u.executedQty().stripTrailingZeros(),
          u.origQty().stripTrailingZeros()))).as("acted twice on %s", u).isTrue();
    }
  }
}
