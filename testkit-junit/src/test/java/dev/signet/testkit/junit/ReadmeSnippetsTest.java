package dev.signet.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the repository's README compiles against the test class path (which
 * holds every Signet module): its import lines stay at the top, the rest becomes the body of a class
 * (a block with {@code @Test} members) or of a method; fails naming the block and javac's errors.
 */
class ReadmeSnippetsTest {

  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaBlockCompiles(@TempDir Path dir) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = BLOCK.matcher(readme);
    List<String> failures = new ArrayList<>();
    int n = 0;
    while (m.find()) {
      n++;
      int line = readme.substring(0, m.start()).split("\n", -1).length;
      StringBuilder imports = new StringBuilder();
      StringBuilder body = new StringBuilder();
      for (String l : m.group(1).split("\n")) {
        (l.startsWith("import ") ? imports : body).append(l).append('\n');
      }
      String cls = "ReadmeBlock" + n;
      String src = imports + "\npublic class " + cls + " {\n"
          + (body.toString().contains("@Test") ? body : "  void run() throws Exception {\n" + body + "  }\n")
          + "}\n";
      Path file = dir.resolve(cls + ".java");
      Files.writeString(file, src);
      String cp = Stream.of(System.getProperty("java.class.path"), System.getProperty("jdk.module.path"))
          .filter(s -> s != null && !s.isEmpty())
          .collect(Collectors.joining(File.pathSeparator));
      StringWriter text = new StringWriter();
      int rc;
      try (PrintWriter w = new PrintWriter(text)) {
        rc = ToolProvider.findFirst("javac").orElseThrow()
            .run(w, w, "-proc:none", "-d", dir.resolve("out").toString(), "-cp", cp, file.toString());
      }
      if (rc != 0) {
        failures.add("README java block " + n + " (line " + line + "):\n" + text);
      }
    }
    assertThat(n).as("java blocks in README.md").isGreaterThan(0);
    assertThat(failures).isEmpty();
  }
}
