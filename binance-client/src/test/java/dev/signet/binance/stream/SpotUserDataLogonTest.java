package dev.signet.binance.stream;

import static dev.signet.binance.stream.BinanceStreamsTest.next;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An Ed25519 key logs each socket on ({@code session.logon}) and then subscribes unsigned, against
 * {@link FakeBinanceUserStream}, which checks the logon's signature with the public key alone. The
 * expected signature is the JDK's own Ed25519 over the sorted parameters (Ed25519 is deterministic).
 */
class SpotUserDataLogonTest {
  private static final Instant NOW = Instant.ofEpochMilli(1747385641636L);
  private static final String BALANCE = "{\"e\":\"balanceUpdate\",\"E\":1573200697110,\"a\":\"BTC\","
      + "\"d\":\"100.00000000\",\"T\":1573200697068}";

  private final KeyPair ed = ed25519();
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final FakeBinanceUserStream fake = new FakeBinanceUserStream(
      BinanceSignatureCheck.builder().ed25519Key("ed-key", ed.getPublic()).clock(clock).build());
  private SpotUserDataStream user;

  @AfterEach
  void close() {
    if (user != null) {
      user.close();
    }
    fake.close();
  }

  private static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  private BinanceCredentials credentials() {
    String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(ed.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";
    return BinanceCredentials.ed25519("ed-key", pem);
  }

  private String signature(String payload) throws Exception {
    Signature s = Signature.getInstance("Ed25519");
    s.initSign(ed.getPrivate());
    s.update(payload.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(s.sign());
  }

  private void connect() {
    user = SpotUserDataStream.builder(credentials()).baseUrl(fake.baseUrl()).clock(clock).options(StreamOptions.builder()
        .reconnect(RetryPolicy.builder().initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(50)).build())
        .controlMessagesPerSecond(100).build()).build();
  }

  @Test
  void eachSocketLogsOnThenSubscribesUnsignedAndTheEventsArrive() throws Exception {
    connect();
    fake.awaitSubscribed(1);
    String logon = "{\"id\":1,\"method\":\"session.logon\",\"params\":{\"apiKey\":\"ed-key\",\"timestamp\":1747385641636,"
        + "\"signature\":\"" + signature("apiKey=ed-key&timestamp=1747385641636") + "\"}}";
    assertThat(fake.received()).containsExactly(logon, "{\"id\":2,\"method\":\"userDataStream.subscribe\"}");
    fake.publish(BALANCE);
    assertThat(next(user.events())).isEqualTo(new StreamItem.Event<SpotUserEvent>(new BalanceUpdate(
        Instant.ofEpochMilli(1573200697110L), "BTC", new BigDecimal("100.00000000"),
        Instant.ofEpochMilli(1573200697068L))));

    fake.disconnectAll(); // a new socket logs on again before it subscribes
    assertThat(((StreamItem.Gap<SpotUserEvent>) next(user.events())).reason()).isEqualTo(StreamItem.Reason.DISCONNECTED);
    fake.awaitSubscribed(1);
    assertThat(fake.received()).hasSize(4);
    assertThat(fake.received().get(2)).isEqualTo(logon.replace("\"id\":1,", "\"id\":3,"));
    assertThat(fake.received().get(3)).isEqualTo("{\"id\":4,\"method\":\"userDataStream.subscribe\"}");
    fake.publish(BALANCE);
    assertThat(next(user.events())).isInstanceOf(StreamItem.Event.class);
  }

  @Test
  void aLogonTheExchangeRefusesEndsTheSubscriptionWithItsError() throws Exception {
    KeyPair other = ed25519(); // the fake knows another public key for ed-key: the signature does not verify
    FakeBinanceUserStream wrong = new FakeBinanceUserStream(
        BinanceSignatureCheck.builder().ed25519Key("ed-key", other.getPublic()).clock(clock).build());
    try {
      user = SpotUserDataStream.builder(credentials()).baseUrl(wrong.baseUrl()).clock(clock).build();
      StreamItem<SpotUserEvent> refused = next(user.events());
      assertThat(refused).isEqualTo(new StreamItem.Gap<SpotUserEvent>(StreamItem.Reason.REFUSED,
          "Binance Spot user data stream refused the subscription to userData: "
              + "{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}"));
      assertThat(user.events().isOpen()).isFalse();
      assertThat(wrong.received()).hasSize(1).first().asString().startsWith("{\"id\":1,\"method\":\"session.logon\"");
    } finally {
      wrong.close();
    }
  }
}
