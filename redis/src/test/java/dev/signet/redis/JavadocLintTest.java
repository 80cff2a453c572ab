package dev.signet.redis;

import dev.signet.apicheck.JavadocLint;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps this module's main Javadoc clean under {@code -Xdoclint:all/protected} (see {@link JavadocLint}). */
class JavadocLintTest {
  @Test
  void mainSourcesAreDoclintClean(@TempDir Path out) throws IOException {
    JavadocLint.assertClean(out);
  }
}
