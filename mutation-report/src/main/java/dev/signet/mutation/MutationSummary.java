package dev.signet.mutation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The union of the library modules' PIT runs, scored per module, for the focus code and for everything.
 *
 * <pre>{@code
 * MutationSummary s = MutationSummary.load(
 *     "core=core/target/pit-reports/mutations.xml,binance-client=...", ClassGlobs.parse(focus));
 * s.focus().killedPercent();
 * System.out.println(s.markdown());
 * }</pre>
 */
public final class MutationSummary {

  /** The package each library module's classes live in, by module directory. */
  static final Map<String, String> PACKAGES =
      Map.of("core", "dev.signet.core.", "binance-client", "dev.signet.binance.", "kraken-client", "dev.signet.kraken.");

  private final MutationUnion union;
  private final ClassGlobs focusGlobs;
  private final List<String> modules;

  MutationSummary(MutationUnion union, ClassGlobs focusGlobs, List<String> modules) {
    this.union = union;
    this.focusGlobs = focusGlobs;
    this.modules = List.copyOf(modules);
  }

  /** Reads {@code module=path} pairs, comma-separated, into one union. */
  public static MutationSummary load(String reports, ClassGlobs focusGlobs) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (String pair : reports.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("expected module=path, got '" + pair + "'");
      }
      files.put(pair.substring(0, eq).trim(), Path.of(pair.substring(eq + 1).trim()));
    }
    MutationUnion union = new MutationUnion();
    files.values().forEach(f -> union.add(MutationsXml.read(f)));
    return new MutationSummary(union, focusGlobs, new ArrayList<>(files.keySet()));
  }

  /** The focus code of all modules. */
  public Score focus() {
    return union.score("focus code, all modules", this::inFocus);
  }

  /** Every mutated class of the three library modules. */
  public Score all() {
    return union.score("all classes, all modules", m -> moduleOf(m) != null);
  }

  /** The focus mutants no test killed by assertion (timed out or survived), by class and line. */
  public List<Mutant> focusNotKilled() {
    return union.notKilled(this::inFocus);
  }

  /** A Markdown report: per module, focus and all, then the focus mutants not killed. */
  public String markdown() {
    StringBuilder out = new StringBuilder("## Mutation score (union of the module runs)\n\n");
    out.append(Score.header()).append('\n');
    for (String module : modules) {
      String pkg = PACKAGES.get(module);
      if (pkg == null) {
        continue;
      }
      Predicate<Mutant> inModule = m -> m.mutatedClass().startsWith(pkg);
      out.append(union.score(module + " focus", inModule.and(this::inFocus)).row()).append('\n');
      out.append(union.score(module + " all", inModule).row()).append('\n');
    }
    out.append(focus().row()).append('\n').append(all().row()).append("\n\n");
    out.append("### Focus mutants not killed\n\n");
    for (Mutant m : focusNotKilled()) {
      out.append("- ").append(m.describe()).append('\n');
    }
    return out.toString();
  }

  private boolean inFocus(Mutant m) {
    return focusGlobs.matches(m.mutatedClass());
  }

  private static String moduleOf(Mutant m) {
    for (Map.Entry<String, String> e : PACKAGES.entrySet()) {
      if (m.mutatedClass().startsWith(e.getValue())) {
        return e.getKey();
      }
    }
    return null;
  }
}
