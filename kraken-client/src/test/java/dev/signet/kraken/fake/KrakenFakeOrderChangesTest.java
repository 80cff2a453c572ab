package dev.signet.kraken.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.kraken.KrakenApiException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** AmendOrder, EditOrder, the cancels, the dead man's switch and AddOrderBatch against the fake. */
class KrakenFakeOrderChangesTest {
  private final FakeTrading t = FakeTrading.xbtUsd();

  @AfterEach
  void stop() {
    t.close();
  }

  private String buy(String volume, String price, String... more) {
    String[] base = {"pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", volume, "price", price};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return t.add(all);
  }

  @Test
  void amendKeepsTheTxidAndHoldsTheNewCost() {
    String txid = buy("0.1", "39000");
    assertThat(t.call("AmendOrder", "txid", txid, "order_qty", "0.2", "limit_price", "38000").toString())
        .isEqualTo("{\"amend_id\":\"A00002-15838-209458\"}");
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("7600");
    JsonNode open = t.call("OpenOrders").path("open").path(txid);
    assertThat(open.path("vol").asString()).isEqualTo("0.20000000");
    assertThat(open.path("descr").path("price").asString()).isEqualTo("38000");
    assertThat(open.path("misc").asString()).isEqualTo("amended");
    assertThat(FakeTrading.withoutTimes(t.call("OrderAmends", "order_id", txid), "timestamp")).isEqualTo("{\"amends\":["
        + "{\"amend_id\":\"A00001-07919-104729\",\"amend_type\":\"original\",\"order_qty\":\"0.10000000\","
        + "\"remaining_qty\":\"0.10000000\",\"limit_price\":\"39000\"},"
        + "{\"amend_id\":\"A00002-15838-209458\",\"amend_type\":\"user\",\"order_qty\":\"0.20000000\","
        + "\"remaining_qty\":\"0.20000000\",\"limit_price\":\"38000\"}],\"count\":2}");

    t.refuses("EOrder:Post only order", "AmendOrder", "txid", txid, "limit_price", "41000", "post_only", "true");
    t.refuses("EGeneral:Invalid arguments:trigger_price", "AmendOrder", "txid", txid, "trigger_price", "41000");
    t.refuses("EOrder:Insufficient funds", "AmendOrder", "txid", txid, "order_qty", "1");
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("7600");
    t.call("AmendOrder", "txid", txid, "limit_price", "40500");
    assertThat(t.call("QueryOrders", "txid", txid).path(txid).path("status").asString()).isEqualTo("closed");
    t.refuses("EOrder:Unknown order", "AmendOrder", "txid", txid, "limit_price", "39000");
  }

  @Test
  void editCancelsAndReplacesWithANewTxid() {
    String old = buy("0.2", "38000", "userref", "7");
    JsonNode edited = t.call("EditOrder", "txid", old, "pair", "XBTUSD", "price", "38500");
    String replacement = edited.path("txid").asString();
    assertThat(replacement).isNotEqualTo(old);
    assertThat(edited.toString()).isEqualTo("{\"status\":\"ok\",\"txid\":\"" + replacement + "\",\"originaltxid\":\"" + old
        + "\",\"volume\":\"0.20000000\",\"price\":\"38500\",\"price2\":\"0\",\"orders_cancelled\":1,"
        + "\"descr\":{\"order\":\"buy 0.20000000 XBTUSD @ limit 38500\"},\"olduserref\":7}");
    assertThat(t.call("QueryOrders", "txid", old).path(old).path("status").asString()).isEqualTo("canceled");
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("7700");
    t.refuses("EOrder:Insufficient funds", "EditOrder", "txid", replacement, "pair", "XBTUSD", "volume", "1");
    assertThat(t.call("OpenOrders").path("open").propertyNames()).containsExactly(replacement);
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("7700");
  }

  @Test
  void cancelByUserrefCancelsEveryOrderWithIt() {
    buy("0.01", "30000", "userref", "7");
    buy("0.01", "30001", "userref", "7");
    String other = buy("0.01", "30002");
    assertThat(t.call("CancelOrder", "txid", "7").toString()).isEqualTo("{\"count\":2,\"pending\":false}");
    assertThat(t.call("OpenOrders").path("open").propertyNames()).containsExactly(other);
    t.refuses("EOrder:Unknown order", "CancelOrder", "txid", "8");
    assertThat(t.call("CancelAll").toString()).isEqualTo("{\"count\":1,\"pending\":false}");
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("0");
  }

  @Test
  void cancelOrderBatchTakesClientOrderIds() {
    String a = buy("0.01", "30000", "cl_ord_id", "grid-1");
    buy("0.01", "30001", "cl_ord_id", "grid-2");
    String c = buy("0.01", "30002");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("orders", List.of(c));
    body.put("cl_ord_ids", List.of("grid-2"));
    assertThat(t.kraken.privateCallJson("CancelOrderBatch", body).toString()).isEqualTo("{\"count\":2}");
    assertThat(t.call("OpenOrders").path("open").propertyNames()).containsExactly(a);
  }

