package dev.signet.kraken.stream;

import static dev.signet.kraken.stream.KrakenBookTest.fixture;
import static dev.signet.kraken.stream.KrakenStreamsTest.event;
import static dev.signet.kraken.stream.KrakenStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.kraken.trading.WebSocketsToken;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKrakenStreams;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KrakenPrivateSequenceTest {
  private final FakeKrakenStreams fake = new FakeKrakenStreams();
  private final AtomicInteger fetched = new AtomicInteger();
  private KrakenStreams streams;

  @BeforeEach
  void start() {
    streams = KrakenStreams.privateStreams(() -> new WebSocketsToken("token-" + fetched.incrementAndGet(),
            Duration.ofSeconds(900))).baseUrl(fake.baseUrl()).clock(FakeClock.at(Instant.parse("2026-12-03T12:00:00Z")))
        .options(KrakenStreamsTest.fast(StreamOptions.builder()).build()).build();
  }

  @AfterEach
  void close() {
    streams.close();
    fake.close();
  }

  private static String execution(long sequence) {
    return fixture("ws_executions_pending.json").replace("\"sequence\":8", "\"sequence\":" + sequence);
  }

  private static String balance(long sequence) {
    return fixture("ws_balances_update.json").replace("\"sequence\":2", "\"sequence\":" + sequence);
  }

  @Test
  void aSkippedExecutionsSequenceIsAGapBeforeTheFrameThatShowsItAndTheChannelIsSubscribedAgain() throws Exception {
    Subscription<ExecutionsMessage> executions = streams.executions();
    fake.awaitSubscribed("executions", 1);
    fake.publish("executions", execution(8));
    fake.publish("executions", execution(9));
    fake.publish("executions", execution(12));
    assertThat(event(executions).sequence()).isEqualTo(8L);
    assertThat(event(executions).sequence()).isEqualTo(9L);
    assertThat(next(executions)).isEqualTo(new StreamItem.Gap<ExecutionsMessage>(StreamItem.Reason.OUT_OF_SYNC,
        "executions: 2 frames are missing, sequence 10 to 11; subscribed again for a new snapshot"));
    assertThat(event(executions).sequence()).isEqualTo(12L);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (fake.received().size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"executions\",\"token\":\"token-1\"},\"req_id\":1}",
        "{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"executions\",\"token\":\"token-1\"},\"req_id\":2}",
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"executions\",\"token\":\"token-1\"},\"req_id\":3}");
  }

  @Test
  void aNewConnectionNumbersFromItsOwnStartWithoutAFalseGap() throws Exception {
    Subscription<BalancesMessage> balances = streams.balances();
    fake.awaitSubscribed("balances", 1);
    fake.publish("balances", balance(1));
    fake.publish("balances", balance(2));
    assertThat(event(balances).sequence()).isEqualTo(1L);
    assertThat(event(balances).sequence()).isEqualTo(2L);
    fake.disconnectAll();
    assertThat(KrakenStreamsTest.gap(balances).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    fake.awaitSubscribed("balances", 1);
    fake.publish("balances", balance(5)); // the first frame of a connection: nothing before it to miss
    fake.publish("balances", balance(6));
    fake.publish("balances", balance(1)); // a lower number: a replacement's numbering, not a duplicate to drop
    fake.publish("balances", balance(3));
    assertThat(event(balances).sequence()).isEqualTo(5L);
    assertThat(event(balances).sequence()).isEqualTo(6L);
    assertThat(event(balances).sequence()).isEqualTo(1L);
    assertThat(next(balances)).isEqualTo(new StreamItem.Gap<BalancesMessage>(StreamItem.Reason.OUT_OF_SYNC,
        "balances: 1 frames are missing, sequence 2 to 2; subscribed again for a new snapshot"));
    assertThat(event(balances).sequence()).isEqualTo(3L);
    assertThat(balances.poll(Duration.ofMillis(50))).isEmpty();
  }
}
