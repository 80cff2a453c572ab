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
    return md.toString();
  }


}
