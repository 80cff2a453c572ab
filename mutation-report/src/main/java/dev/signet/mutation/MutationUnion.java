package dev.signet.mutation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The union of several PIT runs: a mutant counts as killed when any run killed it.
 *
 * <p>Each library module's run mutates its own classes and, with {@code crossModule}, core's, which
 * binance-client's and kraken-client's tests exercise end to end. The union is what the suite as a whole
 * catches.
 *
 * <pre>{@code
 * MutationUnion union = new MutationUnion();
 * union.add(MutationsXml.read(coreReport));
 * union.add(MutationsXml.read(binanceReport));
 * Score focus = union.score("focus", m -> focusGlobs.matches(m.mutatedClass()));
 * }</pre>
 */
public final class MutationUnion {

  private final Map<String, Mutant> best = new LinkedHashMap<>();

  /** Adds one run's mutants, keeping for each the best status seen. */
  public void add(Collection<Mutant> run) {
    for (Mutant m : run) {
      best.merge(m.key(), m, (a, b) -> b.rank() < a.rank() ? b : a);
    }
  }

  /** The mutants, each with its best status, ordered by class and line. */
  public List<Mutant> mutants() {
    List<Mutant> all = new ArrayList<>(best.values());
    all.sort(Comparator.comparing(Mutant::mutatedClass).thenComparingInt(Mutant::line));
    return all;
  }

  /** The score of the mutants the filter selects. */
  public Score score(String name, Predicate<Mutant> filter) {
    int total = 0;
    int killed = 0;
    int timedOut = 0;
    int otherDetected = 0;
    int survived = 0;
    int noCoverage = 0;
    for (Mutant m : best.values()) {
      if (!filter.test(m)) {
        continue;
      }
      total++;
      switch (m.status()) {
        case "KILLED" -> killed++;
        case "TIMED_OUT" -> timedOut++;
        case "SURVIVED" -> survived++;
        case "NO_COVERAGE" -> noCoverage++;
        default -> {
          if (m.detected()) {
            otherDetected++;
          } else {
            survived++;
          }
        }
      }
    }
    return new Score(name, total, killed, timedOut, otherDetected, survived, noCoverage);
  }

  /** The mutants the filter selects that no run killed by assertion (timeouts included). */
  public List<Mutant> notKilled(Predicate<Mutant> filter) {
    return mutants().stream().filter(filter).filter(m -> !m.killed()).toList();
  }
}
