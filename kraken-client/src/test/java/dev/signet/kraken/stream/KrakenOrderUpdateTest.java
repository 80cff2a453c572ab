package dev.signet.kraken.stream;

import static dev.signet.kraken.stream.KrakenBookTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.SignetJson;
import dev.signet.kraken.trading.KrakenOrder;
import dev.signet.kraken.trading.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

/** KrakenOrderUpdate from the docs' executions report and REST order, and which states advance on which. */
class KrakenOrderUpdateTest {
  private static final String PENDING = fixture("ws_executions_pending.json");

  private static ExecutionEvent report(String json) {
    return SignetJson.mapper().readValue(json, ExecutionsMessage.class).data().get(0);
  }

  private static KrakenOrderUpdate update(String status, String cumQty, KrakenOrderUpdate earlier) {
    return KrakenOrderUpdate.of(report(PENDING.replace("\"order_status\":\"pending_new\"", "\"order_status\":\"" + status + "\"")
        .replace("\"cum_cost\":0.0", "\"cum_cost\":0.0,\"cum_qty\":" + cumQty)), earlier);
  }

  @Test
  void theDocumentedPendingReportIsAPendingUpdateWithEveryFieldItSent() {
    assertThat(KrakenOrderUpdate.of(report(PENDING), null)).isEqualTo(new KrakenOrderUpdate("OK4GJX-KSTLS-7DZZO5", null,
        "BTC/USD", Side.SELL, KrakenOrderUpdate.State.PENDING, "pending_new", new BigDecimal("0.005"), new BigDecimal("26500.0"),
        BigDecimal.ZERO, new BigDecimal("0.0"), Instant.parse("2023-09-22T10:33:05.709950Z"), false));
  }

  @Test
  void aReportLeavingFieldsOutKeepsTheKnownOnesAndTakesItsStatusFromExecType() {
    KrakenOrderUpdate known = update("new", "0", null);
    KrakenOrderUpdate cancel = KrakenOrderUpdate.of(report("{\"channel\":\"executions\",\"type\":\"update\",\"data\":[{"
        + "\"order_id\":\"OK4GJX-KSTLS-7DZZO5\",\"exec_type\":\"canceled\",\"reason\":\"User requested\","
        + "\"timestamp\":\"2023-09-22T10:40:00Z\"}],\"sequence\":9}"), known);
    assertThat(cancel).isEqualTo(new KrakenOrderUpdate("OK4GJX-KSTLS-7DZZO5", null, "BTC/USD", Side.SELL,
        KrakenOrderUpdate.State.CANCELED, "canceled", new BigDecimal("0.005"), new BigDecimal("26500.0"), BigDecimal.ZERO,
        new BigDecimal("0.0"), Instant.parse("2023-09-22T10:40:00Z"), false));
    assertThat(cancel.advances(known)).isTrue();
  }

  @Test
  void aDuplicateAStaleStateAndAnythingAfterAFinalOneDoNotAdvance() {
    KrakenOrderUpdate open = update("new", "0", null);
    assertThat(open.advances(null)).isTrue();
    assertThat(update("new", "0", open).advances(open)).as("a duplicate").isFalse();
    assertThat(update("pending_new", "0", open).advances(open)).as("a stale pending").isFalse();
    KrakenOrderUpdate part = update("partially_filled", "0.002", open);
    assertThat(part.advances(open)).isTrue();
    assertThat(update("new", "0.001", part).advances(part)).as("a fill taken back").isFalse();
    KrakenOrderUpdate filled = update("filled", "0.005", part);
    assertThat(filled.advances(part)).isTrue();
    assertThat(update("canceled", "0.005", filled).advances(filled)).as("after a final state").isFalse();
    assertThat(filled.state().isFinal()).isTrue();
    assertThat(part.state().isFinal()).isFalse();
  }

  @Test
  void aRestOrderIsReconciledWithItsCloseTimeAndLimit() {
    Map<String, KrakenOrder> closed = SignetJson.mapper().convertValue(SignetJson.mapper().readTree(
        fixture("closed_orders.json")).path("result").path("closed"), new TypeReference<Map<String, KrakenOrder>>() {});
    assertThat(KrakenOrderUpdate.of("O37652-RJWRT-IMO74O", closed.get("O37652-RJWRT-IMO74O"))).isEqualTo(
        new KrakenOrderUpdate("O37652-RJWRT-IMO74O", null, "XBTGBP", Side.BUY, KrakenOrderUpdate.State.CANCELED, "canceled",
            new BigDecimal("0.00100000"), new BigDecimal("23667.0"), new BigDecimal("0.00000000"), new BigDecimal("0.00000"),
            Instant.parse("2023-06-30T18:10:10.048200Z"), true));
  }
}
