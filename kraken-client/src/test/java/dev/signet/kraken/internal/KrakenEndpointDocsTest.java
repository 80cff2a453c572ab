package dev.signet.kraken.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    md.append("# Kraken endpoints\n\n")
        .append("Generated from the endpoint table (`KrakenEndpoints`) by `KrakenEndpointDocsTest`; do not\n")
        .append("edit by hand. Regenerate with `mvn -B -o -pl kraken-client -am test -Dtest=KrakenEndpointDocsTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dsignet.docs.update=true`.\n\n")
        .append("Weight is the cost on the API key's REST call counter (CALL_COUNTER); public methods are\n")
        .append("throttled per IP and not counted (NONE). Order count above 0 means the matching engine's\n")
        .append("per-pair trading counter applies, with the client-id parameter the SDK fills in. A private\n")
        .append("method the table does not list is sent as a WRITE (never resent) costing the unknown weight.\n");
    md.append('\n').append(table(KrakenEndpoints.TABLE));
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
