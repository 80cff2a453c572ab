package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.trading.CancelOrderResult;
import dev.signet.testkit.KrakenSignatureCheck;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CancelOrder by userref and CancelOrderBatch by client order ids: the bytes sent and signed, the answers, bad input. */
class KrakenCancelByRefTest {
  private static final String KEY = KrakenTestData.API_KEY;
  private static final String SECRET = KrakenTestData.DOCS_SECRET;
  private final MockWebServer server = new MockWebServer();
  private KrakenClient kraken;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET)).baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(1700000000000L)).build();
  }

  @AfterEach
  void stop() {
    kraken.close();
    server.close();
  }

  private RecordedRequest taken() throws Exception {
    RecordedRequest sent = server.takeRequest();
    KrakenSignatureCheck.builder().key(KEY, SECRET).build().verify(sent);
    assertThat(sent.getMethod()).isEqualTo("POST");
    return sent;
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  @Test
  void cancelByUserrefSendsItAsTheTxidAndDecodesTheDocsExample() throws Exception {
    respond(KrakenTestData.resource("fixtures/cancel_order.json"));
    assertThat(kraken.trading().cancelOrderByUserref(-7)).isEqualTo(new CancelOrderResult(1, false));
    RecordedRequest sent = taken();
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/0/private/CancelOrder");
    assertThat(sent.getBody().utf8()).isEqualTo("nonce=1700000000000&txid=-7");
  }

  @Test
  void cancelBatchByClientIdsSendsTheCl_ord_idsListAsJson() throws Exception {
    respond("{\"error\":[],\"result\":{\"count\":2}}");
    assertThat(kraken.trading().cancelOrderBatchByClientIds(List.of("grid-1", "6d1b345e-2821-40e2-ad83-4ecb18a06876")))
        .isEqualTo(2);
    RecordedRequest sent = taken();
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/0/private/CancelOrderBatch");
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getBody().utf8())
        .isEqualTo("{\"nonce\":\"1700000000000\",\"cl_ord_ids\":[\"grid-1\",\"6d1b345e-2821-40e2-ad83-4ecb18a06876\"]}");

    respond("{\"error\":[],\"result\":{\"count\":1}}");
    assertThat(kraken.trading().cancelOrderBatch(List.of("7", "OUF4EM-FRGI2-MQMWZD"))).isEqualTo(1);
    assertThat(taken().getBody().utf8())
        .isEqualTo("{\"nonce\":\"1700000000001\",\"orders\":[\"7\",\"OUF4EM-FRGI2-MQMWZD\"]}");
  }

  @Test
  void badListsAreRefusedBeforeSendingNamingTheMember() {
    assertThatThrownBy(() -> kraken.trading().cancelOrderBatchByClientIds(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cl_ord_ids must list 1 to 50 order ids; got 0.");
    assertThatThrownBy(() -> kraken.trading().cancelOrderBatchByClientIds(null))
        .hasMessage("cl_ord_ids must list 1 to 50 order ids; got null.");
    List<String> many = new ArrayList<>(Collections.nCopies(51, "id"));
    assertThatThrownBy(() -> kraken.trading().cancelOrderBatchByClientIds(many))
        .hasMessage("cl_ord_ids must list 1 to 50 order ids; got 51.");
    assertThatThrownBy(() -> kraken.trading().cancelOrderBatchByClientIds(List.of("a", " ")))
        .hasMessage("cl_ord_ids[] is empty; pass the cl_ord_id an order was placed with.");
    assertThatThrownBy(() -> kraken.trading().cancelOrderBatch(List.of()))
        .hasMessage("orders must list 1 to 50 order ids; got 0.");
    assertThat(server.getRequestCount()).isZero();
  }
}
