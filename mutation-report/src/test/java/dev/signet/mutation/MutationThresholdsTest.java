package dev.signet.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build's gate: the union of this build's PIT runs must meet the thresholds the POM sets. The
 * summary (per module, and every focus mutant not killed) is printed and written to
 * {@code target/mutation-summary.md}.
 */
class MutationThresholdsTest {

  private static MutationSummary summary;

  @BeforeAll
  static void load() throws IOException {
    summary =
        MutationSummary.load(Path.of(property("signet.mutation.root")), property("signet.mutation.modules"),
            ClassGlobs.parse(property("signet.mutation.focus")));
    String markdown = summary.markdown();
    System.out.println(markdown);
    Path out = Path.of(property("signet.mutation.summary"));
    Files.createDirectories(out.getParent());
    Files.writeString(out, markdown);
  }

  @Test
  void focusCodeIsKilledByAssertionsNotTimeouts() {
    double threshold = Double.parseDouble(property("signet.mutation.focusThreshold"));
    Score focus = summary.focus();
    assertThat(focus.killedPercent())
        .as("focus code: %s; not killed:%n%s", focus, String.join("\n", summary.focusNotKilled().stream().map(Mutant::describe).toList()))
        .isGreaterThanOrEqualTo(threshold);
  }

  @Test
  void theThreeLibraryModulesMeetTheOverallThreshold() {
    assumeTrue(
        property("signet.mutation.scope").equals("all"),
        "the focus run mutates the focus code only; -Dsignet.pit.scope=all mutates every class");
    double threshold = Double.parseDouble(property("signet.mutation.allThreshold"));
    Score all = summary.all();
    assertThat(all.detectedPercent()).as("all classes: %s", all).isGreaterThanOrEqualTo(threshold);
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run through Maven with -Pmutation");
    }
    return value;
  }
}
