package dev.signet.core.internal;

/**
 * Checks, once, that the {@code com.fasterxml.jackson.annotation} on the class or module path is
 * one Jackson 3 can run on. Jackson 3 shares that artifact with Jackson 2, so a project that also
 * declares an older Jackson 2 gets it mediated down by Maven or Gradle, and Jackson 3 would then
 * fail at its first use with {@code NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonSerializeAs}.
 * The client builders call {@link #check()} first, so the failure names the fix instead.
 */
public final class JacksonCompatibility {
  /** The jackson-annotations release Signet's jackson-databind is built on (root pom's jackson-annotations.version). */
  public static final String REQUIRED = "2.22";

  private static final String PACKAGE = "com.fasterxml.jackson.annotation";
  /** The newest annotation Jackson 3 uses; absent from jackson-annotations before 2.21. */
  private static final String NEWEST = PACKAGE + ".JsonSerializeAs";

  private static final String PROBLEM = problem(JacksonCompatibility.class.getClassLoader());

  private JacksonCompatibility() {}

  /**
   * Returns normally when jackson-annotations is recent enough.
   *
   * @throws IllegalStateException naming the version found, the version needed and the fix
   */
  public static void check() {
    if (PROBLEM != null) {
      throw new IllegalStateException(PROBLEM);
    }
  }

  /** The message {@link #check()} throws for this class loader, or null when there is no problem. */
  static String problem(ClassLoader loader) {
    Class<?> anchor;
    try {
      anchor = Class.forName(PACKAGE + ".JsonProperty", false, loader);
    } catch (ClassNotFoundException e) {
      return message("none");
    }
    String found = version(anchor);
    boolean newestPresent;
    try {
      Class.forName(NEWEST, false, anchor.getClassLoader());
      newestPresent = true;
    } catch (ClassNotFoundException | LinkageError e) {
      newestPresent = false;
    }
    if (!newestPresent || (found != null && compare(found, REQUIRED) < 0)) {
      return message(found == null ? "an unknown version without JsonSerializeAs" : found);
    }
    return null;
  }

  static String message(String found) {
    return "Signet needs com.fasterxml.jackson.core:jackson-annotations " + REQUIRED + " or newer (Jackson 3 shares it"
        + " with Jackson 2), but found " + found + ", probably brought down by an older Jackson 2 dependency."
        + " Fix: import dev.signet:signet-bom in <dependencyManagement>, or pin"
        + " com.fasterxml.jackson.core:jackson-annotations to " + REQUIRED + " or newer (Jackson 2 runs on it too).";
  }

  private static String version(Class<?> anchor) {
    Package p = anchor.getPackage();
    String v = p == null ? null : p.getImplementationVersion();
    if (v == null && anchor.getModule().isNamed() && anchor.getModule().getDescriptor() != null) {
      v = anchor.getModule().getDescriptor().rawVersion().orElse(null);
    }
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** Compares the leading numeric parts of two versions ("2.17.2" &lt; "2.22"); other text is ignored. */
  static int compare(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(number(x, i), number(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int number(String[] parts, int i) {
    if (i >= parts.length) {
      return 0;
    }
    String digits = parts[i].replaceFirst("^(\\d*).*$", "$1");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }
}
