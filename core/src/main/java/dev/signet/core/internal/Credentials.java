package dev.signet.core.internal;

/**
 * Checks and redaction shared by the exchange credential classes ({@code BinanceCredentials},
 * {@code KrakenCredentials}): one place that decides what a usable key looks like and how a key is
 * shown.
 *
 * <p>No message produced here contains the checked value: a secret must never reach an exception.
 *
 * <pre>{@code
 * String key = Credentials.requireClean(apiKey, "apiKey");   // throws on blank or whitespace
 * String shown = Credentials.redact(key);                     // "vmPU…"
 * }</pre>
 */
public final class Credentials {
  private Credentials() {}

  /**
   * Returns {@code value} if it is non-null, non-blank and holds no whitespace or control
   * character anywhere (the copy-paste fault: a trailing newline, a space, a tab).
   *
   * @param value the credential to check
   * @param name the credential's name, used in the exception message
   * @return {@code value} if it is non-null, non-blank and holds no whitespace or control character anywhere (the copy-paste fault: a trailing newline, a space, a tab)
   * @throws IllegalArgumentException naming {@code name} and the fix, never showing the value
   */
  public static String requireClean(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is null; pass the value shown when the API key was created.");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is empty or blank; pass the value shown when the API key was created.");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        String where = i == value.length() - 1 ? "at its end" : i == 0 ? "at its start" : "at index " + i;
        throw new IllegalArgumentException(
            name + " contains " + describe(c) + " " + where
                + " (length " + value.length() + "); this is usually a copy-paste fault."
                + " Remove all whitespace and line breaks from the value.");
      }
    }
    return value;
  }

  /**
   * The first 4 characters of an API key followed by {@code …}; never the whole key.
   *
   * @param apiKey the API key
   * @return the first 4 characters of an API key followed by {@code …}; never the whole key
   */
  public static String redact(String apiKey) {
    if (apiKey == null) {
      return "null";
    }
    return apiKey.length() <= 4 ? "…" : apiKey.substring(0, 4) + "…";
  }

  private static String describe(char c) {
    switch (c) {
      case '\n':
        return "a line break (\\n)";
      case '\r':
        return "a carriage return (\\r)";
      case '\t':
        return "a tab";
      case ' ':
        return "a space";
      default:
        return String.format("a whitespace or control character (U+%04X)", (int) c);
    }
  }
}
