package dev.signet.mutation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The union of the library modules' PIT runs, scored per module, for the focus code and for everything.
 *
 * <pre>{@code
 * MutationSummary s = MutationSummary.load(Path.of("."), "core,binance-client,kraken-client", ClassGlobs.parse(focus));
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

  /**
   * Reads {@code <root>/<module>/target/pit-reports/mutations.xml} of each module into one union.
   *
   * @param root the repository root
   * @param modules the module directories, comma-separated
   * @param focusGlobs the focus classes
   * @return the summary
   */
  public static MutationSummary load(Path root, String modules, ClassGlobs focusGlobs) {
    List<String> names = new ArrayList<>();
    MutationUnion union = new MutationUnion();
    for (String module : modules.split(",")) {
      String name = module.trim();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("empty module name in '" + modules + "'");
      }
      names.add(name);
      union.add(MutationsXml.read(root.resolve(name).resolve("target/pit-reports/mutations.xml")));
    }
    return new MutationSummary(union, focusGlobs, names);
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
