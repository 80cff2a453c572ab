package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.MalformedResponseException;
import dev.signet.core.OrderStatusUnknownException;
import dev.signet.kraken.trading.AmendOrder;
import dev.signet.kraken.trading.AmendOrderResult;
import dev.signet.kraken.trading.EditOrder;
import dev.signet.kraken.trading.EditOrderResult;
import dev.signet.kraken.trading.OrderDescription;
import dev.signet.kraken.trading.OrderFlag;
import dev.signet.testkit.KrakenSignatureCheck;
import java.math.BigDecimal;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AmendOrder and EditOrder against MockWebServer: the form sent and signed, the docs examples, malformed answers, bad input. */
class KrakenAmendEditTest {
  private static final String KEY = KrakenTestData.API_KEY;
  private static final String SECRET = KrakenTestData.DOCS_SECRET;
  private final MockWebServer server = new MockWebServer();
  private KrakenClient kraken;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET)).baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(1700000000000L)).preflight(false).build();
  }

  @AfterEach
  void stop() {
    kraken.close();
    server.close();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  private RecordedRequest taken() throws Exception {
    RecordedRequest sent = server.takeRequest();
    KrakenSignatureCheck.builder().key(KEY, SECRET).build().verify(sent);
    assertThat(sent.getMethod()).isEqualTo("POST");
    return sent;
  }

  @Test
  void amendSendsItsParametersInTheDocsOrderAndDecodesTheDocsExample() throws Exception {
    respond(KrakenTestData.resource("fixtures/amend_order.json"));
    AmendOrderResult got = kraken.trading().amendOrder(AmendOrder.clientOrderId("XBTUSD", "6d1b345e-2821-40e2-ad83-4ecb18a06876")
        .orderQty(new BigDecimal("1.25")).limitPrice(new BigDecimal("37400")).postOnly(true)
        .deadline(Instant.parse("2026-03-01T12:00:05Z")).build());
    assertThat(got).isEqualTo(new AmendOrderResult("TEZA4R-DSDGT-IJBOJK"));
    RecordedRequest sent = taken();
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/0/private/AmendOrder");
    assertThat(sent.getBody().utf8()).isEqualTo("nonce=1700000000000&cl_ord_id=6d1b345e-2821-40e2-ad83-4ecb18a06876"
        + "&order_qty=1.25&limit_price=37400&post_only=true&deadline=2026-03-01T12%3A00%3A05Z");

    respond(KrakenTestData.resource("fixtures/amend_order.json"));
    kraken.trading().amendOrder(AmendOrder.txid("XBTUSD", "OFGKYQ-FHPCQ-HUQFEK").triggerPrice(new BigDecimal("36000"))
        .displayQty(new BigDecimal("0.1")).build());
    assertThat(taken().getBody().utf8())
        .isEqualTo("nonce=1700000000001&txid=OFGKYQ-FHPCQ-HUQFEK&display_qty=0.1&trigger_price=36000");
  }

  @Test
  void editSendsItsParametersInTheDocsOrderAndDecodesTheDocsExample() throws Exception {
    respond(KrakenTestData.resource("fixtures/edit_order.json"));
    EditOrderResult got = kraken.trading().editOrder(EditOrder.txid("XBTUSD", "OHYO67-6LP66-HMQ437")
        .volume(new BigDecimal("1.25")).price(new BigDecimal("27500")).price2(new BigDecimal("26500")).build());
    assertThat(got).isEqualTo(new EditOrderResult(new OrderDescription("buy 0.00030000 XXBTZGBP @ limit 19500.0", null),
        "OFVXHJ-KPQ3B-VS7ELA", "OHYO67-6LP66-HMQ437", new BigDecimal("0.00030000"), new BigDecimal("19500.0"),
        new BigDecimal("32500.0"), 1, null, "ok"));
    RecordedRequest sent = taken();
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/0/private/EditOrder");
    assertThat(sent.getBody().utf8())
        .isEqualTo("nonce=1700000000000&txid=OHYO67-6LP66-HMQ437&volume=1.25&pair=XBTUSD&price=27500&price2=26500");

    respond(KrakenTestData.resource("fixtures/edit_order.json"));
    kraken.trading().editOrder(EditOrder.userref("XBTUSD", 7).newUserref(8).displayVolume(new BigDecimal("0.1"))
        .flags(OrderFlag.POST_ONLY, OrderFlag.FEE_IN_QUOTE).deadline(Instant.parse("2026-03-01T12:00:05Z"))
        .cancelResponse(true).validate(true).build());
    assertThat(taken().getBody().utf8()).isEqualTo("nonce=1700000000001&txid=7&userref=8&displayvol=0.1&pair=XBTUSD"
        + "&oflags=post%2Cfciq&deadline=2026-03-01T12%3A00%3A05Z&cancel_response=true&validate=true");
  }

  @Test
  void malformedAnswersLeaveTheOutcomeUnknownNamingTheOrderAndTheField() {
    respond("{\"error\":[],\"result\":{\"amend_id\":null}}");
    assertThatThrownBy(() -> kraken.trading().amendOrder(AmendOrder.txid("XBTUSD", "OA").orderQty(BigDecimal.ONE).build()))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class, e -> assertThat(e.clientOrderId()).isEqualTo("txid=OA"))
        .cause().isInstanceOf(MalformedResponseException.class)
        .hasMessageEndingWith("could not be decoded: required field 'amend_id' is missing or null");
    respond("{\"error\":[],\"result\":{\"status\":\"ok\",\"txid\":\"ON\",\"volume\":\"1\",\"price\":\"1\",\"price2\":\"0\","
        + "\"orders_cancelled\":1,\"descr\":{\"order\":\"x\"}}}");
    assertThatThrownBy(() -> kraken.trading().editOrder(EditOrder.userref("XBTUSD", 7).price(BigDecimal.TEN).build()))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class, e -> assertThat(e.clientOrderId()).isEqualTo("userref=7"))
        .cause().isInstanceOf(MalformedResponseException.class)
        .hasMessageEndingWith("could not be decoded: required field 'originaltxid' is missing or null");
    respond("{\"error\":[],\"result\":{\"status\":\"ok\",\"originaltxid\":\"OA\",\"volume\":\"1\",\"price\":\"1\","
        + "\"price2\":\"0\",\"descr\":{\"order\":\"x\"}}}");
    assertThatThrownBy(() -> kraken.trading().editOrder(EditOrder.txid("XBTUSD", "OA").price(BigDecimal.TEN).build()))
        .cause().isInstanceOf(MalformedResponseException.class).hasMessageContaining("orders_cancelled");
  }

  @Test
  void changesThatChangeNothingOrContradictAreRefusedBeforeSending() {
    assertThatThrownBy(() -> AmendOrder.txid("XBTUSD", "OA").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AmendOrder changes nothing; set orderQty, displayQty, limitPrice or triggerPrice.");
    assertThatThrownBy(() -> AmendOrder.txid("XBTUSD", "OA").orderQty(BigDecimal.ONE).postOnly(true).build())
        .hasMessage("post_only applies to a limit_price change; call limitPrice(...) too, or leave postOnly out.");
    assertThatThrownBy(() -> AmendOrder.txid("XBTUSD", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("txid is empty; pass an order txid such as OFGKYQ-FHPCQ-HUQFEK.");
    assertThatThrownBy(() -> AmendOrder.clientOrderId("", "grid-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair is empty; pass the order's pair such as XBTUSD (used by the pre-flight, not sent).");
    assertThatThrownBy(() -> AmendOrder.txid("XBTUSD", "OA").orderQty(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("order_qty is 0; it must be greater than zero.");
    assertThatThrownBy(() -> EditOrder.txid("XBTUSD", "OA").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EditOrder changes nothing; set volume, displayVolume, price, price2, flags or newUserref.");
    assertThatThrownBy(() -> EditOrder.txid("XBTUSD", "OA").price(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("price is -1; it must be greater than zero.");
    assertThat(server.getRequestCount()).isZero();
  }
}