  @Test
  void deadMansSwitchCancelsEverythingOnceTheClockPassesIt() {
    JsonNode armed = t.call("CancelAllOrdersAfter", "timeout", "60");
    Instant current = Instant.parse(armed.path("currentTime").asString());
    assertThat(Instant.parse(armed.path("triggerTime").asString())).isEqualTo(current.plusSeconds(60));
    assertThat(armed.path("currentTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    buy("0.01", "30000");
    t.fake.advance(Duration.ofSeconds(30));
    assertThat(t.call("OpenOrders").path("open").size()).isEqualTo(1);
    t.fake.advance(Duration.ofSeconds(31));
    assertThat(t.fake.locked("ZUSD")).isEqualByComparingTo("0");

    t.call("CancelAllOrdersAfter", "timeout", "10");
    buy("0.01", "30000");
    t.fake.clock().advance(Duration.ofSeconds(11)); // noticed at the next request
    assertThat(t.call("OpenOrders").path("open").size()).isZero();

    t.call("CancelAllOrdersAfter", "timeout", "10");
    assertThat(t.call("CancelAllOrdersAfter", "timeout", "0").path("triggerTime").asString()).isEqualTo("0");
    buy("0.01", "30000");
    t.fake.advance(Duration.ofSeconds(11));
    assertThat(t.call("OpenOrders").path("open").size()).isEqualTo(1);
    t.refuses("EGeneral:Invalid arguments:timeout", "CancelAllOrdersAfter", "timeout", "86400");
  }

  @Test
  void addOrderBatchChecksAllThenPlacesEachInOrder() {
    JsonNode placed = t.kraken.privateCallJson("AddOrderBatch", batch("0.1", "39000", "5", "45000"));
    JsonNode orders = placed.path("orders");
    assertThat(orders.path(0).toString()).isEqualTo("{\"txid\":\"" + orders.path(0).path("txid").asString()
        + "\",\"descr\":{\"order\":\"buy 0.10000000 XBTUSD @ limit 39000\"}}");
    assertThat(orders.path(1).toString()).isEqualTo("{\"error\":\"EOrder:Insufficient funds\"}");
    var sent = t.fake.requests().get(t.fake.requestCount() - 1);
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(sent.getBody().utf8()).matches("\\{\"nonce\":\"[0-9]+\",\"orders\":\\[\\{\"ordertype\":\"limit\",\"type\":\"buy\","
        + "\"volume\":\"0.1\",\"price\":\"39000\"\\},\\{\"ordertype\":\"limit\",\"type\":\"sell\",\"volume\":\"5\","
        + "\"price\":\"45000\"\\}\\],\"pair\":\"XBTUSD\"\\}");

    int before = t.fake.ordersPlaced();
    assertThatThrownBy(() -> t.kraken.privateCallJson("AddOrderBatch", batch("0.1", "39000", "0.1", "-1")))
        .isInstanceOfSatisfying(KrakenApiException.class, e -> assertThat(e.errors()).containsExactly("EGeneral:Invalid arguments:price"));
    Map<String, Object> one = batch("0.1", "39000", "0.1", "39000");
    one.put("orders", List.of(((List<?>) one.get("orders")).get(0)));
    assertThatThrownBy(() -> t.kraken.privateCallJson("AddOrderBatch", one))
        .isInstanceOfSatisfying(KrakenApiException.class, e -> assertThat(e.errors()).containsExactly("EGeneral:Invalid arguments:orders"));
    assertThat(t.fake.ordersPlaced()).isEqualTo(before);

    Map<String, Object> validate = batch("0.1", "39000", "0.2", "45000");
    validate.put("validate", true);
    assertThat(t.kraken.privateCallJson("AddOrderBatch", validate).toString()).isEqualTo("{\"orders\":["
        + "{\"descr\":{\"order\":\"buy 0.10000000 XBTUSD @ limit 39000\"}},"
        + "{\"descr\":{\"order\":\"sell 0.20000000 XBTUSD @ limit 45000\"}}]}");
    assertThat(t.fake.ordersPlaced()).isEqualTo(before);
  }

  private static Map<String, Object> batch(String buyVolume, String buyPrice, String sellVolume, String sellPrice) {
    Map<String, Object> buy = new LinkedHashMap<>();
    buy.put("ordertype", "limit");
    buy.put("type", "buy");
    buy.put("volume", buyVolume);
    buy.put("price", buyPrice);
    Map<String, Object> sell = new LinkedHashMap<>();
    sell.put("ordertype", "limit");
    sell.put("type", "sell");
    sell.put("volume", sellVolume);
    sell.put("price", sellPrice);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("orders", List.of(buy, sell));
    body.put("pair", "XBTUSD");
    return body;
  }
}
