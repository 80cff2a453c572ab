package dev.signet.binance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.binance.RecordingLimiter.Reservation;
import dev.signet.core.Endpoint.Kind;
import dev.signet.core.Endpoint.Limit;
import dev.signet.core.MalformedResponseException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The USD-M Futures listen key calls: API key only (no timestamp, no signature), the docs' example decoded. */
class FuturesUserStreamTest {
  static final String DOCS_KEY = "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1";
  private final SapiCalls calls;

  FuturesUserStreamTest() throws Exception {
    calls = new SapiCalls();
  }

  @AfterEach
  void stop() {
    calls.close();
  }

  private void assertKeyedRequest(String method) throws InterruptedException {
    RecordedRequest req = calls.server.takeRequest();
    assertThat(req.getMethod()).isEqualTo(method);
    assertThat(req.getTarget()).isEqualTo("/fapi/v1/listenKey");
    assertThat(req.getHeaders().get("X-MBX-APIKEY")).isEqualTo(SapiCalls.API_KEY);
    assertThat(req.getBody() == null ? "" : req.getBody().utf8()).isEmpty();
  }

  @Test
  void startKeepAliveAndCloseSendOnlyTheApiKey() throws Exception {
    calls.respondWith("futures_listen_key.json");
    assertThat(calls.client.futures().userStream().start()).isEqualTo(DOCS_KEY);
    assertKeyedRequest("POST");
    calls.respondWith("futures_listen_key.json");
    assertThat(calls.client.futures().userStream().keepAlive()).isEqualTo(DOCS_KEY);
    assertKeyedRequest("PUT");
    calls.respond("{}");
    calls.client.futures().userStream().close();
    assertKeyedRequest("DELETE");
  }

  @Test
  void eachCallReservesWeightOneAsAWrite() {
    RecordingLimiter futures = new RecordingLimiter();
    try (BinanceClient client = TestData.clientFor(calls.server).clock(SapiCalls.CLOCK)
        .rateLimiters(new RecordingLimiter(), futures).build()) {
      calls.respondWith("futures_listen_key.json");
      calls.respondWith("futures_listen_key.json");
      calls.respond("{}");
      client.futures().userStream().start();
      client.futures().userStream().keepAlive();
      client.futures().userStream().close();
    }
    assertThat(futures.reservations).containsExactly(
        new Reservation("POST /fapi/v1/listenKey", Kind.WRITE, Limit.IP_WEIGHT, 1, 0),
        new Reservation("PUT /fapi/v1/listenKey", Kind.WRITE, Limit.IP_WEIGHT, 1, 0),
        new Reservation("DELETE /fapi/v1/listenKey", Kind.WRITE, Limit.IP_WEIGHT, 1, 0));
  }

  @Test
  void anAnswerWithoutAListenKeyNamesTheEndpointAndTheField() {
    calls.respond("{\"listenKey\":\"\"}");
    assertThatThrownBy(() -> calls.client.futures().userStream().start())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("POST /fapi/v1/listenKey: the response (HTTP 200) could not be decoded:"
            + " field 'listenKey' is not a non-empty string");
    calls.respond("{\"code\":0}");
    assertThatThrownBy(() -> calls.client.futures().userStream().keepAlive())
        .isInstanceOf(MalformedResponseException.class)
        .hasMessage("PUT /fapi/v1/listenKey: the response (HTTP 200) could not be decoded: field 'listenKey' is missing");
  }
}
