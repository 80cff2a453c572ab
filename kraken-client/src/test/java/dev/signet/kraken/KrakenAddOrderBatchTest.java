package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.MalformedResponseException;
import dev.signet.core.OrderStatusUnknownException;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderBatch;
import dev.signet.kraken.trading.BatchOrderResult;
import dev.signet.kraken.trading.OrderDescription;
import dev.signet.kraken.trading.OrderFlag;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.KrakenSignatureCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AddOrderBatch against MockWebServer: the JSON bytes sent and signed, the docs example, malformed answers, bad input. */
class KrakenAddOrderBatchTest {
  private static final String KEY = KrakenTestData.API_KEY;
  private static final String SECRET = KrakenTestData.DOCS_SECRET;
  private final MockWebServer server = new MockWebServer();
  private KrakenClient kraken;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KEY, SECRET)).baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(1700000000000L)).preflight(false)
        .retryPolicy(dev.signet.core.RetryPolicy.none()).build();
  }

  @AfterEach
  void stop() {
    kraken.close();
    server.close();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  private static AddOrder buy(String clientId) {
    return AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000")).clientOrderId(clientId)
        .flags(OrderFlag.POST_ONLY).build();
  }

  private static AddOrder sellTagged() {
    return AddOrder.limit("XBTUSD", Side.SELL, new BigDecimal("0.1"), new BigDecimal("41000")).userref(7)
        .reduceOnly(true).build();
  }

  @Test
  void theBodyIsJsonWithTheNonceFirstEachOrderInAddOrdersParameterOrderAndIsWhatIsSigned() throws Exception {
    respond(KrakenTestData.resource("fixtures/add_order_batch_docs.json"));
    kraken.trading().addOrderBatch(AddOrderBatch.builder(List.of(buy("grid-1"), sellTagged()))
        .deadline(Instant.parse("2026-03-01T12:00:05Z")).build());
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/0/private/AddOrderBatch");
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getBody().utf8()).isEqualTo("{\"nonce\":\"1700000000000\",\"orders\":["
        + "{\"cl_ord_id\":\"grid-1\",\"oflags\":\"post\",\"ordertype\":\"limit\",\"price\":\"39000\",\"type\":\"buy\",\"volume\":\"0.1\"},"
        + "{\"ordertype\":\"limit\",\"price\":\"41000\",\"reduce_only\":true,\"type\":\"sell\",\"userref\":7,\"volume\":\"0.1\"}],"
        + "\"pair\":\"XBTUSD\",\"deadline\":\"2026-03-01T12:00:05Z\"}");
    KrakenSignatureCheck.Verified v = KrakenSignatureCheck.builder().key(KEY, SECRET).build().verify(sent);
    assertThat(v.nonce()).isEqualTo(1700000000000L);
    assertThat(v.json()).isEqualTo(sent.getBody().utf8());
  }

  @Test
  void validateGoesAfterThePairAndGeneratedClientIdsAreKept() throws Exception {
    respond("{\"error\":[],\"result\":{\"orders\":[{\"descr\":{\"order\":\"a\"}},{\"descr\":{\"order\":\"b\"}}]}}");
    AddOrder a = AddOrder.market("XBTUSD", Side.BUY, new BigDecimal("0.5")).build();
    AddOrder b = AddOrder.market("XBTUSD", Side.SELL, new BigDecimal("0.5")).build();
    List<BatchOrderResult> got = kraken.trading().addOrderBatch(AddOrderBatch.builder(List.of(a, b)).validate(true).build());
    assertThat(got).containsExactly(new BatchOrderResult.Validated(new OrderDescription("a", null)),
        new BatchOrderResult.Validated(new OrderDescription("b", null)));
    assertThat(server.takeRequest().getBody().utf8()).isEqualTo("{\"nonce\":\"1700000000000\",\"orders\":["
        + "{\"cl_ord_id\":\"" + a.clientOrderId() + "\",\"ordertype\":\"market\",\"type\":\"buy\",\"volume\":\"0.5\"},"
        + "{\"cl_ord_id\":\"" + b.clientOrderId() + "\",\"ordertype\":\"market\",\"type\":\"sell\",\"volume\":\"0.5\"}],"
        + "\"pair\":\"XBTUSD\",\"validate\":true}");
  }

  @Test
  void theDocsExampleDecodesToTwoPlacedOrders() {
    respond(KrakenTestData.resource("fixtures/add_order_batch_docs.json"));
    List<BatchOrderResult> got = kraken.trading().addOrderBatch(AddOrderBatch.builder(List.of(buy("g1"), buy("g2"))).build());
    assertThat(got).containsExactly(
        new BatchOrderResult.Placed("O5OR23-ADFAD-Y2G61C", new OrderDescription("buy 0.80300000 XBTUSD @ limit 28300.0",
            "close position @ stop loss 27000.0 -> limit 26000.0")),
        new BatchOrderResult.Placed("9K6KFS-5H3PL-XBRC7A", new OrderDescription("sell 0.10500000 XBTUSD @ limit 36000.0", null)));
  }

  @Test
  void anOrderTheEngineRefusedIsARejectedEntry() {
    respond("{\"error\":[],\"result\":{\"orders\":[{\"txid\":\"OA\",\"descr\":{\"order\":\"buy\"}},"
        + "{\"error\":\"EOrder:Insufficient funds\"}]}}");
    assertThat(kraken.trading().addOrderBatch(AddOrderBatch.builder(List.of(buy("g1"), buy("g2"))).build()))
        .containsExactly(new BatchOrderResult.Placed("OA", new OrderDescription("buy", null)),
            new BatchOrderResult.Rejected("EOrder:Insufficient funds"));
  }

  @Test
  void aMalformedAnswerLeavesTheOutcomeUnknownAndNamesTheEndpointAndTheField() {
    String[][] cases = {
        {"{\"orders\":[{\"txid\":\"OA\",\"descr\":{\"order\":\"x\"}}]}", "field 'orders' has 1 entries for the 2 orders sent"},
        {"{\"orders\":[{\"txid\":\"OA\",\"descr\":{\"order\":\"x\"}},{\"txid\":\"OB\"}]}",
            "required field 'orders[1].descr' is missing or null"},
        {"{\"orders\":[{\"txid\":\"OA\",\"descr\":{\"order\":\"x\"}},{\"descr\":{\"order\":\"y\"}}]}",
            "field 'orders[1].txid' is missing"},
        {"{\"orders\":[{\"txid\":\"OA\",\"descr\":{}},{\"txid\":\"OB\",\"descr\":{\"order\":\"y\"}}]}",
            "at orders[0].descr: required field 'order' is missing or null"},
        {"{\"orders\":[{\"error\":7},{\"txid\":\"OB\",\"descr\":{\"order\":\"y\"}}]}",
            "field 'orders[0].error' is not a non-blank string: 7"},
        {"{\"orders\":{}}", "field 'orders' is not an array: {}"},
        {"{}", "field 'orders' is missing"},
    };
    for (String[] c : cases) {
      respond("{\"error\":[],\"result\":" + c[0] + "}");
      assertThatThrownBy(() -> kraken.trading().addOrderBatch(AddOrderBatch.builder(List.of(buy("g1"), buy("g2"))).build()))
          .isInstanceOfSatisfying(OrderStatusUnknownException.class, e -> assertThat(e.clientOrderId()).isEqualTo("g1,g2"))
          .cause().isInstanceOf(MalformedResponseException.class)
          .hasMessage("POST /0/private/AddOrderBatch: the response (HTTP 200) could not be decoded: " + c[1]);
    }
  }

  @Test
  void anUnknownOutcomeNamesEveryOrdersClientIdAndIsNotResent() {
    server.enqueue(new MockResponse.Builder().code(500).body("oops").build());
    assertThatThrownBy(() -> kraken.trading().addOrderBatch(AddOrderBatch.builder(List.of(buy("grid-1"), sellTagged())).build()))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class, e -> assertThat(e.clientOrderId()).isEqualTo("grid-1,7"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void badBatchesAreRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> AddOrderBatch.builder(List.of(buy("g1")))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders must hold 2 to 15 orders for AddOrderBatch; got 1. Send a single order with addOrder, or split the batch.");
    List<AddOrder> sixteen = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      sixteen.add(buy("g" + i));
    }
    assertThatThrownBy(() -> AddOrderBatch.builder(sixteen)).hasMessageStartingWith("orders must hold 2 to 15 orders for AddOrderBatch; got 16.");
    assertThatThrownBy(() -> AddOrderBatch.builder(null)).hasMessageStartingWith("orders must hold 2 to 15 orders for AddOrderBatch; got null.");
    assertThatThrownBy(() -> AddOrderBatch.builder(Collections.nCopies(2, (AddOrder) null)))
        .hasMessage("orders[0] is null; remove it from the batch.");
    AddOrder eth = AddOrder.market("ETHUSD", Side.BUY, BigDecimal.ONE).build();
    assertThatThrownBy(() -> AddOrderBatch.builder(List.of(buy("g1"), eth))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders[1] is for pair ETHUSD but orders[0] for XBTUSD; AddOrderBatch takes one pair. Send one batch per pair.");
    AddOrder validating = AddOrder.market("XBTUSD", Side.BUY, BigDecimal.ONE).validate(true).build();
    assertThatThrownBy(() -> AddOrderBatch.builder(List.of(buy("g1"), validating)))
        .hasMessage("orders[1] sets validate, which AddOrderBatch sets for the whole batch; call"
            + " AddOrderBatch.Builder.validate(...) instead.");
    AddOrder late = AddOrder.market("XBTUSD", Side.BUY, BigDecimal.ONE).deadline(Instant.EPOCH).build();
    assertThatThrownBy(() -> AddOrderBatch.builder(List.of(late, buy("g1"))))
        .hasMessage("orders[0] sets deadline, which AddOrderBatch sets for the whole batch; call"
            + " AddOrderBatch.Builder.deadline(...) instead.");
    assertThatThrownBy(() -> AddOrderBatch.builder(List.of(buy("g1"), sellTagged(), buy("g1"))))
        .hasMessage("orders[2] repeats cl_ord_id g1 of orders[0]; each order needs its own client order id.");
    assertThat(server.getRequestCount()).isZero();
  }
}
