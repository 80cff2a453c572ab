package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signet.core.Endpoint;
import dev.signet.core.Params;
import dev.signet.core.Security;
import org.junit.jupiter.api.Test;

/** The Spot WebSocket API table: each row's documented weight, counted on the Spot IP weight. */
class WebSocketApiEndpointsTest {
  private static String describe(Endpoint e) {
    return e.method() + " " + e.path() + " " + e.security() + " " + e.limit() + " " + e.weightOf(Params.empty());
  }

  @Test
  void everyRowCarriesItsDocumentedWeightOnTheSpotIpWeight() {
    assertThat(WebSocketApiEndpoints.TABLE.rows()).extracting(WebSocketApiEndpointsTest::describe).containsExactly(
        "GET /ws-api/v3 " + Security.PUBLIC + " IP_WEIGHT 2",
        "POST /ws-api/v3/session.logon " + Security.SIGNED + " IP_WEIGHT 2",
        "POST /ws-api/v3/userDataStream.subscribe " + Security.PUBLIC + " IP_WEIGHT 2",
        "POST /ws-api/v3/userDataStream.subscribe.signature " + Security.SIGNED + " IP_WEIGHT 2");
  }

  @Test
  void aMethodFindsItsRowAndAnUnknownOneIsRefusedNamingTheFix() {
    assertThat(WebSocketApiEndpoints.ofMethod("session.logon")).isSameAs(WebSocketApiEndpoints.SESSION_LOGON);
    assertThatThrownBy(() -> WebSocketApiEndpoints.ofMethod("order.place"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Spot WebSocket API table has no row for order.place; add one with its documented weight");
  }
}
