package dev.signet.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MutationUnionTest {

  private static String mutation(String status, String cls, int line, String index) {
    return "<mutation detected='" + !status.equals("SURVIVED") + "' status='" + status + "' numberOfTestsRun='1'>"
        + "<sourceFile>X.java</sourceFile><mutatedClass>" + cls + "</mutatedClass>"
        + "<mutatedMethod>add</mutatedMethod><methodDescription>(I)V</methodDescription>"
        + "<lineNumber>" + line + "</lineNumber>"
        + "<mutator>org.pitest.mutationtest.engine.gregor.mutators.MathMutator</mutator>"
        + "<indexes><index>" + index + "</index></indexes><blocks><block>1</block></blocks>"
        + "<killingTest>T</killingTest><description>Replaced integer addition with subtraction</description>"
        + "</mutation>";
  }

  private static List<Mutant> read(String... mutations) throws IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations partial=\"true\">"
        + String.join("", mutations) + "</mutations>";
    return MutationsXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsEveryFieldOfAMutation() throws IOException {
    Mutant m = read(mutation("KILLED", "dev.signet.core.Params$Builder", 42, "7")).get(0);
    assertThat(m).isEqualTo(new Mutant("dev.signet.core.Params$Builder", "add", "(I)V", 42,
        "org.pitest.mutationtest.engine.gregor.mutators.MathMutator", "7", "KILLED",
        "Replaced integer addition with subtraction", "T"));
    assertThat(m.outerClass()).isEqualTo("dev.signet.core.Params");
    assertThat(m.describe()).isEqualTo("dev.signet.core.Params$Builder:42 add: Replaced integer addition with "
        + "subtraction [MathMutator, KILLED]");
  }

  @Test
  void aMutantSurvivingOneRunButKilledInAnotherIsKilledInTheUnion() throws IOException {
    MutationUnion union = new MutationUnion();
    union.add(read(mutation("SURVIVED", "dev.signet.core.Params", 1, "3"), mutation("SURVIVED", "dev.signet.core.Params", 1, "4")));
    union.add(read(mutation("KILLED", "dev.signet.core.Params", 1, "3")));
    union.add(read(mutation("NO_COVERAGE", "dev.signet.core.Params", 1, "3")));
    Score s = union.score("s", m -> true);
    assertThat(s).isEqualTo(new Score("s", 2, 1, 0, 0, 1, 0));
    assertThat(s.killedPercent()).isEqualTo(50.0);
    assertThat(union.notKilled(m -> true)).extracting(Mutant::indexes).containsExactly("4");
  }

  @Test
  void aTimeoutIsDetectedButNotKilled() throws IOException {
    MutationUnion union = new MutationUnion();
    union.add(read(mutation("TIMED_OUT", "a.B", 1, "1"), mutation("KILLED", "a.B", 2, "2"),
        mutation("NO_COVERAGE", "a.B", 3, "3"), mutation("MEMORY_ERROR", "a.B", 4, "4")));
    Score s = union.score("s", m -> true);
    assertThat(s).isEqualTo(new Score("s", 4, 1, 1, 1, 0, 1));
    assertThat(s.killedPercent()).isEqualTo(25.0);
    assertThat(s.detectedPercent()).isEqualTo(75.0);
    assertThat(s.row()).isEqualTo("| s | 4 | 1 | 1 | 0 | 1 | 25.0% | 75.0% |");
  }

  @Test
  void mutantsOfOneMethodAreToldApartByTheirInstructionIndexes() throws IOException {
    MutationUnion union = new MutationUnion();
    union.add(read(mutation("KILLED", "a.B", 1, "7"), mutation("SURVIVED", "a.B", 1, "8")));
    assertThat(union.mutants()).extracting(Mutant::status).containsExactly("KILLED", "SURVIVED");
  }

  @Test
  void aTimeoutInOneRunGivesWayToAKillInAnother() throws IOException {
    MutationUnion union = new MutationUnion();
    union.add(read(mutation("TIMED_OUT", "a.B", 1, "1")));
    union.add(read(mutation("KILLED", "a.B", 1, "1")));
    assertThat(union.mutants()).extracting(Mutant::status).containsExactly("KILLED");
  }

  @Test
  void globsMatchLikePits() {
    ClassGlobs g = ClassGlobs.parse("dev.signet.core.Params*, dev.signet.core.Endpoint,dev.signet.core.Endpoint$*");
    assertThat(g.matches("dev.signet.core.Params")).isTrue();
    assertThat(g.matches("dev.signet.core.Params$Builder")).isTrue();
    assertThat(g.matches("dev.signet.core.Endpoint")).isTrue();
    assertThat(g.matches("dev.signet.core.Endpoint$Kind")).isTrue();
    assertThat(g.matches("dev.signet.core.EndpointTable")).isFalse();
    assertThat(g.matches("dev_signet.core.Params")).isFalse();
    assertThatThrownBy(() -> ClassGlobs.parse("a.B,,c.D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("empty class glob in 'a.B,,c.D'");
  }

  @Test
  void aMissingReportSaysHowToMakeIt() {
    assertThatThrownBy(() -> MutationsXml.read(Path.of("no/such/mutations.xml")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no PIT report at no/such/mutations.xml: run the build with -Pmutation so the library "
            + "modules write it");
  }

  @Test
  void theSummaryScoresEachModuleAndListsFocusSurvivors() throws IOException {
    MutationUnion union = new MutationUnion();
    union.add(read(mutation("KILLED", "dev.signet.core.Params", 1, "1"), mutation("SURVIVED", "dev.signet.core.Params", 2, "2"),
        mutation("SURVIVED", "dev.signet.core.SignetJson", 3, "3"), mutation("KILLED", "dev.signet.kraken.KrakenSigner", 4, "4")));
    MutationSummary s = new MutationSummary(union, ClassGlobs.parse("dev.signet.core.Params*,dev.signet.kraken.*"),
        List.of("core", "kraken-client"));
    assertThat(s.focus()).isEqualTo(new Score("focus code, all modules", 3, 2, 0, 0, 1, 0));
    assertThat(s.all()).isEqualTo(new Score("all classes, all modules", 4, 2, 0, 0, 2, 0));
    assertThat(s.markdown()).contains(
        "| core focus | 2 | 1 | 0 | 1 | 0 | 50.0% | 50.0% |\n| core all | 3 | 1 | 0 | 2 | 0 | 33.3% | 33.3% |\n"
            + "| kraken-client focus | 1 | 1 | 0 | 0 | 0 | 100.0% | 100.0% |",
        "- dev.signet.core.Params:2 add: Replaced integer addition with subtraction [MathMutator, SURVIVED]\n");
    assertThat(s.markdown()).doesNotContain("SignetJson");
  }
}
