package dev.signet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads keys from the environment or a file; never from arguments, never printed. */
final class Secrets {
  private Secrets() {}

  /** The value of {@code variable}, or a usage error naming it. */
  static String env(Map<String, String> env, String variable) {
    String v = env.get(variable);
    if (v == null || v.isEmpty()) {
      throw new Failures.UsageException("environment variable " + variable + " is not set; export it"
          + " (secrets are never taken from command-line arguments).");
    }
    return v;
  }

  /**
   * The secret from {@code file} when given (one trailing line break, the usual end of a text
   * file, is not part of it), else from {@code variable}.
   */
  static String secret(Map<String, String> env, String variable, Path file) {
    if (file == null) {
      return env(env, variable);
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.endsWith("\r\n")) {
        return text.substring(0, text.length() - 2);
      }
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new Failures.UsageException("cannot read --secret-file " + file + ": " + e.getMessage());
    }
  }
}
