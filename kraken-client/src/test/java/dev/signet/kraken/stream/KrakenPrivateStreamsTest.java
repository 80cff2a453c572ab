package dev.signet.kraken.stream;

import static dev.signet.kraken.stream.KrakenBookTest.fixture;
import static dev.signet.kraken.stream.KrakenStreamsTest.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenNonceSource;
import dev.signet.kraken.trading.OrderType;
import dev.signet.kraken.trading.Side;
import dev.signet.kraken.trading.TimeInForce;
import dev.signet.kraken.trading.WebSocketsToken;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKrakenStreams;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KrakenPrivateStreamsTest {
  private static final String KEY = "kApiKeyForTests0123456789";
  // the private key of Kraken's "Spot REST Authentication" example (a published test vector)
  private static final String SECRET =
      "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
  private final FakeKrakenStreams fake = new FakeKrakenStreams();
  private final FakeClock clock = FakeClock.at(Instant.parse("2026-12-03T12:00:00Z"));
  private final AtomicInteger fetched = new AtomicInteger();
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    fake.close();
  }

  private WebSocketsToken nextToken() {
    return new WebSocketsToken("token-" + fetched.incrementAndGet(), Duration.ofSeconds(900));
  }

  private KrakenStreams streams(KrakenStreams.Builder builder) {
    KrakenStreams s = builder.baseUrl(fake.baseUrl()).clock(clock)
        .options(KrakenStreamsTest.fast(StreamOptions.builder()).build()).build();
    open.add(s);
    return s;
  }

  private void awaitReceived(int count) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (fake.received().size() < count && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(fake.received()).hasSize(count);
  }

  private static String subscribe(String channel, String token, int id) {
    return "{\"method\":\"subscribe\",\"params\":{\"channel\":\"" + channel + "\",\"token\":\"" + token + "\"},\"req_id\":"
        + id + "}";
  }

  @Test
  void executionsSubscribeWithTheTokenAndTheDocsExampleDecodesExactly() throws Exception {
    KrakenStreams streams = streams(KrakenStreams.privateStreams(this::nextToken));
    Subscription<ExecutionsMessage> executions = streams.executions();
    fake.awaitSubscribed("executions", 1);
    assertThat(fake.received()).containsExactly(subscribe("executions", "token-1", 1));

    fake.publish("executions", fixture("ws_executions_pending.json"));
    assertThat(event(executions)).isEqualTo(new ExecutionsMessage("executions", BookMessage.Type.UPDATE, 8L, List.of(
        new ExecutionEvent("OK4GJX-KSTLS-7DZZO5", 3L, null, "BTC/USD", Side.SELL, OrderType.LIMIT,
            new BigDecimal("0.005"), new BigDecimal("26500.0"), "static", new BigDecimal("0.0"), TimeInForce.GTC,
            "pending_new", null, null, null, null, null, null, null, new BigDecimal("0.0"), null, List.of(),
            new BigDecimal("0.0"), "fciq", "pending_new", Instant.parse("2023-09-22T10:33:05.709950Z"), null, null, null,
            null, null, null, null, null))));
    assertThat(streams.toString()).doesNotContain("token-1");
  }

  @Test
  void balancesSnapshotAndUpdateDecodeExactly() throws Exception {
    Subscription<BalancesMessage> balances = streams(KrakenStreams.privateStreams(this::nextToken)).balances();
    fake.awaitSubscribed("balances", 1);
    fake.publish("balances", fixture("ws_balances_snapshot.json"));
    fake.publish("balances", fixture("ws_balances_update.json"));
    BalancesMessage snapshot = event(balances);
    assertThat(snapshot.type()).isEqualTo(BookMessage.Type.SNAPSHOT);
    assertThat(snapshot.sequence()).isEqualTo(1L);
    assertThat(snapshot.data()).hasSize(3);
    assertThat(snapshot.data().get(1)).isEqualTo(new BalanceEvent("MATIC", "currency", new BigDecimal("500"), List.of(
        new BalanceEvent.Wallet("spot", "main", new BigDecimal("300")),
        new BalanceEvent.Wallet("earn", "flex", new BigDecimal("200"))),
        null, null, null, null, null, null, null, null, null));
    assertThat(snapshot.data().get(2).balance()).isEqualTo(new BigDecimal("80595.4943"));
    assertThat(event(balances)).isEqualTo(new BalancesMessage("balances", BookMessage.Type.UPDATE, 2L, List.of(
        new BalanceEvent("BTC", "currency", new BigDecimal("0.02"), List.of(), "ADKKFF-WEA5A-CNUBHG",
            "AGBWUJRU-LAREZ-W3UFAN", Instant.parse("2023-09-22T10:23:42.925034Z"), "deposit", "deposit", "spot", "main",
            new BigDecimal("0.01"), new BigDecimal("0.0")))));
    assertThat(fake.received()).containsExactly(subscribe("balances", "token-1", 1));
  }

  @Test
  void aFreshTokenIsReusedOneAboutToExpireIsReplacedAndEachConnectionTakesANewOne() throws Exception {
    KrakenStreams streams = streams(KrakenStreams.privateStreams(this::nextToken));
    Subscription<ExecutionsMessage> executions = streams.executions();
    fake.awaitSubscribed("executions", 1);
    clock.advance(Duration.ofMinutes(13));
    streams.balances().close();
    clock.advance(Duration.ofMinutes(1)); // 14 minutes: within a minute of the 15-minute expiry
    streams.balances();
    awaitReceived(4); // the fake has read every message so far (the unsubscribe and the subscribe)
    fake.awaitSubscribed("balances", 1);
    fake.disconnectAll();
    assertThat(KrakenStreamsTest.gap(executions).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    fake.awaitSubscribed("executions", 1);
    fake.awaitSubscribed("balances", 1);
    assertThat(fake.received()).containsExactly(
        subscribe("executions", "token-1", 1), subscribe("balances", "token-1", 2),
        "{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"balances\",\"token\":\"token-1\"},\"req_id\":3}",
        subscribe("balances", "token-2", 4),
        subscribe("executions", "token-3", 5), subscribe("balances", "token-3", 6));
    assertThat(fetched.get()).isEqualTo(3);
  }

  @Test
  void aTokenThatCannotBeFetchedIsRetriedWithTheReconnectBackoff() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    KrakenStreams streams = streams(KrakenStreams.privateStreams(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("EGeneral:Temporary lockout");
      }
      return nextToken();
    }));
    Subscription<ExecutionsMessage> executions = streams.executions();
    fake.awaitSubscribed("executions", 1);
    assertThat(KrakenStreamsTest.gap(executions)).isEqualTo(new StreamItem.Gap<ExecutionsMessage>(
        StreamItem.Reason.DISCONNECTED, "Kraken private streams connection lost: could not subscribe: "
            + "EGeneral:Temporary lockout"));
    assertThat(fake.tokens()).containsExactly("token-1");
    assertThat(fake.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void aTokenFailureAtRunTimeReachesTheCallerAndTheChannelCanBeSubscribedAgain() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    KrakenStreams streams = streams(KrakenStreams.privateStreams(() -> {
      if (calls.incrementAndGet() == 2) {
        throw new IllegalStateException("EGeneral:Temporary lockout");
      }
      return nextToken();
    }));
    streams.executions();
    fake.awaitSubscribed("executions", 1);
    clock.advance(Duration.ofMinutes(15));
    assertThatThrownBy(streams::balances).isInstanceOf(IllegalStateException.class)
        .hasMessage("EGeneral:Temporary lockout");
    streams.balances();
    fake.awaitSubscribed("balances", 1);
    assertThat(fake.tokens()).containsExactly("token-1", "token-2");
  }

  @Test
  void theTokenComesFromGetWebSocketsTokenOfTheClient() throws Exception {
    try (MockWebServer rest = new MockWebServer()) {
      rest.start();
      rest.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
          .body(fixture("websockets_token.json")).build());
      try (KrakenClient kraken = KrakenClient.builder()
          .credentials(KrakenCredentials.of(KEY, SECRET))
          .baseUrl(rest.url("/").toString()).nonceSource(KrakenNonceSource.startingAt(1700000000000L)).build()) {
        streams(KrakenStreams.privateStreams(kraken)).executions();
        fake.awaitSubscribed("executions", 1);
        assertThat(rest.takeRequest().getUrl().encodedPath()).isEqualTo("/0/private/GetWebSocketsToken");
        assertThat(fake.tokens()).containsExactly("1Dwc4lzSwNWOAwkMdqhssNNFhs1ed606d1WcF3XfEMw");
      }
    }
  }

  @Test
  void aRefusedTokenClosesTheSubscriptionWithKrakensErrorAndPublicChannelsAreRefusedHere() throws Exception {
    fake.refuse("executions");
    KrakenStreams streams = streams(KrakenStreams.privateStreams(this::nextToken));
    Subscription<ExecutionsMessage> executions = streams.executions();
    assertThat(KrakenStreamsTest.next(executions)).isEqualTo(new StreamItem.Gap<ExecutionsMessage>(
        StreamItem.Reason.REFUSED, "Kraken private streams refused the subscription to executions: "
            + "EAccount:Invalid permissions"));
    assertThat(executions.isOpen()).isFalse();
    assertThatThrownBy(() -> streams.ticker("BTC/USD")).isInstanceOf(IllegalStateException.class)
        .hasMessage("ticker is public market data: build with KrakenStreams.publicStreams()");
    assertThatThrownBy(() -> streams.book("BTC/USD", 10))
        .hasMessage("book is public market data: build with KrakenStreams.publicStreams()");
  }
}
