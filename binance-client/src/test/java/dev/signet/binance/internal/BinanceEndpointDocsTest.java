package dev.signet.binance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void committedDocsMatchTheTables() throws IOException {
    String rendered = render();
    Path file = repoRoot().resolve(FILE);
    if (Boolean.getBoolean("signet.docs.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
    }
    assertThat(file).as(FILE + " is missing; regenerate it with -Dsignet.docs.update=true").exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as(FILE + " is out of date with the endpoint tables; regenerate it with -Dsignet.docs.update=true")
        .isEqualTo(rendered);
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
      md.append('\n').append(table(t));
    }
    return md.toString();
  }

  static String table(EndpointTable t) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(t.product()).append("\n\n")
        .append(t.rows().size()).append(" rows; unknown paths: WRITE, weight ").append(t.unknownWeight())
        .append(".\n\n")
        .append("| Method | Path | Security | Kind | Weight | Limit | Order count |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Endpoint e : t.rows()) {
      md.append("| ").append(e.method())
          .append(" | `").append(e.path()).append('`')
          .append(" | ").append(e.security())
          .append(" | ").append(e.kind())
          .append(" | ").append(e.weight())
          .append(" | ").append(e.limit())
          .append(" | ").append(e.orderCount())
          .append(e.clientIdParam() == null ? "" : " (`" + e.clientIdParam() + "`)")
          .append(" |\n");
    }
    return md.toString();
  }

  /** The directory holding the parent pom and the {@code core} module, found upwards from here. */
  static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("core"))) {
        return p;
      }
    }
    throw new IllegalStateException("No repository root (pom.xml beside core/) above " + dir);
  }
}
