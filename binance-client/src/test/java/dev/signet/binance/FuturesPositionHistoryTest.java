package dev.signet.binance;

import static dev.signet.binance.FuturesAccountDataTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.binance.futures.MarginType;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.account.AdlQuantile;
import dev.signet.binance.futures.account.MarginChange;
import dev.signet.binance.futures.account.MarginChangeQuery;
import dev.signet.binance.futures.account.PositionRiskV2;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.MalformedResponseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Position risk v2, ADL quantiles and isolated-margin history: as sent, weighed, decoded, bad queries refused unsent. */
class FuturesPositionHistoryTest {
  static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private final SapiCalls calls;

  FuturesPositionHistoryTest() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  @Test
  void positionRiskV2DecodesBothDocsExamples() throws Exception {
    calls.respondWith("futures_position_risk_v2.json");
    assertThat(calls.client.futures().positions().positionRiskV2("BTCUSDT")).containsExactly(new PositionRiskV2(
        "BTCUSDT", PositionSide.BOTH, d("0.000"), d("0.00000"), d("0.0"), d("6679.50671178"), d("0.00000000"), d("0"),
        10, d("20000000"), MarginType.ISOLATED_REPORTED, d("0.00000000"), false, d("0"), d("0"), Instant.EPOCH));
    calls.assertSignedRequest("GET", "/fapi/v2/positionRisk", "symbol", "BTCUSDT");
    calls.respondWith("futures_position_risk_v2_hedge.json");
    List<PositionRiskV2> hedge = calls.client.futures().positions().positionRiskV2();
    calls.assertSignedRequest("GET", "/fapi/v2/positionRisk");
    assertThat(hedge).containsExactly(
        new PositionRiskV2("BTCUSDT", PositionSide.LONG, d("0.001"), d("22185.2"), d("0.0"), d("21123.05052574"),
            d("-1.06214947"), d("19731.45529116"), 4, d("100000000"), MarginType.CROSS_REPORTED, d("0.00000000"), false,
            d("21.12305052"), d("0"), Instant.ofEpochMilli(1655217461579L)),
        new PositionRiskV2("BTCUSDT", PositionSide.SHORT, d("0.000"), d("0.0"), d("0.0"), d("21123.05052574"),
            d("0.00000000"), d("0"), 4, d("100000000"), MarginType.CROSS_REPORTED, d("0.00000000"), false, d("0"),
            d("0"), Instant.EPOCH));
    assertThat(hedge.get(0).marginType().isIsolated()).isFalse();
  }

  @Test
  void adlQuantilesKeepTheKeysInTheOrderSent() throws Exception {
    calls.respondWith("futures_adl_quantile.json");
    List<AdlQuantile> all = calls.client.futures().positions().adlQuantiles();
    calls.assertSignedRequest("GET", "/fapi/v1/adlQuantile");
    assertThat(all).containsExactly(new AdlQuantile("ETHUSDT", Map.of("LONG", 3, "SHORT", 3, "HEDGE", 0)),
        new AdlQuantile("BTCUSDT", Map.of("LONG", 1, "SHORT", 2, "BOTH", 0)));
    assertThat(all.get(0).adlQuantile().keySet()).containsExactly("LONG", "SHORT", "HEDGE");
    calls.respond("[]");
    assertThat(calls.client.futures().positions().adlQuantile("BTCUSDT")).isEmpty();
    calls.assertSignedRequest("GET", "/fapi/v1/adlQuantile", "symbol", "BTCUSDT");
  }

  @Test
  void marginChangesSendEveryFilterInTheDocsOrderAndDecodeTheExample() throws Exception {
    calls.respondWith("futures_position_margin_history.json");
    List<MarginChange> changes = calls.client.futures().positions().marginChanges(MarginChangeQuery.builder("BTCUSDT")
        .limit(100).endTime(T0.plus(MarginChangeQuery.MAX_WINDOW).minusMillis(1)).startTime(T0).type(MarginChangeQuery.ADD).build());
    calls.assertSignedRequest("GET", "/fapi/v1/positionMargin/history", "symbol", "BTCUSDT", "type", "1",
        "startTime", "1793491200000", "endTime", "1796083199999", "limit", "100");
    assertThat(changes).containsExactly(
        new MarginChange("BTCUSDT", 1, "USER_ADJUST", d("23.36332311"), "USDT", Instant.ofEpochMilli(1578047897183L),
            PositionSide.BOTH),
        new MarginChange("BTCUSDT", 1, "USER_ADJUST", d("100"), "USDT", Instant.ofEpochMilli(1578047900425L),
            PositionSide.LONG));
    calls.respond("[]");
    calls.client.futures().positions().marginChanges(MarginChangeQuery.builder("ETHUSDT").build());
    calls.assertSignedRequest("GET", "/fapi/v1/positionMargin/history", "symbol", "ETHUSDT");
  }

  @Test
  void badQueriesAreRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> MarginChangeQuery.builder("BTCUSDT").type(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type 3 is neither 1 (MarginChangeQuery.ADD) nor 2 (MarginChangeQuery.REDUCE); pass one of them,"
            + " or leave it unset for both.");
    assertThatThrownBy(() -> MarginChangeQuery.builder("BTCUSDT").startTime(T0)
        .endTime(T0.plus(MarginChangeQuery.MAX_WINDOW)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("startTime 2026-11-01T00:00:00Z and endTime 2026-12-01T00:00:00Z are 30 days or more apart; Binance"
            + " accepts less than 30 days. Query in shorter ranges.");
    assertThatThrownBy(() -> MarginChangeQuery.builder("BTCUSDT").startTime(T0.plusSeconds(1)).endTime(T0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("startTime 2026-11-01T00:00:01Z is after endTime 2026-11-01T00:00:00Z; swap them.");
    assertThatThrownBy(() -> MarginChangeQuery.builder("BTCUSDT").limit(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit 0 must be 1 or more.");
    assertThatThrownBy(() -> MarginChangeQuery.builder("btc").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symbol 'btc' is not a Binance symbol");
    assertThatThrownBy(() -> calls.client.futures().positions().adlQuantile("BTC USDT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symbol 'BTC USDT' is not a Binance symbol");
    assertThat(calls.server.getRequestCount()).isZero();
  }

  @Test
  void eachCallReservesTheWeightOfItsRowAndBadAnswersNameTheField() {
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respond("[]");
      calls.respond("[]");
      calls.respond("[]");
      client.futures().positions().positionRiskV2();
      client.futures().positions().adlQuantiles();
      client.futures().positions().marginChanges(MarginChangeQuery.builder("BTCUSDT").build());
    }
    assertThat(futures.reservations).containsExactly(
        new Reservation("GET /fapi/v2/positionRisk", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v1/adlQuantile", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v1/positionMargin/history", Kind.READ, Limit.IP_WEIGHT, 1, 0));
    calls.respond("[{\"symbol\":\"BTCUSDT\",\"adlQuantile\":{\"BOTH\":null}}]");
    assertThatThrownBy(() -> calls.client.futures().positions().adlQuantiles())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/adlQuantile: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("field 'adlQuantile' has a null value for 'BOTH'");
    calls.respond(TestData.jsonc("fixtures/futures_position_margin_history.json").replace("\"23.36332311\"", "null"));
    assertThatThrownBy(() -> calls.client.futures().positions().marginChanges(MarginChangeQuery.builder("BTCUSDT").build()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/positionMargin/history: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("required field 'amount' is missing or null");
  }
}
