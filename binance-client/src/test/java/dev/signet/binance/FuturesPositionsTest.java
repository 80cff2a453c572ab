package dev.signet.binance;

import static dev.signet.binance.FuturesAccountDataTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.binance.futures.PositionSide;
import dev.signet.binance.futures.account.MultiAssetsMode;
import dev.signet.binance.futures.account.PositionMode;
import dev.signet.binance.futures.account.PositionRisk;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.MalformedResponseException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The typed USD-M Futures position reads: the request as sent and signed, its weight, the docs' example decoded exactly. */
class FuturesPositionsTest {
  static final PositionRisk DOCS_POSITION = new PositionRisk("ADAUSDT", PositionSide.BOTH, d("30"), d("0.385"),
      d("0.385077"), d("0.41047590"), d("0.76427700"), d("0"), d("0"), d("12.31427700"), "USDT", d("0"),
      d("0.61571385"), d("0.08004280"), d("0.61571385"), d("0"), 2, d("0"), d("0"), Instant.ofEpochMilli(1720736417660L));
  private final SapiCalls calls;

  FuturesPositionsTest() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  @Test
  void positionRiskV3WithAndWithoutASymbolDecodesEveryFieldOfTheDocsExample() throws Exception {
    calls.respondWith("futures_position_risk_v3.json");
    assertThat(calls.client.futures().positions().positionRisk("ADAUSDT")).containsExactly(DOCS_POSITION);
    calls.assertSignedRequest("GET", "/fapi/v3/positionRisk", "symbol", "ADAUSDT");
    calls.respondWith("futures_position_risk_v3_hedge.json");
    assertThat(calls.client.futures().positions().positionRisk("ADAUSDT")).containsExactly(
        new PositionRisk("ADAUSDT", PositionSide.LONG, d("30"), d("0.385"), d("0.385077"), d("0.41047590"), d("0.76427700"),
            d("0"), d("0"), d("12.31427700"), "USDT", d("0"), d("0.61571385"), d("0.08004280"), d("0.61571385"), d("0"), 2,
            d("0"), d("0"), Instant.ofEpochMilli(1720736417660L)),
        new PositionRisk("COMPUSDT", PositionSide.SHORT, d("-1.000"), d("70.92841"), d("70.900038636"), d("49.72023376"),
            d("21.20817624"), d("2260.56757210"), d("0"), d("-49.72023376"), "USDT", d("0"), d("2.48601168"),
            d("0.49720233"), d("2.48601168"), d("0"), 2, d("0"), d("0"), Instant.ofEpochMilli(1708943511656L)));
    calls.assertSignedRequest("GET", "/fapi/v3/positionRisk", "symbol", "ADAUSDT");
    calls.respond("[]");
    assertThat(calls.client.futures().positions().positionRisk()).isEmpty();
    calls.assertSignedRequest("GET", "/fapi/v3/positionRisk");
  }

  @Test
  void positionAndMultiAssetsModesDecodeTheDocsExamples() throws Exception {
    calls.respondWith("futures_position_mode.json");
    assertThat(calls.client.futures().positions().positionMode()).isEqualTo(new PositionMode(true));
    calls.assertSignedRequest("GET", "/fapi/v1/positionSide/dual");
    calls.respondWith("futures_multi_assets_mode.json");
    assertThat(calls.client.futures().positions().multiAssetsMode()).isEqualTo(new MultiAssetsMode(true));
    calls.assertSignedRequest("GET", "/fapi/v1/multiAssetsMargin");
    calls.respond("{\"dualSidePosition\":false}");
    assertThat(calls.client.futures().positions().positionMode().dualSidePosition()).isFalse();
  }

  @Test
  void eachCallReservesTheWeightOfItsRow() {
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respond("[]");
      calls.respondWith("futures_position_mode.json");
      calls.respondWith("futures_multi_assets_mode.json");
      client.futures().positions().positionRisk();
      client.futures().positions().positionMode();
      client.futures().positions().multiAssetsMode();
    }
    assertThat(futures.reservations).containsExactly(
        new Reservation("GET /fapi/v3/positionRisk", Kind.READ, Limit.IP_WEIGHT, 5, 0),
        new Reservation("GET /fapi/v1/positionSide/dual", Kind.READ, Limit.IP_WEIGHT, 30, 0),
        new Reservation("GET /fapi/v1/multiAssetsMargin", Kind.READ, Limit.IP_WEIGHT, 30, 0));
  }

  @Test
  void aBadSymbolIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> calls.client.futures().positions().positionRisk("BTC/USDT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("symbol 'BTC/USDT' is not a Binance symbol: it must match ^[A-Z0-9-_.]{1,20}$");
    assertThat(calls.server.getRequestCount()).isZero();
  }

  @Test
  void answersThatDoNotDecodeNameTheEndpointAndTheField() {
    calls.respond(TestData.jsonc("fixtures/futures_position_risk_v3.json").replace("\"adl\": 2,", ""));
    assertThatThrownBy(() -> calls.client.futures().positions().positionRisk("ADAUSDT"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v3/positionRisk: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("[0]")
        .hasMessageContaining("'adl'");
    calls.respond("{}");
    assertThatThrownBy(() -> calls.client.futures().positions().positionMode())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageStartingWith("GET /fapi/v1/positionSide/dual: the response (HTTP 200) could not be decoded: ")
        .hasMessageContaining("'dualSidePosition'");
  }
}
