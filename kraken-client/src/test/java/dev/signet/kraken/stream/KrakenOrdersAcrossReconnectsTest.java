package dev.signet.kraken.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.RateLimiter;
import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.KrakenOrder;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.FakeKrakenStreams;
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
 * The proof that a bot loses no Kraken order change across the executions stream's reconnects: it
 * places, cancels and fills (by price moves) many orders at FakeKraken while the fake drops the stream
 * five times mid-flight (what happens while no connection is subscribed is lost, as on Kraken), and
 * acts only on what {@link KrakenOrderReconciler} answers. At the end its view of every order equals
 * FakeKraken's, some of it came from reconciliation, and it never acted twice on one state.
 */
class KrakenOrdersAcrossReconnectsTest {
  private static final String KEY = "reconcile-key";
  private static final String SECRET = TestKeys.krakenPrivateKey();

  private final FakeKraken fake = FakeKraken.builder().key(KEY, SECRET)
      .clock(FakeClock.frozenAt(Instant.parse("2026-12-03T12:00:00Z")))
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
      .balance("ZUSD", new BigDecimal("1000000")).balance("XXBT", new BigDecimal("100")).build();
  private final FakeKrakenStreams streamsFake = new FakeKrakenStreams();
  private final KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
      .baseUrl(fake.baseUrl()).rateLimiter(RateLimiter.unlimited()).tradingLimits(false).build();
  private final KrakenStreams streams = KrakenStreams.privateStreams(kraken).baseUrl(streamsFake.baseUrl())
      .options(StreamOptions.builder().controlMessagesPerSecond(100).reconnect(RetryPolicy.builder()
          .initialBackoff(Duration.ofMillis(300)).maxBackoff(Duration.ofMillis(300)).jitter(0).build()).build()).build();
  private final KrakenOrderReconciler reconciler = KrakenOrderReconciler.over(kraken.accountData());
  private final List<KrakenOrderUpdate> actedOn = new ArrayList<>();
  private dev.signet.core.stream.Subscription<ExecutionsMessage> executions;
  private int gaps;

  @AfterEach
  void stop() {
    streams.close();
    kraken.close();
    streamsFake.close();
    fake.close();
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  /** Takes every item until the stream is quiet for 15 ms, acting on what the reconciler answers. */
  private void drain() throws InterruptedException {
    for (Optional<StreamItem<ExecutionsMessage>> item = executions.poll(Duration.ofMillis(15)); item.isPresent();
        item = executions.poll(Duration.ofMillis(15))) {
      if (item.get() instanceof StreamItem.Gap<ExecutionsMessage>) {
        gaps++;
      }
      actedOn.addAll(reconciler.accept(item.get()));
    }
  }

  private String place(AddOrder order) {
    String txid = kraken.addOrder(order).txid().get(0);
    reconciler.track(txid); // the recipe: its pending_new and new may be lost
    return txid;
  }

  private void cancel(String txid) {
    try {
      kraken.trading().cancelOrder(txid);
    } catch (KrakenApiException e) {
      assertThat(e.errors()).containsExactly("EOrder:Unknown order"); // a price move filled it first
    }
  }

  @RepeatedTest(3)
  void everyOrderChangeReachesTheBotOnceThroughReportsOrReconciliation() throws Exception {
    streamsFake.publishExecutionsFrom(fake);
    executions = streams.executions();
    streamsFake.awaitSubscribed("executions", 1);
    List<String> resting = new ArrayList<>();
    int disconnects = 0;
    for (int i = 0; i < 60; i++) {
      if (i % 12 == 5) {
        streamsFake.disconnectAll(); // the next steps happen while the stream is down: their reports are lost
        disconnects++;
      }
      BigDecimal price = d("40000").subtract(BigDecimal.valueOf(10L * (i % 7 + 1)));
      switch (i % 4) {
        case 0, 1 -> resting.add(place(AddOrder.limit("XBTUSD", Side.BUY, d("0.01"), price).build()));
        case 2 -> place(AddOrder.market("XBTUSD", Side.SELL, d("0.02")).build());
        default -> cancel(resting.remove(0));
      }
      if (i % 10 == 9) {
        fake.setPrice("XBTUSD", d("39950")); // fills the resting buys at or above it
        fake.setPrice("XBTUSD", d("40000"));
      }
      drain();
    }
    streamsFake.awaitSubscribed("executions", 1);
    String sentinel = place(AddOrder.limit("XBTUSD", Side.BUY, d("0.01"), d("30000")).build());
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!(reconciler.orders().containsKey(sentinel) && reconciler.orders().get(sentinel).state()
        == KrakenOrderUpdate.State.OPEN) && System.nanoTime() < deadline) {
      drain();
    }

    List<String> txids = new ArrayList<>(reconciler.orders().keySet());
    Map<String, List<Object>> fakes = new LinkedHashMap<>();
    for (int i = 0; i < txids.size(); i += 50) {
      for (Map.Entry<String, KrakenOrder> e : kraken.accountData().queryOrders(txids.subList(i, Math.min(txids.size(), i + 50)))
          .entrySet()) {
        KrakenOrderUpdate u = KrakenOrderUpdate.of(e.getKey(), e.getValue());
        fakes.put(e.getKey(), List.of(u.state(), u.cumQty().stripTrailingZeros(), u.orderQty().stripTrailingZeros()));
      }
    }
    Map<String, List<Object>> bots = new LinkedHashMap<>();
    reconciler.orders().forEach((id, u) -> bots.put(id, List.of(u.state(), u.cumQty().stripTrailingZeros(),
        u.orderQty().stripTrailingZeros())));
    assertThat(bots).hasSize(46);
    assertThat(bots).isEqualTo(fakes);
    assertThat(kraken.accountData().openOrders().keySet()).containsExactlyInAnyOrderElementsOf(
        bots.entrySet().stream().filter(e -> e.getValue().get(0) == KrakenOrderUpdate.State.OPEN).map(Map.Entry::getKey)
            .toList());
    assertThat(bots.values()).extracting(v -> v.get(0)).contains(KrakenOrderUpdate.State.FILLED,
        KrakenOrderUpdate.State.CANCELED, KrakenOrderUpdate.State.OPEN);

    assertThat(gaps).isGreaterThanOrEqualTo(disconnects).isEqualTo(5);
    assertThat(actedOn).filteredOn(KrakenOrderUpdate::reconciled).isNotEmpty();
    assertThat(actedOn).filteredOn(u -> !u.reconciled()).isNotEmpty();
    Set<List<Object>> states = new HashSet<>();
    for (KrakenOrderUpdate u : actedOn) {
      assertThat(states.add(List.of(u.orderId(), u.state(), u.cumQty().stripTrailingZeros(),
          u.orderQty() == null ? "?" : u.orderQty().stripTrailingZeros()))).as("acted twice on %s", u).isTrue();
    }
  }
}
