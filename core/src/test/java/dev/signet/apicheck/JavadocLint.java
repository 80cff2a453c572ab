package dev.signet.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The doclint check every module's {@code JavadocLintTest} runs: keeps that module's main code clean under {@code -Xdoclint:all} (public and protected API): runs
 * the JDK's javac (through {@link ToolProvider}, as the test module does not read java.compiler)
 * over {@code src/main/java} without {@code module-info.java}, on the test's class and module path,
 * and fails listing every doclint diagnostic.
 */
public final class JavadocLint {
  private JavadocLint() {}

  /**
   * Compiles the calling module's {@code src/main/java} with {@code -Xdoclint:all/protected} into {@code out}.
   *
   * @param out a scratch directory for the class files
   * @throws IOException when the sources cannot be listed
   */
  public static void assertClean(Path out) throws IOException {
    Path root = Path.of("src/main/java");
    List<String> args = new ArrayList<>(List.of(
        "-proc:none", "-Xdoclint:all/protected", "-Xmaxwarns", "10000", "-Xmaxerrs", "10000",
        "-d", out.toString(), "-cp", Stream.of(System.getProperty("java.class.path"),
                System.getProperty("jdk.module.path"))
            .filter(s -> s != null && !s.isEmpty())
            .collect(Collectors.joining(File.pathSeparator))));
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .forEach(p -> args.add(p.toString()));
    }
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter text = new StringWriter();
    try (PrintWriter w = new PrintWriter(text)) {
      int rc = javac.run(w, w, args.toArray(String[]::new));
      w.flush();
      assertThat(text.toString()).as("javac -Xdoclint:all over %s (exit %s)", root.toAbsolutePath(), rc).isEmpty();
    }
  }
}
