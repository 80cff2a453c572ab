package dev.signet.kraken.stream;

import static dev.signet.kraken.stream.KrakenStreamsTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.signet.core.RateLimiter;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.FakeKrakenStreams;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The executions snapshot (snap_orders, snap_trades), the per-connection sequence and the balances channel, from FakeKraken's state. */
class KrakenAccountFeedsFromFakeTest {
  private static final String KEY = "feeds-key";
  private static final String SECRET = TestKeys.krakenPrivateKey();
  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
  private static final String TRADE = "T00001-07919-104729"; // the fake's first trade txid

  private final FakeKraken fake = FakeKraken.builder().key(KEY, SECRET).clock(FakeClock.frozenAt(NOW))
      .pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
      .balance("ZUSD", new BigDecimal("10000")).build();
  private final FakeKrakenStreams streamsFake = new FakeKrakenStreams();
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

  @Test
  void aSubscriptionGetsTheRecentFillsAndTheOpenOrdersFirstAndEachConnectionNumbersFromOne() throws Exception {
    String filled = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000"))
        .clientOrderId("grid-1").build()).txid().get(0);
    fake.setPrice("XBTUSD", new BigDecimal("38990"));
    String resting = kraken.addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.05"), new BigDecimal("35000"))
        .clientOrderId("grid-2").build()).txid().get(0);
    streamsFake.publishExecutionsFrom(fake);
    Subscription<ExecutionsMessage> executions = streams.executions(ExecutionsOptions.builder().snapTrades(true).build());

    ExecutionsMessage snapshot = event(executions);
    assertThat(snapshot.type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertThat(snapshot.sequence()).isEqualTo(1L);
    assertThat(snapshot.data()).extracting(ExecutionEvent::orderId, ExecutionEvent::execType, ExecutionEvent::orderStatus,
        ExecutionEvent::execId, ExecutionEvent::lastQty, ExecutionEvent::cumQty, ExecutionEvent::limitPrice).containsExactly(
        tuple(filled, "trade", "filled", TRADE, new BigDecimal("0.1"), new BigDecimal("0.1"), new BigDecimal("39000")),
        tuple(resting, "new", "new", null, null, BigDecimal.ZERO, new BigDecimal("35000")));
    assertThat(streamsFake.received().get(0)).isEqualTo("{\"method\":\"subscribe\",\"params\":{\"channel\":\"executions\","
        + "\"snap_trades\":true,\"token\":\"fake-ws-token-1\"},\"req_id\":1}");

    streamsFake.disconnectAll();
    assertThat(KrakenStreamsTest.gap(executions).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    ExecutionsMessage again = event(executions);
    assertThat(again.type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertThat(again.sequence()).as("a new connection counts from 1").isEqualTo(1L);
    assertThat(again.data()).extracting(ExecutionEvent::orderId).containsExactly(filled, resting);
    kraken.trading().cancelOrder(resting);
    ExecutionsMessage cancel = event(executions);
    assertThat(cancel.sequence()).isEqualTo(2L);
    assertThat(cancel.data()).extracting(ExecutionEvent::orderId, ExecutionEvent::execType, ExecutionEvent::reason)
        .containsExactly(tuple(resting, "canceled", "User requested"));
    assertThat(executions.poll(Duration.ofMillis(100))).isEmpty();
  }

  @Test
  void theBalancesChannelIsTheLedgersSnapshotThenEachLegOfAFill() throws Exception {
    streamsFake.publishBalancesFrom(fake);
    Subscription<BalancesMessage> balances = streams.balances();
    BalancesMessage snapshot = event(balances);
    assertThat(snapshot.type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertThat(snapshot.sequence()).isEqualTo(1L);
    assertThat(snapshot.data()).containsExactly(new BalanceEvent("USD", "currency", new BigDecimal("10000"),
        List.of(new BalanceEvent.Wallet("spot", "main", new BigDecimal("10000"))), null, null, null, null, null, null, null,
        null, null));

    kraken.addOrder(AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.01")).build());
    BalancesMessage usd = event(balances);
    BalancesMessage btc = event(balances);
    assertThat(List.of(usd.type(), btc.type())).containsOnly(BookMessage.Type.UPDATE);
    assertThat(List.of(usd.sequence(), btc.sequence())).containsExactly(2L, 3L);
    assertThat(usd.data()).containsExactly(new BalanceEvent("USD", "currency", new BigDecimal("9598.96"), List.of(),
        "L00001-07919-104729", TRADE, NOW, "trade", "trade", "spot", "main", new BigDecimal("-400"), new BigDecimal("1.04")));
    assertThat(btc.data()).containsExactly(new BalanceEvent("BTC", "currency", new BigDecimal("0.01"), List.of(),
        "L00002-15838-209458", TRADE, NOW, "trade", "trade", "spot", "main", new BigDecimal("0.01"), BigDecimal.ZERO));
    assertThat(balances.poll(Duration.ofMillis(100))).isEmpty();
  }
}
