package dev.signet.binance.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.binance.BinanceApiException;
import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.spot.NewOrder;
import dev.signet.binance.spot.Order;
import dev.signet.binance.spot.OrderRef;
import dev.signet.binance.spot.OrderResult;
import dev.signet.binance.spot.OrderSide;
import dev.signet.binance.spot.OrderStatus;
import dev.signet.binance.spot.account.AllOrdersQuery;
import dev.signet.binance.spot.userdata.SpotUserEvent;
import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeBinanceUserStream;
import dev.signet.testkit.FakeClock;
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
 * The proof that a bot loses no order change across the user stream's reconnects: it places,
 * cancels and fills (by price moves) many orders at FakeBinance while the fake drops the stream
 * several times mid-flight (what happens while no connection is subscribed is lost, as on
 * Binance), and acts only on what {@link SpotOrderReconciler} answers from the stream's items. At
 * the end its view of every order equals FakeBinance's, some of it came from reconciliation, and it
 * never acted twice on one state.
 */
class SpotOrdersAcrossReconnectsTest {
  private static final String SYMBOL = "BTCUSDT";
  private final String secret = TestKeys.binanceSecret();
  private final FakeClock clock = FakeClock.frozenAt(Instant.parse("2026-11-01T00:00:00Z"));
  private final FakeBinance rest = FakeBinance.builder().hmacKey("bot-key", secret).clock(clock)
      .market(SYMBOL, "BTC", "USDT", new BigDecimal("40000")).balance("USDT", new BigDecimal("1000000"))
      .balance("BTC", new BigDecimal("100")).build();
  private final FakeBinanceUserStream fake = new FakeBinanceUserStream(rest);
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .spotBaseUrl(rest.baseUrl()).clock(clock).build();
  private final SpotUserDataStream user = SpotUserDataStream.builder(BinanceCredentials.hmac("bot-key", secret))
      .baseUrl(fake.baseUrl()).clock(clock).options(StreamOptions.builder().controlMessagesPerSecond(100)
          .reconnect(RetryPolicy.builder().initialBackoff(Duration.ofMillis(300)).maxBackoff(Duration.ofMillis(300)).jitter(0).build())
          .build()).build();
  private final SpotOrderReconciler reconciler = SpotOrderReconciler.over(client.spot().accountData());
  private final List<SpotOrderUpdate> actedOn = new ArrayList<>();
  private final List<Resumption> resumptions = new ArrayList<>();
  private int gaps;

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

  /** Takes every item until the stream is quiet for 15 ms, acting on what the reconciler answers. */
  private void drain() throws InterruptedException {
    for (Optional<StreamItem<SpotUserEvent>> item = user.events().poll(Duration.ofMillis(15)); item.isPresent();
        item = user.events().poll(Duration.ofMillis(15))) {
      if (item.get() instanceof StreamItem.Gap<SpotUserEvent>) {
        gaps++;
      }
      actedOn.addAll(reconciler.accept(item.get()));
      reconciler.resumed().ifPresent(resumptions::add);
    }
  }

  private OrderResult place(NewOrder order) {
    OrderResult placed = client.spot().trading().newOrder(order);
    reconciler.track(placed.symbol(), placed.orderId()); // the recipe: its NEW may be lost
    return placed;
  }

  private void cancel(long orderId) {
    try {
      client.spot().trading().cancelOrder(OrderRef.byId(SYMBOL, orderId));
    } catch (BinanceApiException e) {
      assertThat(e.code()).isEqualTo(-2011); // a price move filled it first
    }
  }

  @RepeatedTest(3)
  void everyOrderChangeReachesTheBotOnceThroughEventsOrReconciliation() throws Exception {
    fake.awaitSubscribed(1);
    List<Long> resting = new ArrayList<>();
    int disconnects = 0;
    for (int i = 0; i < 60; i++) {
      if (i % 12 == 5) {
        fake.disconnectAll(); // the next steps happen while the stream is down: their events are lost
        disconnects++;
      }
      BigDecimal price = d("40000").subtract(BigDecimal.valueOf(10L * (i % 7 + 1)));
      switch (i % 4) {
        case 0, 1 -> resting.add(place(NewOrder.limit(SYMBOL, OrderSide.BUY, d("0.01"), price).build()).orderId());
        case 2 -> place(NewOrder.market(SYMBOL, OrderSide.SELL, d("0.02")).build());
        default -> cancel(resting.remove(0));
      }
      if (i % 10 == 9) {
        rest.setPrice(SYMBOL, d("39950")); // fills the resting BUYs at or above it
        rest.setPrice(SYMBOL, d("40000"));
      }
      drain();
    }
    fake.awaitSubscribed(1);
    OrderResult sentinel = place(NewOrder.limit(SYMBOL, OrderSide.BUY, d("0.01"), d("30000")).build());
    while (!reconciler.orders().containsKey(sentinel.orderId())) {
      drain();
    }

    Map<Long, List<Object>> fakes = new LinkedHashMap<>();
    for (Order o : client.spot().accountData().allOrders(AllOrdersQuery.builder(SYMBOL).limit(1000).build())) {
      fakes.put(o.orderId(), List.of(o.status(), o.executedQty(), o.origQty(), o.cummulativeQuoteQty()));
    }
    Map<Long, List<Object>> bots = new LinkedHashMap<>();
    reconciler.orders().forEach((id, u) -> bots.put(id, List.of(u.status(), u.executedQty(), u.origQty(),
        u.cumulativeQuoteQty())));
    assertThat(fakes).hasSize(46).containsOnlyKeys(bots.keySet());
    assertThat(bots).isEqualTo(fakes);
    assertThat(fakes.values()).extracting(v -> v.get(0)).contains(OrderStatus.FILLED, OrderStatus.CANCELED,
        OrderStatus.NEW);

    assertThat(gaps).isGreaterThanOrEqualTo(disconnects).isEqualTo(5);
    assertThat(resumptions).hasSizeBetween(1, 5).allMatch(r -> r.gap() == StreamItem.Reason.DISCONNECTED);
    assertThat(resumptions).extracting(Resumption::continuity).contains(Resumption.Continuity.RECONCILED);
    assertThat(actedOn).filteredOn(SpotOrderUpdate::reconciled).isNotEmpty();
    assertThat(actedOn).filteredOn(u -> !u.reconciled()).isNotEmpty();
    Set<List<Object>> states = new HashSet<>();
    for (SpotOrderUpdate u : actedOn) {
      assertThat(states.add(List.of(u.orderId(), u.status(), u.executedQty(), u.origQty())))
          .as("acted twice on %s", u).isTrue();
    }
  }
}
