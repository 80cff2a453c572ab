package dev.signet.mutation;

/**
 * The mutation score of a set of mutants.
 *
 * <pre>{@code
 * Score s = union.score("core", m -> m.mutatedClass().startsWith("dev.signet.core."));
 * s.killedPercent();   // killed by an assertion or exception
 * s.detectedPercent(); // PIT's score: timeouts and memory errors count too
 * }</pre>
 *
 * @param name what the set is
 * @param total mutants in the set
 * @param killed killed by a failing test
 * @param timedOut detected only by a test timing out
 * @param otherDetected detected by a memory or run error
 * @param survived covered, not detected
 * @param noCoverage not reached by any test
 */
public record Score(
    String name, int total, int killed, int timedOut, int otherDetected, int survived, int noCoverage) {

  /** Killed mutants as a percentage of all; 100 for an empty set. */
  public double killedPercent() {
    return total == 0 ? 100 : 100.0 * killed / total;
  }

  /** PIT's mutation score: detected mutants as a percentage of all; 100 for an empty set. */
  public double detectedPercent() {
    return total == 0 ? 100 : 100.0 * (killed + timedOut + otherDetected) / total;
  }

  /** A Markdown table row. */
  public String row() {
    return String.format(
        java.util.Locale.ROOT,
        "| %s | %d | %d | %d | %d | %d | %.1f%% | %.1f%% |",
        name, total, killed, timedOut, survived, noCoverage, killedPercent(), detectedPercent());
  }

  /** The header of {@link #row()}'s table. */
  public static String header() {
    return "| set | mutants | killed | timed out | survived | no coverage | killed % | detected % |\n"
        + "|---|---|---|---|---|---|---|---|";
  }
}
