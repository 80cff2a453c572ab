package dev.signet.kraken.stream;

import static dev.signet.kraken.stream.KrakenStreamsTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.RateLimiter;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenOrderRejectedException;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AmendOrder;
import dev.signet.kraken.trading.CancelOrderResult;
import dev.signet.kraken.trading.EditOrder;
import dev.signet.kraken.trading.KrakenOrder;
import dev.signet.kraken.trading.OrderStatus;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import dev.signet.kraken.trading.TimeInForce;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.FakeKrakenStreams;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/** Orders placed, filled, amended and cancelled at FakeKraken through the typed client come back as typed executions updates. */
class KrakenExecutionsFromFakeTest {
  private static final String KEY = "executions-key";
  private static final String SECRET = TestKeys.krakenPrivateKey();
  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  private final FakeKraken fake = FakeKraken.builder().key(KEY, SECRET).clock(FakeClock.frozenAt(NOW))
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
      .balance("ZUSD", new BigDecimal("10000")).build();
  private final FakeKrakenStreams streamsFake = new FakeKrakenStreams();
  // the fake does not count calls; the client's own counter would make the test wait for its decay
  private final KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
      .baseUrl(fake.baseUrl()).rateLimiter(RateLimiter.unlimited()).build();
  private final KrakenStreams streams = KrakenStreams.privateStreams(kraken).baseUrl(streamsFake.baseUrl())
      .options(KrakenStreamsTest.fast(StreamOptions.builder()).build()).build();

  @AfterEach
  void stop() {
    streams.close();
    kraken.close();
    streamsFake.close();
    fake.close();
  }

