package dev.signet.kraken.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.SignetJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The fake's answers have the members of Kraken's documented examples, in their order (fixtures: SOURCES.md). */
class KrakenFakeShapesTest {
  private final FakeTrading t = FakeTrading.xbtUsd();

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void historyHasTheExamplesMembers() throws IOException {
    String txid = t.add("pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.1", "price", "39000");
    t.fake.setPrice("XBTUSD", new BigDecimal("39000"));
    assertThat(names(first(t.call("TradesHistory").path("trades"))))
        .isEqualTo(names(first(fixture("trades_history").path("trades"))));
    assertThat(t.call("TradesHistory").propertyNames()).containsExactly("trades", "count");
    assertThat(names(first(t.call("Ledgers").path("ledger")))).isEqualTo(names(first(fixture("ledgers").path("ledger"))));
    assertThat(t.call("Ledgers").propertyNames()).containsExactlyElementsOf(fixture("ledgers").propertyNames());
    assertThat(t.call("QueryOrders", "txid", txid).path(txid).path("status").asString()).isEqualTo("closed");
  }

  @Test
  void publicTradesAndOhlcRowsHaveTheExamplesTypes() throws IOException {
    t.add("pair", "XBTUSD", "type", "sell", "ordertype", "market", "volume", "0.5");
    assertThat(kinds(t.publicCall("Trades", "pair", "XBTUSD").path("XXBTZUSD").path(0)))
        .isEqualTo(kinds(fixture("recent_trades").path("XXBTZUSD").path(0)));
    assertThat(t.publicCall("Trades", "pair", "XBTUSD").path("last").isString()).isTrue();
    assertThat(kinds(t.publicCall("OHLC", "pair", "XBTUSD").path("XXBTZUSD").path(0)))
        .isEqualTo(kinds(fixture("ohlc").path("XXBTZUSD").path(0)));
    assertThat(t.publicCall("OHLC", "pair", "XBTUSD").path("last").isIntegralNumber()).isTrue();
  }

  @Test
  void orderChangesHaveTheExamplesMembers() throws IOException {
    String txid = t.add("pair", "XBTUSD", "type", "buy", "ordertype", "limit", "volume", "0.1", "price", "39000");
    assertThat(t.call("EditOrder", "txid", txid, "pair", "XBTUSD", "price", "38000").propertyNames())
        .containsExactlyElementsOf(fixture("edit_order").propertyNames());
    assertThat(t.call("CancelAllOrdersAfter", "timeout", "60").propertyNames())
        .containsExactlyElementsOf(fixture("cancel_all_orders_after").propertyNames());
    Map<String, Object> order = new java.util.LinkedHashMap<>();
    order.put("ordertype", "limit");
    order.put("type", "buy");
    order.put("volume", "0.1");
    order.put("price", "30000");
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("orders", List.of(order, order));
    body.put("pair", "XBTUSD");
    JsonNode placed = t.kraken.privateCallJson("AddOrderBatch", body).path("orders").path(1);
    assertThat(names(placed)).isEqualTo(names(fixture("add_order_batch").path("orders").path(1)));
  }

  private static JsonNode fixture(String name) throws IOException {
    try (InputStream in = KrakenFakeShapesTest.class.getResourceAsStream("/fixtures/" + name + ".json")) {
      return SignetJson.mapper().readTree(in).path("result");
    }
  }

  private static JsonNode first(JsonNode object) {
    return object.iterator().next();
  }

  private static List<String> names(JsonNode object) {
    return new ArrayList<>(object.propertyNames());
  }

  /** The JSON kind of each element: string, number with or without fraction. */
  private static List<String> kinds(JsonNode row) {
    List<String> kinds = new ArrayList<>();
    for (JsonNode e : row) {
      kinds.add(e.isString() ? "string" : e.isIntegralNumber() ? "integer" : e.isNumber() ? "fraction" : e.getNodeType().name());
    }
    return kinds;
  }
}
