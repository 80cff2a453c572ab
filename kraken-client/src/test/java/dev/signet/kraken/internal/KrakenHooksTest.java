package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Decoder;
import dev.signet.core.OrderStatusUnknownException;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RetryPolicy;
import dev.signet.core.TransportException;
import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.KrakenClient;
import dev.signet.kraken.KrakenCredentials;
import dev.signet.kraken.KrakenNonceSource;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.AddOrderBatch;
import dev.signet.kraken.trading.AmendOrder;
import dev.signet.kraken.trading.EditOrder;
import dev.signet.kraken.trading.Side;
import dev.signet.testkit.FakeTicker;
import dev.signet.testkit.KrakenSignatureCheck;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link KrakenHooks} adds around a client's calls: the trading counter charged before AddOrder,
 * AddOrderBatch, AmendOrder, EditOrder and the cancels and told of every placed, amended and edited order, and a refused nonce as the one failure after which
 * an order is sent again.
 */
class KrakenHooksTest {
  private static final String API_KEY = "kApiKeyForTests0123456789";
  private static final String SECRET =
      "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
  private static final String PLACED = "{\"error\":[],\"result\":{\"descr\":{\"order\":\"buy 1.25000000 XBTUSD @ limit"
      + " 37500.0\"},\"txid\":[\"OTX-1\"]}}";
  private static final String AMENDED = "{\"error\":[],\"result\":{\"amend_id\":\"TEZA4R-DSDGT-IJBOJK\"}}";
  private static final String CANCELLED = "{\"error\":[],\"result\":{\"count\":1}}";
  private static final String TRADING_XBTUSD = "Kraken trading counter XBTUSD (STARTER)";

