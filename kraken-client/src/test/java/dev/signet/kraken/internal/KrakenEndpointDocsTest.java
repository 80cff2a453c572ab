package dev.signet.kraken.internal;

import dev.signet.apicheck.GeneratedFile;
import org.junit.jupiter.api.Test;

/**
 * Renders the Kraken Spot table as Markdown to {@code docs/kraken-endpoints.md} at the
 * repository root and fails when the committed file differs. Regenerate with
 * {@code mvn -B -o -pl kraken-client -am test -Dtest=KrakenEndpointDocsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsignet.docs.update=true}.
 */
class KrakenEndpointDocsTest {
  static final String FILE = "docs/kraken-endpoints.md";

  @Test
  void committedDocsMatchTheTables() {
    GeneratedFile.assertCommitted(FILE, render());
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Kraken endpoints\n\n")
        .append("Generated from the endpoint table (`KrakenEndpoints`) by `KrakenEndpointDocsTest`; do not\n")
        .append("edit by hand. Regenerate with `mvn -B -o -pl kraken-client -am test -Dtest=KrakenEndpointDocsTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dsignet.docs.update=true`.\n\n")
        .append("Weight is the cost on the API key's REST call counter (CALL_COUNTER); public methods are\n")
        .append("throttled per IP and not counted (NONE). Order count above 0 means the matching engine's\n")
        .append("per-pair trading counter applies, with the client-id parameter the SDK fills in. A private\n")
        .append("method the table does not list is sent as a WRITE (never resent) costing the unknown weight.\n");
    md.append('\n').append(KrakenEndpoints.TABLE.toMarkdown());
    md.append("\n## Per-pair trading counter\n\n")
        .append("What each order action adds to the pair's matching-engine counter (Kraken \"Spot Trading Limits\"):\n")
        .append("the fixed count, then the count by the order's age (since it was placed or last amended). An\n")
        .append("order this process did not place has no known age and is charged the row's worst case, on the\n")
        .append("pair EditOrder sends or the typed AmendOrder names; CancelOrder and a raw AmendOrder name no\n")
        .append("pair, so such an order is not charged for them. AddOrderBatch adds 1/2 per order.\n\n")
        .append("| Action | Fixed | < 5 s | < 10 s | < 15 s | < 45 s | < 90 s | < 300 s | Unknown age |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    row(md, "AddOrder", KrakenEndpoints.ADD_ORDER_TRADING);
    row(md, "AmendOrder", KrakenEndpoints.AMEND_ORDER_TRADING);
    row(md, "EditOrder", KrakenEndpoints.EDIT_ORDER_TRADING);
    row(md, "CancelOrder (each of CancelOrderBatch)", KrakenEndpoints.CANCEL_ORDER_TRADING);
    return md.toString();
  }

  private static void row(StringBuilder md, String action, TradingCost cost) {
    md.append("| ").append(action).append(" | ").append(count(cost.fixedHundredths()));
    for (int i = 0; i < TradingCost.AGE_BOUNDS_MILLIS.size(); i++) {
      md.append(" | ").append(i < cost.byAgeHundredths().size() ? count(cost.byAgeHundredths().get(i)) : "0");
    }
    md.append(" | ").append(count(cost.unknownAgeHundredths())).append(" |\n");
  }

  private static String count(long hundredths) {
    return java.math.BigDecimal.valueOf(hundredths, 2).stripTrailingZeros().toPlainString();
  }
}
