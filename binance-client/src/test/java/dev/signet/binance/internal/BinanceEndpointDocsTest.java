package dev.signet.binance.internal;

import dev.signet.core.EndpointTable;
import java.util.List;
import dev.signet.apicheck.GeneratedFile;
import org.junit.jupiter.api.Test;

/**
 * Renders the Spot, SAPI and USD-M tables as Markdown to {@code docs/binance-endpoints.md} at the
 * repository root and fails when the committed file differs. Regenerate with
 * {@code mvn -B -o -pl binance-client -am test -Dtest=BinanceEndpointDocsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dsignet.docs.update=true}.
 */
class BinanceEndpointDocsTest {
  static final String FILE = "docs/binance-endpoints.md";

  @Test
  void committedDocsMatchTheTables() {
    GeneratedFile.assertCommitted(FILE, render());
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("# Binance endpoints\n\n")
        .append("Generated from the endpoint tables (`SpotEndpoints`, `SapiEndpoints`, `FuturesEndpoints`) by\n")
        .append("`BinanceEndpointDocsTest`; do not edit by hand. Regenerate with\n")
        .append("`mvn -B -o -pl binance-client -am test -Dtest=BinanceEndpointDocsTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dsignet.docs.update=true`.\n\n")
        .append("Weight is what one call costs against the limit (by its parameters where the docs say so).\n")
        .append("Order count is the units added to the ORDERS windows, with the client-id parameter the SDK\n")
        .append("fills in. A method and path a table does not list is sent as a WRITE (never resent) at the\n")
        .append("table's unknown weight.\n");
    for (EndpointTable t : List.of(SpotEndpoints.TABLE, SapiEndpoints.TABLE, FuturesEndpoints.TABLE)) {
      md.append('\n').append(t.toMarkdown());
    }
    return md.toString();
  }


}
