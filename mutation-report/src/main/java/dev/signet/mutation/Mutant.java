package dev.signet.mutation;

import java.util.Set;

/**
 * One mutant as PIT's {@code mutations.xml} reports it.
 *
 * <p>Two runs that mutate the same class (a library module's own run and, through PIT's
 * {@code crossModule}, a downstream module's) report the same mutant with the same {@link #key()}.
 *
 * <pre>{@code
 * Mutant m = ...;
 * if (m.killed()) { ... }
 * }</pre>
 *
 * @param mutatedClass the binary name of the mutated class, such as {@code dev.signet.core.Params$Builder}
 * @param method the mutated method
 * @param methodDescription the method's JVM descriptor
 * @param line the source line
 * @param mutator PIT's mutator class name
 * @param indexes the instruction indexes PIT mutated, which tell mutants on one line apart
 * @param status PIT's status: KILLED, SURVIVED, NO_COVERAGE, TIMED_OUT, MEMORY_ERROR, RUN_ERROR, ...
 * @param description PIT's description of the change
 * @param killingTest the test that killed it, or empty
 */
public record Mutant(
    String mutatedClass,
    String method,
    String methodDescription,
    int line,
    String mutator,
    String indexes,
    String status,
    String description,
    String killingTest) {

  private static final Set<String> DETECTED = Set.of("KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR");

  /** The identity of the mutant across runs. */
  public String key() {
    return mutatedClass + '#' + method + methodDescription + '@' + mutator + '[' + indexes + ']';
  }

  /** The top-level class the mutant lives in: {@code a.B} for {@code a.B$C}. */
  public String outerClass() {
    int dollar = mutatedClass.indexOf('$');
    return dollar < 0 ? mutatedClass : mutatedClass.substring(0, dollar);
  }

  /** Whether a test failed on it by assertion or exception (not by timing out). */
  public boolean killed() {
    return status.equals("KILLED");
  }

  /** Whether PIT counts it as detected: killed, timed out, out of memory or run error. */
  public boolean detected() {
    return DETECTED.contains(status);
  }

  /** How good the status is for the union of runs: lower is better. */
  int rank() {
    return switch (status) {
      case "KILLED" -> 0;
      case "TIMED_OUT" -> 1;
      case "MEMORY_ERROR" -> 2;
      case "RUN_ERROR" -> 3;
      case "SURVIVED" -> 4;
      case "NO_COVERAGE" -> 5;
      default -> 6;
    };
  }

  /** One line for a report: {@code Params.java-like class:line  description (mutator)}. */
  public String describe() {
    String shortMutator = mutator.substring(mutator.lastIndexOf('.') + 1);
    return mutatedClass + ":" + line + " " + method + ": " + description + " [" + shortMutator + ", " + status + "]";
  }
}