  private final MockWebServer server = new MockWebServer();
  private final KrakenSignatureCheck check = KrakenSignatureCheck.builder().key(API_KEY, SECRET).build();
  private final FakeTicker ticker = FakeTicker.at(Instant.ofEpochMilli(1_700_000_000_000L));
  private KrakenClient kraken;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    kraken = client(true);
  }

  @AfterEach
  void stop() {
    kraken.close();
    server.close();
  }

  private KrakenClient client(boolean tradingLimits) {
    return KrakenClient.builder().preflight(false)
        .credentials(KrakenCredentials.of(API_KEY, SECRET))
        .baseUrl(server.url("/").toString())
        .nonceSource(KrakenNonceSource.startingAt(100))
        .retryPolicy(RetryPolicy.builder().jitter(0).build())
        .ticker(ticker)
        .tradingLimits(tradingLimits)
        .build();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  private long tradingUsed(String name) {
    return kraken.rateLimits().stream().filter(u -> u.name().equals(name)).mapToLong(RateLimitUsage::used)
        .findFirst().orElseThrow(() -> new AssertionError("no usage entry " + name + " in " + kraken.rateLimits()));
  }

  private List<String> usageNames() {
    return kraken.rateLimits().stream().map(RateLimitUsage::name).toList();
  }

  private static AddOrder.Builder order() {
    return AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("1.25"), new BigDecimal("37500"));
  }

  private KrakenSignatureCheck.Verified verified() throws InterruptedException {
    return check.verify(server.takeRequest());
  }

  @Test
  void addOrderChargesOneAndCancellingItByTxidAtOnceChargesEight() throws Exception {
    respond(PLACED);
    assertThat(kraken.trading().addOrder(order().clientOrderId("bot-1").build()).txid()).containsExactly("OTX-1");
    assertThat(tradingUsed(TRADING_XBTUSD)).isEqualTo(1);
    respond(CANCELLED);
    assertThat(kraken.trading().cancelOrder("OTX-1").count()).isEqualTo(1);
    assertThat(tradingUsed(TRADING_XBTUSD)).as("1 + 8 for an order younger than 5 s").isEqualTo(9);

    KrakenSignatureCheck.Verified add = verified();
    assertThat(add.path()).isEqualTo("/0/private/AddOrder");
    assertThat(add.params()).containsExactly(Map.entry("nonce", "100"), Map.entry("cl_ord_id", "bot-1"),
        Map.entry("ordertype", "limit"), Map.entry("pair", "XBTUSD"), Map.entry("price", "37500"),
        Map.entry("type", "buy"), Map.entry("volume", "1.25"));
    KrakenSignatureCheck.Verified cancel = verified();
    assertThat(cancel.path()).isEqualTo("/0/private/CancelOrder");
    assertThat(cancel.params()).containsExactly(Map.entry("nonce", "101"), Map.entry("txid", "OTX-1"));
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void cancellingByClientOrderIdSixSecondsLaterChargesSix() throws Exception {
    respond(PLACED);
    kraken.trading().addOrder(order().clientOrderId("bot-1").build());
    ticker.advance(Duration.ofSeconds(6)); // the 1 decays away (1/s on STARTER)
    assertThat(tradingUsed(TRADING_XBTUSD)).isZero();
    respond(CANCELLED);
    kraken.trading().cancelOrderByClientId("bot-1");
    assertThat(tradingUsed(TRADING_XBTUSD)).as("6 for an order 5 to 10 s old").isEqualTo(6);
    verified();
    assertThat(verified().params()).containsExactly(Map.entry("nonce", "101"), Map.entry("cl_ord_id", "bot-1"));
  }

  @Test
  void aValidatedOrderIsChargedButNotRememberedSoCancellingItsIdCostsNothing() throws Exception {
    respond("{\"error\":[],\"result\":{\"descr\":{\"order\":\"buy 1.25000000 XBTUSD @ limit 37500.0\"}}}");
    kraken.trading().addOrder(order().clientOrderId("bot-1").validate(true).build());
    assertThat(verified().param("validate")).contains("true");
    assertThat(tradingUsed(TRADING_XBTUSD)).isEqualTo(1);
    respond(CANCELLED);
    kraken.trading().cancelOrderByClientId("bot-1");
    assertThat(tradingUsed(TRADING_XBTUSD)).isEqualTo(1);
  }

  @Test
  void aRawAddOrderIsRememberedByTheTxidsOfItsJsonResult() throws Exception {
    respond("{\"error\":[],\"result\":{\"descr\":{\"order\":\"x\"},\"txid\":[\"OTX-7\",\"OTX-8\"]}}");
    kraken.privateCall("AddOrder", Params.of("ordertype", "market").add("type", "sell").add("volume", "2")
        .add("pair", "ETHUSD").add("userref", "5"));
    assertThat(verified().params()).containsExactly(Map.entry("nonce", "100"), Map.entry("ordertype", "market"),
        Map.entry("type", "sell"), Map.entry("volume", "2"), Map.entry("pair", "ETHUSD"), Map.entry("userref", "5"));
    String ethusd = "Kraken trading counter ETHUSD (STARTER)";
    assertThat(tradingUsed(ethusd)).isEqualTo(1);
    respond(CANCELLED);
    kraken.trading().cancelOrder("OTX-8");
    assertThat(tradingUsed(ethusd)).isEqualTo(9);
  }

  @Test
  void aRawAddOrderWhoseResultHasNoTxidArrayLeavesNothingToCharge() throws Exception {
    respond("{\"error\":[],\"result\":{\"descr\":{\"order\":\"x\"},\"txid\":\"OTX-7\"}}");
    kraken.privateCall("AddOrder", Params.of("ordertype", "market").add("type", "sell").add("volume", "2")
        .add("pair", "ETHUSD").add("cl_ord_id", "raw-1"));
    respond(CANCELLED);
    kraken.trading().cancelOrder("OTX-7");
    String ethusd = "Kraken trading counter ETHUSD (STARTER)";
    assertThat(tradingUsed(ethusd)).as("only the add's 1").isEqualTo(1);
    respond(CANCELLED);
    kraken.trading().cancelOrderByClientId("raw-1");
    assertThat(tradingUsed(ethusd)).as("the client id is remembered").isEqualTo(9);
  }

  @Test
  void aRawAddOrderWithoutAPairIsSentButNotCounted() throws Exception {
    respond(PLACED);
    kraken.privateCall("AddOrder", Params.of("ordertype", "market").add("type", "buy").add("volume", "1")
        .add("cl_ord_id", "nopair-1"));
    assertThat(usageNames()).containsExactly("Kraken call counter (STARTER)");
    respond(CANCELLED);
    kraken.trading().cancelOrder("OTX-1");
    assertThat(usageNames()).containsExactly("Kraken call counter (STARTER)");
    assertThat(verified().param("pair")).isEmpty();
  }

  @Test
  void cancelOrderBatchChargesEveryKnownOrderItNames() throws Exception {
    respond(PLACED);
    kraken.trading().addOrder(order().clientOrderId("bot-1").build());
    respond("{\"error\":[],\"result\":{\"descr\":{\"order\":\"x\"},\"txid\":[\"OTX-2\"]}}");
    kraken.trading().addOrder(order().clientOrderId("bot-2").build());
    ticker.advance(Duration.ofSeconds(2)); // the two adds decay away
    respond("{\"error\":[],\"result\":{\"count\":2}}");
    assertThat(kraken.trading().cancelOrderBatch(List.of("OTX-1", "OTX-2", "OTHER"))).isEqualTo(2);
    assertThat(tradingUsed(TRADING_XBTUSD)).as("8 + 8; OTHER is unknown").isEqualTo(16);
    verified();
    verified();
    KrakenSignatureCheck.Verified batch = verified();
    assertThat(batch.path()).isEqualTo("/0/private/CancelOrderBatch");
    assertThat(batch.json()).isEqualTo("{\"nonce\":\"102\",\"orders\":[\"OTX-1\",\"OTX-2\",\"OTHER\"]}");
  }

  @Test
  void cancelOrderBatchByClientIdsChargesEveryKnownOrderItNames() throws Exception {
    respond(PLACED);
    kraken.trading().addOrder(order().clientOrderId("bot-1").build());
    ticker.advance(Duration.ofSeconds(2));
    respond("{\"error\":[],\"result\":{\"count\":1}}");
    assertThat(kraken.trading().cancelOrderBatchByClientIds(List.of("bot-1", "other"))).isEqualTo(1);
    assertThat(tradingUsed(TRADING_XBTUSD)).as("8 for bot-1; other is unknown").isEqualTo(8);
    verified();
    assertThat(verified().json()).isEqualTo("{\"nonce\":\"101\",\"cl_ord_ids\":[\"bot-1\",\"other\"]}");
  }

  @Test
  void aRawCancelOrderBatchNamesOrdersByTxidOrClientIdObjects() throws Exception {
    respond(PLACED);
    kraken.trading().addOrder(order().clientOrderId("bot-1").build());
    respond("{\"error\":[],\"result\":{\"descr\":{\"order\":\"x\"},\"txid\":[\"OTX-2\"]}}");
    kraken.trading().addOrder(order().clientOrderId("bot-2").build());
    ticker.advance(Duration.ofSeconds(12)); // 12 s old: 5 each
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("orders", List.of(Map.of("txid", "OTX-1"), Map.of("cl_ord_id", "bot-2"), Map.of("userref", 9)));
    respond("{\"error\":[],\"result\":{\"count\":2}}");
    assertThat(kraken.privateCallJson("CancelOrderBatch", body).get("count").asInt()).isEqualTo(2);
    assertThat(tradingUsed(TRADING_XBTUSD)).isEqualTo(10);
    verified();
    verified();
    assertThat(verified().json()).isEqualTo(
        "{\"nonce\":\"102\",\"orders\":[{\"txid\":\"OTX-1\"},{\"cl_ord_id\":\"bot-2\"},{\"userref\":9}]}");
  }

  @Test
  void withTheTradingCounterOffNothingIsCountedPerPair() throws Exception {
    kraken.close();
    kraken = client(false);
    respond(PLACED);
    kraken.trading().addOrder(order().clientOrderId("bot-1").build());
    respond(CANCELLED);
    kraken.trading().cancelOrder("OTX-1");
    respond("{\"error\":[],\"result\":{\"count\":1}}");
    kraken.trading().cancelOrderBatch(List.of("OTX-1"));
    assertThat(usageNames()).containsExactly("Kraken call counter (STARTER)");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void anOrderRefusedForItsNonceWasNotExecutedSoItIsSentAgainWithAFreshNonce() throws Exception {
    respond("{\"error\":[\"EAPI:Invalid nonce\"]}");
    respond(PLACED);
    assertThat(kraken.trading().addOrder(order().clientOrderId("bot-1").build()).txid()).containsExactly("OTX-1");
    assertThat(server.getRequestCount()).isEqualTo(2);
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getBody().utf8()).isEqualTo(
        "nonce=100&cl_ord_id=bot-1&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25");
    assertThat(second.getBody().utf8()).isEqualTo(
        "nonce=101&cl_ord_id=bot-1&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25");
    assertThat(check.verify(second).nonce()).isEqualTo(101L);
    assertThat(ticker.waits()).containsExactly(Duration.ofMillis(200));
    assertThat(tradingUsed(TRADING_XBTUSD)).as("charged once, before the first attempt").isEqualTo(1);
  }

  @Test
  void anOrderRefusedForAnythingElseIsNotSentAgain() {
    respond("{\"error\":[\"EOrder:Insufficient funds\"]}");
    assertThatThrownBy(() -> kraken.trading().addOrder(order().clientOrderId("bot-1").build()))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EOrder:Insufficient funds"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void anOrderWhoseOutcomeIsUnknownIsNotSentAgain() {
    server.enqueue(new MockResponse.Builder().code(502).body("bad gateway").build());
    respond(PLACED);
    assertThatThrownBy(() -> kraken.trading().addOrder(order().clientOrderId("bot-1").build()))
        .isInstanceOfSatisfying(OrderStatusUnknownException.class,
            e -> assertThat(e.clientOrderId()).isEqualTo("bot-1"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(ticker.waits()).isEmpty();
  }

  @Test
  void aBatchChargesHalfAnOrderEachAndRemembersEachOrderByTxidAndClientId() throws Exception {
    respond("{\"error\":[],\"result\":{\"orders\":[{\"txid\":\"OB-1\",\"descr\":{\"order\":\"a\"}},"
        + "{\"txid\":\"OB-2\",\"descr\":{\"order\":\"b\"}}]}}");
    kraken.trading().addOrderBatch(AddOrderBatch.builder(List.of(order().clientOrderId("b-1").build(),
        order().clientOrderId("b-2").build())).build());
    assertThat(verified().path()).isEqualTo("/0/private/AddOrderBatch");
    assertThat(tradingUsed(TRADING_XBTUSD)).as("2 orders x 1/2").isEqualTo(1);
    respond(CANCELLED);
    kraken.trading().cancelOrderByClientId("b-2");
    assertThat(tradingUsed(TRADING_XBTUSD)).isEqualTo(9);
    respond(CANCELLED);
    kraken.trading().cancelOrder("OB-1");
    assertThat(tradingUsed(TRADING_XBTUSD)).isEqualTo(17);
  }

  @Test
  void amendAndEditChargeTheirFixedAndAgeCountsAndTheEditedOrderIsKnownByItsNewTxid() throws Exception {
    respond(PLACED);
    kraken.trading().addOrder(order().clientOrderId("bot-1").build());
    ticker.advance(Duration.ofSeconds(7)); // the add's 1 decays away
    respond(AMENDED);
    kraken.trading().amendOrder(AmendOrder.clientOrderId("XBTUSD", "bot-1").limitPrice(new BigDecimal("37400")).build());
    assertThat(tradingUsed(TRADING_XBTUSD)).as("amend at 7 s: 1 + 2").isEqualTo(3);
    respond("{\"error\":[],\"result\":{\"status\":\"ok\",\"txid\":\"OFVXHJ-KPQ3B-VS7ELA\",\"originaltxid\":\"OTX-1\","
        + "\"volume\":\"1.25\",\"price\":\"37300\",\"price2\":\"0\",\"orders_cancelled\":1,\"descr\":{\"order\":\"x\"}}}");
    kraken.trading().editOrder(EditOrder.txid("XBTUSD", "OTX-1").price(new BigDecimal("37300")).build());
    assertThat(tradingUsed(TRADING_XBTUSD)).as("3 + edit at 0 s since the amend: 1 + 6").isEqualTo(10);
    respond(CANCELLED);
    kraken.trading().cancelOrder("OFVXHJ-KPQ3B-VS7ELA");
    assertThat(tradingUsed(TRADING_XBTUSD)).as("10 + 8 for the new order").isEqualTo(18);
    verified();
    assertThat(verified().params()).containsExactly(Map.entry("nonce", "101"), Map.entry("cl_ord_id", "bot-1"),
        Map.entry("limit_price", "37400"));
    assertThat(verified().params()).containsExactly(Map.entry("nonce", "102"), Map.entry("txid", "OTX-1"),
        Map.entry("pair", "XBTUSD"), Map.entry("price", "37300"));
  }

  @Test
  void aRawAmendOfAnUnknownOrderIsNotChargedAndARawEditIsChargedTheWorstCase() throws Exception {
    respond(AMENDED);
    kraken.privateCall("AmendOrder", Params.of("txid", "OTHER").add("order_qty", "1"));
    assertThat(usageNames()).containsExactly("Kraken call counter (STARTER)");
    respond("{\"error\":[],\"result\":{\"status\":\"ok\",\"txid\":\"ONEW\",\"originaltxid\":\"OTHER\"}}");
    kraken.privateCall("EditOrder", Params.of("txid", "OTHER").add("pair", "ETHUSD").add("volume", "1"));
    String ethusd = "Kraken trading counter ETHUSD (STARTER)";
    assertThat(tradingUsed(ethusd)).as("1 + 6: its age is unknown").isEqualTo(7);
    respond(CANCELLED);
    kraken.trading().cancelOrder("ONEW");
    assertThat(tradingUsed(ethusd)).as("the raw edit's new txid is remembered").isEqualTo(15);
  }

  @Test
  void aTypedAmendOfAnOrderPlacedElsewhereIsChargedTheWorstCaseOnItsPair() throws Exception {
    respond(AMENDED);
    kraken.trading().amendOrder(AmendOrder.txid("XBTUSD", "OELSE-1").orderQty(new BigDecimal("1")).build());
    assertThat(tradingUsed(TRADING_XBTUSD)).as("1 + 3: placed elsewhere, its age is unknown").isEqualTo(4);
    assertThat(verified().params()).containsExactly(Map.entry("nonce", "100"), Map.entry("txid", "OELSE-1"),
        Map.entry("order_qty", "1"));
    respond(CANCELLED);
    kraken.trading().cancelOrder("OELSE-1");
    assertThat(tradingUsed(TRADING_XBTUSD)).as("4 + 8: the amend restarted its age").isEqualTo(12);
  }

  @Test
  void aReadRefusedForItsArgumentsIsNotRetried() {
    respond("{\"error\":[\"EGeneral:Invalid arguments\"]}");
    respond("{\"error\":[],\"result\":{}}");
    assertThatThrownBy(() -> kraken.privateCall("Balance", Params.empty()))
        .isInstanceOfSatisfying(KrakenApiException.class,
            e -> assertThat(e.errors()).containsExactly("EGeneral:Invalid arguments"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void recoverRepairsOnlyARefusedNonce() {
    KrakenHooks hooks = new KrakenHooks(null);
    Operation<?> add = Operation.of(KrakenEndpoints.ADD_ORDER, Params.of("pair", "XBTUSD"), Decoder.tree());
    assertThat(hooks.recover(add, new KrakenApiException(List.of("EGeneral:Invalid arguments", "EAPI:Invalid nonce"), 200,
        "", "AddOrder", ""))).isTrue();
    assertThat(hooks.recover(add, new KrakenApiException(List.of("EOrder:Insufficient funds"), 200, "", "AddOrder", "")))
        .isFalse();
    assertThat(hooks.recover(add, new TransportException("reset", new java.io.IOException("reset")))).isFalse();
  }
}