  @RepeatedTest(3)
  void aRestingLimitFilledByAPriceMoveAndACancelledOrderArePublishedInOrderWithRisingSequence() throws Exception {
    streamsFake.publishExecutionsFrom(fake);
    Subscription<ExecutionsMessage> executions = streams.executions();
    streamsFake.awaitSubscribed("executions", 1);
    assertThat(streamsFake.tokens()).containsExactly("fake-ws-token-1");

    String filled = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000"))
        .clientOrderId("grid-1").build()).txid().get(0);
    fake.setPrice("XBTUSD", new BigDecimal("38990"));
    String cancelled = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.05"), new BigDecimal("35000"))
        .clientOrderId("grid-2").build()).txid().get(0);
    assertThat(kraken.trading().cancelOrder(cancelled)).isEqualTo(new CancelOrderResult(1, false));

    String trade = "T00001-07919-104729"; // the fake's first trade txid
    snapshot(executions);
    assertThat(next(executions, 2)).isEqualTo(report(filled, "grid-1", "pending_new", "pending_new", "0.1", "39000", "0", "0", "0", null, null));
    assertThat(next(executions, 3)).isEqualTo(report(filled, "grid-1", "new", "new", "0.1", "39000", "0", "0", "0", null, null));
    assertThat(next(executions, 4)).isEqualTo(report(filled, "grid-1", "trade", "filled", "0.1", "39000", "0.1", "3900", "39000",
        new Fill(trade, 1L, "0.1", "39000", "m", "3900", "6.24"), null));
    assertThat(next(executions, 5)).isEqualTo(report(filled, "grid-1", "filled", "filled", "0.1", "39000", "0.1", "3900", "39000",
        null, null));
    assertThat(next(executions, 6)).isEqualTo(report(cancelled, "grid-2", "pending_new", "pending_new", "0.05", "35000", "0", "0", "0", null,
        null));
    assertThat(next(executions, 7)).isEqualTo(report(cancelled, "grid-2", "new", "new", "0.05", "35000", "0", "0", "0", null,
        null));
    assertThat(next(executions, 8)).isEqualTo(report(cancelled, "grid-2", "canceled", "canceled", "0.05", "35000", "0", "0", "0",
        null, "User requested"));
    assertThat(executions.poll(Duration.ofMillis(50))).isEmpty();
  }

  @RepeatedTest(3)
  void anAmendIsPublishedAmendedAndAMarketOrderTradesAsTakerAtThePrice() throws Exception {
    streamsFake.publishExecutionsFrom(fake);
    Subscription<ExecutionsMessage> executions = streams.executions();
    streamsFake.awaitSubscribed("executions", 1);
    String resting = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.05"), new BigDecimal("35000"))
        .clientOrderId("grid-3").build()).txid().get(0);
    kraken.trading().amendOrder(AmendOrder.txid("XBTUSD", resting).limitPrice(new BigDecimal("36000")).build());
    String market = kraken.addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.01")).clientOrderId("m-1").build())
        .txid().get(0);

    snapshot(executions);
    assertThat(next(executions, 2)).isEqualTo(report(resting, "grid-3", "pending_new", "pending_new", "0.05", "35000", "0", "0", "0", null, null));
    assertThat(next(executions, 3)).isEqualTo(report(resting, "grid-3", "new", "new", "0.05", "35000", "0", "0", "0", null, null));
    assertThat(next(executions, 4)).isEqualTo(report(resting, "grid-3", "amended", "new", "0.05", "36000", "0", "0", "0", null,
        null));
    assertThat(next(executions, 5)).isEqualTo(report(market, "m-1", OrderType.MARKET, "pending_new", "pending_new", "0.01", null, "0", "0", "0",
        null, null));
    assertThat(next(executions, 6)).isEqualTo(report(market, "m-1", OrderType.MARKET, "new", "new", "0.01", null, "0", "0", "0",
        null, null));
    assertThat(next(executions, 7)).isEqualTo(report(market, "m-1", OrderType.MARKET, "trade", "filled", "0.01", null, "0.01",
        "400", "40000", new Fill("T00001-07919-104729", 1L, "0.01", "40000", "t", "400", "1.04"), null));
    assertThat(next(executions, 8)).isEqualTo(report(market, "m-1", OrderType.MARKET, "filled", "filled", "0.01", null, "0.01",
        "400", "40000", null, null));
    assertThat(executions.poll(Duration.ofMillis(50))).isEmpty();
  }

  @RepeatedTest(3)
  void aRefusedEditLeavesTheOldOrderOpenAsItWasAndPublishesNothing() throws Exception {
    streamsFake.publishExecutionsFrom(fake);
    Subscription<ExecutionsMessage> executions = streams.executions();
    streamsFake.awaitSubscribed("executions", 1);
    String txid = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000"))
        .clientOrderId("grid-4").build()).txid().get(0);

    // 0.3 at 39000 holds 11700 USD: more than the 6100 free plus the 3900 the old order holds
    assertThatThrownBy(() -> kraken.trading().editOrder(EditOrder.txid("XBTUSD", txid).volume(new BigDecimal("0.3")).build()))
        .isInstanceOfSatisfying(KrakenOrderRejectedException.class,
            e -> assertThat(e.errors()).containsExactly("EOrder:Insufficient funds"));

    KrakenOrder old = kraken.accountData().openOrders().get(txid);
    assertThat(kraken.accountData().openOrders().keySet()).containsExactly(txid);
    assertThat(old.status()).isEqualTo(OrderStatus.OPEN);
    assertThat(old.volume()).isEqualByComparingTo("0.1");
    assertThat(old.descr().price()).isEqualByComparingTo("39000");
    assertThat(old.clientOrderId()).isEqualTo("grid-4");
    assertThat(fake.locked("ZUSD")).isEqualByComparingTo("3900");
    snapshot(executions);
    assertThat(next(executions, 2)).isEqualTo(report(txid, "grid-4", "pending_new", "pending_new", "0.1", "39000", "0", "0", "0", null, null));
    assertThat(next(executions, 3)).isEqualTo(report(txid, "grid-4", "new", "new", "0.1", "39000", "0", "0", "0", null, null));
    assertThat(executions.poll(Duration.ofMillis(200))).isEmpty();
  }

  /** The first message: the subscription's snapshot, sequence 1, no open order. */
  private static void snapshot(Subscription<ExecutionsMessage> executions) throws InterruptedException {
    ExecutionsMessage m = event(executions);
    assertThat(m.type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertThat(m.sequence()).isEqualTo(1L);
    assertThat(m.data()).isEmpty();
  }

  /** The next message: one update of one report with {@code sequence}. */
  private static ExecutionEvent next(Subscription<ExecutionsMessage> executions, long sequence) throws InterruptedException {
    ExecutionsMessage m = event(executions);
    assertThat(m.channel()).isEqualTo("executions");
    assertThat(m.type()).isEqualTo(BookMessage.Type.UPDATE);
    assertThat(m.sequence()).isEqualTo(sequence);
    assertThat(m.data()).hasSize(1);
    return m.data().get(0);
  }

  /** A fill's fields of a {@code trade} report. */
  private record Fill(String execId, Long tradeId, String lastQty, String lastPrice, String liquidity, String cost, String fee) {}

  private static ExecutionEvent report(String orderId, String clOrdId, String execType, String status, String qty, String limit,
      String cumQty, String cumCost, String avgPrice, Fill fill, String reason) {
    return report(orderId, clOrdId, OrderType.LIMIT, execType, status, qty, limit, cumQty, cumCost, avgPrice, fill, reason);
  }

  /** A buy's report on BTC/USD at the fake's frozen time; {@code limit} null for a market order. */
  private static ExecutionEvent report(String orderId, String clOrdId, OrderType type, String execType, String status, String qty,
      String limit, String cumQty, String cumCost, String avgPrice, Fill fill, String reason) {
    return new ExecutionEvent(orderId, null, clOrdId, "BTC/USD", Side.BUY, type, new BigDecimal(qty),
        limit == null ? null : new BigDecimal(limit), null, null, TimeInForce.GTC, execType, fill == null ? null : fill.execId(),
        fill == null ? null : fill.tradeId(), fill == null ? null : new BigDecimal(fill.lastQty()),
        fill == null ? null : new BigDecimal(fill.lastPrice()), fill == null ? null : fill.liquidity(),
        fill == null ? null : new BigDecimal(fill.cost()), new BigDecimal(cumQty), new BigDecimal(cumCost),
        new BigDecimal(avgPrice), fill == null ? List.of() : List.of(new ExecutionEvent.Fee("USD", new BigDecimal(fill.fee()))),
        null, null, status, NOW, null, null, null, execType.equals("amended") ? Boolean.TRUE : null, reason, null, null, null);
  }
}
