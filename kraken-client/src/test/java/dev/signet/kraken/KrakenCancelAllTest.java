package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.CancelAllOrdersAfterResult;
import dev.signet.kraken.trading.CancelOrderResult;
import dev.signet.kraken.trading.Side;
import dev.signet.kraken.trading.WebSocketsToken;
import dev.signet.testkit.FakeClock;
import dev.signet.testkit.FakeKraken;
import dev.signet.testkit.KrakenSignatureCheck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * CancelAll, CancelAllOrdersAfter (the dead man's switch) and GetWebSocketsToken: the request as
 * sent and the documented examples against MockWebServer, the behaviour against FakeKraken.
 */
class KrakenCancelAllTest {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final String KEY = KrakenTestData.API_KEY;
  private static final String SECRET = KrakenTestData.DOCS_SECRET;

  private static RecordedRequest oneCall(String fixture, java.util.function.Consumer<KrakenClient> call) throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.start(0);
      server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
          .body(KrakenTestData.resource(fixture)).build());
      try (KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
          .baseUrl(server.url("/").toString()).nonceSource(KrakenNonceSource.startingAt(1700000000000L)).build()) {
        call.accept(kraken);
      }
      RecordedRequest req = server.takeRequest();
      KrakenSignatureCheck.builder().key(KEY, SECRET).build().verify(req);
      return req;
    }
  }

  @Test
  void cancelAllOrdersAfterSendsTheTimeoutAndDecodesTheDocsExample() throws Exception {
    CancelAllOrdersAfterResult[] got = new CancelAllOrdersAfterResult[1];
    RecordedRequest req = oneCall("fixtures/cancel_all_orders_after.json",
        k -> got[0] = k.trading().cancelAllOrdersAfter(60));
    assertThat(req.getMethod()).isEqualTo("POST");
    assertThat(req.getUrl().encodedPath()).isEqualTo("/0/private/CancelAllOrdersAfter");
    assertThat(req.getBody().utf8()).isEqualTo("nonce=1700000000000&timeout=60");
    assertThat(got[0]).isEqualTo(new CancelAllOrdersAfterResult(Instant.parse("2023-03-24T17:41:56Z"),
        Optional.of(Instant.parse("2023-03-24T17:42:56Z"))));
  }

  @Test
  void webSocketsTokenDecodesTheDocsExampleAndKeepsTheTokenOutOfToString() throws Exception {
    WebSocketsToken[] got = new WebSocketsToken[1];
    RecordedRequest req = oneCall("fixtures/websockets_token.json", k -> got[0] = k.trading().webSocketsToken());
    assertThat(req.getUrl().encodedPath()).isEqualTo("/0/private/GetWebSocketsToken");
    assertThat(req.getBody().utf8()).isEqualTo("nonce=1700000000000");
    assertThat(got[0].token()).isEqualTo("1Dwc4lzSwNWOAwkMdqhssNNFhs1ed606d1WcF3XfEMw");
    assertThat(got[0].expires()).isEqualTo(Duration.ofSeconds(900));
    assertThat(got[0].toString()).isEqualTo("WebSocketsToken{token=(redacted), expires=PT15M}");
  }

  @Test
  void aTimeoutOutOfRangeIsRefusedBeforeAnythingIsSent() {
    try (KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
        .baseUrl("http://127.0.0.1:9").build()) {
      assertThatThrownBy(() -> kraken.trading().cancelAllOrdersAfter(86_400)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timeout must be 0 (turn the switch off) to 86399 seconds; got 86400.");
      assertThatThrownBy(() -> kraken.trading().cancelAllOrdersAfter(-1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timeout must be 0 (turn the switch off) to 86399 seconds; got -1.");
    }
  }

  @Test
  void againstTheFakeTheSwitchFiresUnderItsClockAndCancelAllCountsTheOrders() {
    try (FakeKraken fake = FakeKraken.builder().key(KEY, SECRET).pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
        .balance("ZUSD", new BigDecimal("100000")).clock(FakeClock.frozenAt(NOW)).build();
        KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
            .baseUrl(fake.baseUrl()).build()) {
      AddOrder bid = AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000")).build();
      kraken.trading().addOrder(bid);
      kraken.trading().addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("38000")).build());
      CancelAllOrdersAfterResult armed = kraken.trading().cancelAllOrdersAfter(60);
      assertThat(armed).isEqualTo(new CancelAllOrdersAfterResult(NOW, Optional.of(NOW.plusSeconds(60))));
      fake.advance(Duration.ofSeconds(59));
      assertThat(kraken.accountData().openOrders()).hasSize(2);
      fake.advance(Duration.ofSeconds(1));
      assertThat(kraken.accountData().openOrders()).isEmpty();

      kraken.trading().addOrder(AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000")).build());
      assertThat(kraken.trading().cancelAllOrdersAfter(0).triggerTime()).isEmpty();
      fake.advance(Duration.ofMinutes(5));
      assertThat(kraken.accountData().openOrders()).hasSize(1);
      CancelOrderResult all = kraken.trading().cancelAll();
      assertThat(all.count()).isEqualTo(1);
      assertThat(kraken.accountData().openOrders()).isEmpty();
    }
  }

  @Test
  void aSwitchTheBotKeepsReArmingNeverFiresAndFiresOnceTheBotStops() {
    try (FakeKraken fake = FakeKraken.builder().key(KEY, SECRET).pair("XBTUSD", "XXBT", "ZUSD", new BigDecimal("40000"))
        .balance("ZUSD", new BigDecimal("100000")).clock(FakeClock.frozenAt(NOW)).build();
        KrakenClient kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET))
            .baseUrl(fake.baseUrl()).build()) {
      String txid = kraken.trading().addOrder(
          AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000")).build()).txid().get(0);
      kraken.trading().cancelAllOrdersAfter(60);
      for (int beat = 1; beat <= 4; beat++) { // the bot re-arms every 30 s: 120 s pass, twice the timeout
        fake.advance(Duration.ofSeconds(30));
        CancelAllOrdersAfterResult rearmed = kraken.trading().cancelAllOrdersAfter(60);
        assertThat(rearmed.triggerTime()).contains(rearmed.currentTime().plusSeconds(60));
        assertThat(kraken.accountData().openOrders().keySet()).as("after beat " + beat).containsExactly(txid);
      }
      fake.advance(Duration.ofSeconds(59)); // the bot stops: 59 s after the last arm, still armed
      assertThat(kraken.accountData().openOrders().keySet()).containsExactly(txid);
      fake.advance(Duration.ofSeconds(1));
      assertThat(kraken.accountData().openOrders()).isEmpty();
      assertThat(fake.locked("ZUSD")).isEqualByComparingTo("0");
    }
  }
}
