package dev.signet.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file generated from code and committed (endpoint docs): rewritten with
 * {@code -Dsignet.docs.update=true}, otherwise checked byte for byte against what the code renders.
 */
public final class GeneratedFile {
  private GeneratedFile() {}

  /** Fails when the committed file at {@code relativePath} (from the repository root) is missing or differs. */
  public static void assertCommitted(String relativePath, String rendered) {
    Path file = repoRoot().resolve(relativePath);
    try {
      if (Boolean.getBoolean("signet.docs.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, rendered, StandardCharsets.UTF_8);
      }
      assertThat(file).as(relativePath + " is missing; regenerate it with -Dsignet.docs.update=true").exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(relativePath + " is out of date with the code; regenerate it with -Dsignet.docs.update=true")
          .isEqualTo(rendered);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The directory holding the parent pom and the {@code core} module, found upwards from here. */
  public static Path repoRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("core"))) {
        return p;
      }
    }
    throw new IllegalStateException("No repository root (pom.xml beside core/) above " + dir);
  }
}
