package dev.signet.core.internal;

import tools.jackson.core.JacksonException;

/**
 * Words a decoding failure for {@link dev.signet.core.MalformedResponseException}: the field (as a
 * path such as {@code balances[3].free}) and what was wrong, without Jackson's class names. Not API.
 *
 * <pre>{@code
 * String what = DecodeFailures.describe(jacksonException);   // "at balances[3].free: ..."
 * }</pre>
 */
final class DecodeFailures {
  private DecodeFailures() {}

  static String describe(Throwable failure) {
    if (failure instanceof JacksonException j) {
      String path = path(j);
      String message = j.getOriginalMessage();
      Throwable cause = j.getCause();
      if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
        message = cause.getMessage();
      }
      return (path.isEmpty() ? "" : "at " + path + ": ") + oneLine(message);
    }
    if (failure instanceof IllegalArgumentException && failure.getMessage() != null) {
      return oneLine(failure.getMessage());
    }
    return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + oneLine(failure.getMessage()));
  }

  private static String path(JacksonException e) {
    StringBuilder s = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (s.length() > 0) {
          s.append('.');
        }
        s.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.toString();
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.replaceAll("\\s+", " ").trim();
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }
}
