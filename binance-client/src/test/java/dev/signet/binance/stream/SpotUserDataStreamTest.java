package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.BinanceCredentials;
import dev.signet.binance.spot.userdata.BalanceUpdate;
import dev.signet.binance.spot.userdata.SpotUserEvent;
import dev.signet.core.RetryPolicy;
import dev.signet.core.stream.StreamItem;
import dev.signet.core.stream.StreamOptions;
import dev.signet.testkit.BinanceSignatureCheck;
import dev.signet.testkit.FakeBinanceUserStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Spot user data stream over the WebSocket API against {@link FakeBinanceUserStream}, which
 * verifies each subscription's signature independently: the subscribe message as sent, the docs'
 * balance update delivered, a fresh signature on every reconnection, a refused key.
 */
class SpotUserDataStreamTest {
  // the HMAC key of Binance's Spot docs' signing examples
  private static final String API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
  private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
  private static final Instant NOW = Instant.ofEpochMilli(1747385641636L);
  private static final String BALANCE = "{\"e\":\"balanceUpdate\",\"E\":1573200697110,\"a\":\"BTC\","
      + "\"d\":\"100.00000000\",\"T\":1573200697068}";

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final FakeBinanceUserStream fake = new FakeBinanceUserStream(
      BinanceSignatureCheck.builder().hmacKey(API_KEY, SECRET).clock(clock).build());
  private SpotUserDataStream user;

  @AfterEach
  void close() {
    if (user != null) {
      user.close();
    }
    fake.close();
  }

  private SpotUserDataStream connect(BinanceCredentials credentials) {
    user = SpotUserDataStream.builder(credentials).baseUrl(fake.baseUrl()).clock(clock).options(StreamOptions.builder()
        .reconnect(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build())
        .controlMessagesPerSecond(100).build()).build();
    return user;
  }

  private static String hmac(String payload) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSignedSubscriptionIsSentAndTheAccountsEventsArrive() throws Exception {
    connect(BinanceCredentials.hmac(API_KEY, SECRET));
    fake.awaitSubscribed(1);
    String signature = hmac("apiKey=" + API_KEY + "&timestamp=1747385641636");
    assertThat(fake.received()).containsExactly("{\"id\":1,\"method\":\"userDataStream.subscribe.signature\","
        + "\"params\":{\"apiKey\":\"" + API_KEY + "\",\"timestamp\":1747385641636,\"signature\":\"" + signature + "\"}}");
    fake.publish(BALANCE);
    assertThat(next(user.events())).isEqualTo(new StreamItem.Event<SpotUserEvent>(new BalanceUpdate(
        Instant.ofEpochMilli(1573200697110L), "BTC", new BigDecimal("100.00000000"),
        Instant.ofEpochMilli(1573200697068L))));
    assertThat(user.toString()).doesNotContain(API_KEY).doesNotContain(SECRET).doesNotContain(signature);
  }

  @Test
  void aLostConnectionIsAGapThenTheStreamIsSubscribedAgain() throws Exception {
    connect(BinanceCredentials.hmac(API_KEY, SECRET));
    fake.awaitSubscribed(1);
    fake.disconnectAll();
    StreamItem<SpotUserEvent> gap = next(user.events());
    assertThat(gap).isInstanceOf(StreamItem.Gap.class);
    assertThat(((StreamItem.Gap<SpotUserEvent>) gap).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    fake.awaitSubscribed(1);
    assertThat(fake.connectionsOpened()).isEqualTo(2);
    assertThat(fake.received()).hasSize(2).allMatch(m -> m.contains("userDataStream.subscribe.signature"));
    fake.publish(BALANCE);
    assertThat(next(user.events())).isInstanceOf(StreamItem.Event.class);
  }

  @Test
  void aKeyBinanceRefusesEndsTheSubscriptionWithItsError() throws Exception {
    connect(BinanceCredentials.hmac(API_KEY, SECRET.replace('N', 'M')));
    StreamItem<SpotUserEvent> item = next(user.events());
    assertThat(item).isEqualTo(new StreamItem.Gap<SpotUserEvent>(StreamItem.Reason.REFUSED,
        "Binance Spot user data stream refused the subscription to userData: "
            + "{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}"));
    assertThat(user.events().isOpen()).isFalse();
  }

  @Test
  void plainWsToANonLoopbackHostIsRefusedBeforeConnecting() {
    assertThatThrownBy(() -> SpotUserDataStream.builder(BinanceCredentials.hmac(API_KEY, SECRET))
        .baseUrl("ws://ws-api.binance.com")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl 'ws://ws-api.binance.com' uses plain ws:// to a host that is not loopback");
    assertThat(fake.connectionsOpened()).isZero();
  }
}
