package dev.signet.kraken.stream;

import static dev.signet.kraken.stream.KrakenBookTest.fixture;
import static dev.signet.kraken.stream.KrakenStreamsTest.event;
import static dev.signet.kraken.stream.KrakenStreamsTest.gap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.core.stream.Subscription;
import dev.signet.kraken.trading.WebSocketsToken;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKrakenStreams;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KrakenStatusAndOptionsTest {
  private static final SystemStatusEvent DOCS_STATUS = new SystemStatusEvent("online", "v2",
      new BigInteger("13834774380200032777"), "2.0.0");
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

  private KrakenStreams streams(KrakenStreams.Builder builder) {
    KrakenStreams s = builder.baseUrl(fake.baseUrl()).clock(clock)
        .options(KrakenStreamsTest.fast(StreamOptions.builder()).build()).build();
    open.add(s);
    return s;
  }

  private KrakenStreams privateStreams() {
    return streams(KrakenStreams.privateStreams(
        () -> new WebSocketsToken("token-" + fetched.incrementAndGet(), Duration.ofSeconds(900))));
  }

  @Test
  void theStatusOfEveryConnectionIsAnEventAndNothingIsSentToSubscribeIt() throws Exception {
    KrakenStreams streams = streams(KrakenStreams.publicStreams());
    Subscription<SystemStatusEvent> status = streams.status();
    assertThat(event(status)).isEqualTo(DOCS_STATUS);
    assertThat(DOCS_STATUS.online()).isTrue();
    fake.disconnectAll();
    assertThat(gap(status).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    assertThat(event(status)).isEqualTo(DOCS_STATUS);
    assertThat(fake.connectionsOpened()).isEqualTo(2);
    status.close();
    assertThat(fake.received()).isEmpty();
  }

  @Test
  void theDocsStatusExampleAndAnEngineChangeDecodeExactlyOnPrivateStreamsToo() throws Exception {
    Subscription<SystemStatusEvent> status = privateStreams().status();
    assertThat(event(status)).isEqualTo(DOCS_STATUS);
    fake.publishRaw(fixture("ws_status.json"));
    assertThat(event(status)).isEqualTo(DOCS_STATUS);
    fake.publishRaw(fixture("ws_status.json").replace("\"online\"", "\"cancel_only\""));
    SystemStatusEvent cancelOnly = event(status);
    assertThat(cancelOnly).isEqualTo(new SystemStatusEvent("cancel_only", "v2",
        new BigInteger("13834774380200032777"), "2.0.0"));
    assertThat(cancelOnly.online()).isFalse();
    fake.publishRaw("{\"channel\":\"status\",\"type\":\"update\",\"data\":[{\"api_version\":\"v2\"}]}");
    StreamItem.Gap<SystemStatusEvent> malformed = gap(status);
    assertThat(malformed.reason()).isEqualTo(StreamItem.Reason.MALFORMED);
    assertThat(malformed.detail()).startsWith("stream status: the frame could not be decoded: ")
        .contains("required field 'system' is missing or null");
  }

  @Test
  void executionsOptionsAreSentInTheDocsOrderBeforeTheTokenAndAgainOnEveryReconnection() throws Exception {
    KrakenStreams streams = privateStreams();
    ExecutionsOptions options = ExecutionsOptions.builder().rateCounter(true).orderStatus(false).snapOrders(true)
        .snapTrades(true).build();
    assertThat(options.params()).containsExactly(Map.entry("snap_trades", true), Map.entry("snap_orders", true),
        Map.entry("order_status", false), Map.entry("ratecounter", true));
    Subscription<ExecutionsMessage> executions = streams.executions(options);
    fake.awaitSubscribed("executions", 1);
    fake.disconnectAll();
    assertThat(gap(executions).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    fake.awaitSubscribed("executions", 1);
    executions.close();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (fake.received().size() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    String params = "\"snap_trades\":true,\"snap_orders\":true,\"order_status\":false,\"ratecounter\":true,";
    assertThat(fake.received()).containsExactly(
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"executions\"," + params + "\"token\":\"token-1\"},\"req_id\":1}",
        "{\"method\":\"subscribe\",\"params\":{\"channel\":\"executions\"," + params + "\"token\":\"token-2\"},\"req_id\":2}",
        "{\"method\":\"unsubscribe\",\"params\":{\"channel\":\"executions\",\"token\":\"token-2\"},\"req_id\":3}");
  }

  @Test
  void defaultOptionsSendNothingExtraAndOneOptionIsSentAlone() throws Exception {
    assertThat(ExecutionsOptions.defaults().params()).isEmpty();
    assertThat(ExecutionsOptions.defaults()).isEqualTo(ExecutionsOptions.builder().build());
    assertThat(ExecutionsOptions.builder().snapOrders(false).build().toString())
        .isEqualTo("ExecutionsOptions{snap_orders=false}");
    privateStreams().executions(ExecutionsOptions.builder().snapOrders(false).build());
    fake.awaitSubscribed("executions", 1);
    assertThat(fake.received()).containsExactly("{\"method\":\"subscribe\",\"params\":{\"channel\":\"executions\","
        + "\"snap_orders\":false,\"token\":\"token-1\"},\"req_id\":1}");
  }

  @Test
  void executionsOptionsOnPublicStreamsOrNullAreRefusedBeforeAnythingIsSent() {
    KrakenStreams streams = streams(KrakenStreams.publicStreams());
    assertThatThrownBy(() -> streams.executions(ExecutionsOptions.defaults())).isInstanceOf(IllegalStateException.class)
        .hasMessage("executions is a private channel: build with KrakenStreams.privateStreams(client)");
    assertThatThrownBy(() -> streams.executions(null)).isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThat(fake.connectionsOpened()).isZero();
  }
}
