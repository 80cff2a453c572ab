package dev.signet.kraken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.SignetJson;
import dev.signet.kraken.trading.AddOrder;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Kraken refusing a price or a minimum the pre-flight passed means the cached rules are old: the next order reloads them. */
class KrakenStaleRulesTest {
  private final MockWebServer server = new MockWebServer();
  private KrakenClient kraken;

  @BeforeEach
  void start() throws Exception {
    server.start(0);
    kraken = KrakenClient.builder().credentials(KrakenCredentials.of(KrakenTestData.API_KEY, KrakenTestData.DOCS_SECRET))
        .baseUrl(server.url("/").toString()).nonceSource(KrakenNonceSource.startingAt(1700000000000L)).build();
  }

  @AfterEach
  void stop() {
    kraken.close();
    server.close();
  }

  private void respond(String body) {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
  }

  private static AddOrder order() {
    return AddOrder.limit("XBTUSD", Side.BUY, new BigDecimal("0.1"), new BigDecimal("39000")).clientOrderId("c1").build();
  }

  /** The AssetPairs example with only XXBTZUSD, as AssetPairs?pair=XBTUSD answers. */
  private static String xbtUsdOnly() {
    ObjectNode all = (ObjectNode) SignetJson.mapper().readTree(KrakenTestData.resource("fixtures/asset_pairs_excerpt.json"));
    ((ObjectNode) all.get("result")).remove("XETHXXBT");
    return all.toString();
  }

  @Test
  void invalidPriceAndOrderMinimumDropThePairsRulesSoTheNextOrderReloadsThem() throws Exception {
    for (String error : new String[] {"EOrder:Invalid price", "EOrder:Order minimum not met"}) {
      if (server.getRequestCount() == 0) {
        respond(KrakenTestData.resource("fixtures/asset_pairs_excerpt.json"));
      }
      respond("{\"error\":[\"" + error + "\"]}");
      assertThatThrownBy(() -> kraken.trading().addOrder(order())).isInstanceOfSatisfying(KrakenApiException.class,
          e -> assertThat(e.errors()).containsExactly(error));
      respond(xbtUsdOnly());
      respond(KrakenTestData.resource("fixtures/add_order.json"));
      assertThat(kraken.trading().addOrder(order()).txid()).containsExactly("OUF4EM-FRGI2-MQMWZD");
    }
    assertThat(targets(7)).containsExactly("/0/public/AssetPairs", "/0/private/AddOrder",
        "/0/public/AssetPairs?pair=XBTUSD", "/0/private/AddOrder",
        "/0/private/AddOrder", "/0/public/AssetPairs?pair=XBTUSD", "/0/private/AddOrder");
  }

  @Test
  void otherRefusalsKeepTheRules() throws Exception {
    respond(KrakenTestData.resource("fixtures/asset_pairs_excerpt.json"));
    respond("{\"error\":[\"EOrder:Insufficient funds\"]}");
    assertThatThrownBy(() -> kraken.trading().addOrder(order())).isInstanceOf(KrakenApiException.class);
    respond(KrakenTestData.resource("fixtures/add_order.json"));
    kraken.trading().addOrder(order());
    assertThat(targets(3)).containsExactly("/0/public/AssetPairs", "/0/private/AddOrder", "/0/private/AddOrder");
  }

  private java.util.List<String> targets(int n) throws InterruptedException {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(server.takeRequest().getTarget());
    }
    return out;
  }
}
