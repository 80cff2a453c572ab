package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceClient;
import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.futures.userdata.FuturesUserEvent;
import dev.signet.binance.futures.userdata.ListenKeyExpired;
import dev.signet.core.Decoder;
import dev.signet.core.SignetJson;
import dev.signet.core.stream.StreamItem;
import dev.signet.testkit.FakeBinance;
import dev.signet.testkit.FakeBinanceStreams;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeFutures;
import dev.signet.testkit.TestKeys;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The USD-M user data stream against FakeBinance (the listen key's REST calls) and
 * FakeBinanceStreams (its {@code /private/ws/<listenKey>} route): the docs' order update delivered
 * exactly, the keep-alive sent, a new key connected after the old one expired, with a gap.
 */
class FuturesUserDataStreamTest {
  private static final String ORDER_UPDATE = "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":1568879465651,\"T\":1568879465650,"
      + "\"o\":{\"s\":\"BTCUSDT\",\"c\":\"TEST\",\"S\":\"SELL\",\"o\":\"TRAILING_STOP_MARKET\",\"f\":\"GTC\",\"q\":\"0.001\","
      + "\"p\":\"0\",\"ap\":\"0\",\"sp\":\"7103.04\",\"x\":\"NEW\",\"X\":\"NEW\",\"i\":8886774,\"l\":\"0\",\"z\":\"0\","
      + "\"L\":\"0\",\"N\":\"USDT\",\"n\":\"0\",\"T\":1568879465650,\"t\":0,\"b\":\"0\",\"a\":\"9.91\",\"m\":false,"
      + "\"R\":false,\"wt\":\"CONTRACT_PRICE\",\"ot\":\"TRAILING_STOP_MARKET\",\"ps\":\"LONG\",\"cp\":false,"
      + "\"AP\":\"7476.89\",\"cr\":\"5.0\",\"pP\":false,\"si\":0,\"ss\":0,\"rp\":\"0\",\"V\":\"EXPIRE_TAKER\","
      + "\"pm\":\"OPPONENT\",\"gtd\":0,\"er\":\"0\"}}";

  private final String secret = TestKeys.binanceSecret();
  private final FakeBinance rest = FakeBinance.builder().hmacKey("bot-key", secret)
      .clock(FakeClock.at(Instant.parse("2026-11-01T00:00:00Z")))
      .futures(FakeFutures.withBalance(BigDecimal.ZERO)).build();
  private final FakeBinanceStreams streams = new FakeBinanceStreams();
  private final BinanceClient client = BinanceClient.builder().credentials(BinanceCredentials.hmac("bot-key", secret))
      .spotBaseUrl(rest.baseUrl()).futuresBaseUrl(rest.baseUrl()).build();
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

  private FuturesUserDataStream connect(Duration keepAlive) {
    user = FuturesUserDataStream.builder(client.futures().userStream()).baseUrl(streams.baseUrl())
        .keepAliveEvery(keepAlive).build();
    return user;
  }

  /** The fake's active key: a POST returns it again, as Binance does. */
  private String activeKey() {
    return client.futures().userStream().start();
  }

  private long calls(String method) {
    return rest.requests().stream()
        .filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals("/fapi/v1/listenKey")).count();
  }

  private void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; connections " + streams.connectionsOpened() + ", " + user);
      }
      Thread.sleep(5);
    }
  }

  @Test
  void theKeyIsStartedTheRouteConnectedAndTheDocsEventDeliveredExactly() throws Exception {
    connect(Duration.ofMinutes(30));
    assertThat(calls("POST")).isEqualTo(1);
    String key = activeKey();
    await(() -> streams.userDataConnections(key) == 1, "the connection on /private/ws/<key>");
    assertThat(streams.received()).isEmpty(); // the URL subscribes: nothing is sent
    streams.publishUserData(key, ORDER_UPDATE);
    FuturesUserEvent expected = Decoder.of(FuturesUserEvent.class).decode(SignetJson.mapper().createParser(ORDER_UPDATE));
    assertThat(next(user.events())).isEqualTo(new StreamItem.Event<>(expected));
    assertThat(user.toString()).doesNotContain(key);
    assertThat(user.events().toString()).doesNotContain(key);
  }

  @Test
  void theKeyIsKeptAliveOnSchedule() throws Exception {
    connect(Duration.ofMillis(50));
    await(() -> calls("PUT") >= 2, "two keep-alives");
    assertThat(calls("POST")).isEqualTo(1);
  }

  @Test
  void anExpiredKeyIsReplacedByANewOneWithAGapBetween() throws Exception {
    connect(Duration.ofMinutes(30));
    String first = activeKey();
    await(() -> streams.userDataConnections(first) == 1, "the first connection");
    client.futures().userStream().close(); // Binance forgets the key
    streams.publishUserData(first, "{\"e\":\"listenKeyExpired\",\"E\":\"1736996475556\",\"listenKey\":\"" + first
        + "\"}");
    assertThat(next(user.events())).isEqualTo(new StreamItem.Event<FuturesUserEvent>(
        new ListenKeyExpired(Instant.ofEpochMilli(1736996475556L), first)));
    StreamItem<FuturesUserEvent> gap = next(user.events());
    assertThat(gap).isEqualTo(new StreamItem.Gap<FuturesUserEvent>(StreamItem.Reason.DISCONNECTED,
        "Binance USD-M user data stream: the listen key expired; a new listen key is connected, events in between "
            + "may be missing"));
    String second = activeKey();
    assertThat(second).isNotEqualTo(first);
    await(() -> streams.userDataConnections(second) == 1 && streams.userDataConnections(first) == 0, "the new key");
    streams.publishUserData(second, ORDER_UPDATE);
    assertThat(next(user.events())).isInstanceOf(StreamItem.Event.class);
    assertThat(calls("POST")).isEqualTo(4); // the stream's two starts and the test's two reads of the active key
  }

  @Test
  void aKeepAliveAnsweredMinus1125StartsANewKey() throws Exception {
    connect(Duration.ofMillis(50));
    String first = activeKey();
    await(() -> streams.userDataConnections(first) == 1, "the first connection");
    client.futures().userStream().close();
    StreamItem<FuturesUserEvent> gap = next(user.events());
    assertThat(gap).isEqualTo(new StreamItem.Gap<FuturesUserEvent>(StreamItem.Reason.DISCONNECTED,
        "Binance USD-M user data stream: the listen key no longer exists (-1125 to the keep-alive); a new listen key "
            + "is connected, events in between may be missing"));
    String second = activeKey();
    assertThat(second).isNotEqualTo(first);
    await(() -> streams.userDataConnections(second) == 1 && streams.userDataConnections(first) == 0, "the new key");
  }

  @Test
  void aKeepAliveIntervalBinanceWouldLetLapseIsRefused() {
    assertThatThrownBy(() -> FuturesUserDataStream.builder(client.futures().userStream())
        .keepAliveEvery(Duration.ofMinutes(60))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keepAliveEvery must be more than 0 and less than 60 minutes (Binance lets a listen key lapse 60 "
            + "minutes after its last keep-alive), got PT1H");
    assertThat(rest.requests()).isEmpty();
  }
}
