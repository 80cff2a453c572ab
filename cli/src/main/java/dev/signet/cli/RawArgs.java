package dev.signet.cli;

import dev.signet.core.Params;
import java.util.List;

/** Turns {@code key=value} arguments into {@link Params}, in the given order. */
final class RawArgs {
  private RawArgs() {}

  static Params params(List<String> pairs) {
    Params params = Params.empty();
    if (pairs == null) {
      return params;
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new Failures.UsageException("parameter '" + pair + "' is not key=value.");
      }
      params.add(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return params;
  }
}
