package dev.signet.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * PIT's class globs ({@code *} any characters, {@code ?} one), as the root POM's {@code signet.pit.focus.*}
 * properties list them, comma-separated.
 *
 * <pre>{@code
 * ClassGlobs focus = ClassGlobs.parse("dev.signet.core.Params*,dev.signet.core.signing.*");
 * focus.matches("dev.signet.core.Params$Builder"); // true
 * }</pre>
 */
public final class ClassGlobs {

  private final List<Pattern> patterns;

  private ClassGlobs(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The globs of a comma-separated list; blank entries are refused. */
  public static ClassGlobs parse(String commaSeparated) {
    List<Pattern> patterns = new ArrayList<>();
    for (String glob : commaSeparated.split(",")) {
      String g = glob.trim();
      if (g.isEmpty()) {
        throw new IllegalArgumentException("empty class glob in '" + commaSeparated + "'");
      }
      StringBuilder regex = new StringBuilder();
      for (char c : g.toCharArray()) {
        switch (c) {
          case '*' -> regex.append(".*");
          case '?' -> regex.append('.');
          default -> regex.append(Pattern.quote(String.valueOf(c)));
        }
      }
      patterns.add(Pattern.compile(regex.toString()));
    }
    return new ClassGlobs(patterns);
  }

  /** Whether a binary class name matches one of the globs. */
  public boolean matches(String className) {
    for (Pattern p : patterns) {
      if (p.matcher(className).matches()) {
        return true;
      }
    }
    return false;
  }
}
