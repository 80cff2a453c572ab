package dev.signet.cli;

import dev.signet.core.ExchangeApiException;
import dev.signet.core.MalformedResponseException;
import dev.signet.core.TransportException;
import java.io.PrintWriter;

/** The one place that turns an exception into the CLI's exit code and message. */
final class Failures {
  private Failures() {}

  static int report(Exception e, PrintWriter err) {
    if (e instanceof ExchangeApiException x) {
      err.println("error: " + x.getMessage());
      if (!x.rawBody().isEmpty()) {
        err.println("response body: " + x.rawBody());
      }
      return Signet.EXCHANGE_ERROR;
    }
    if (e instanceof TransportException || e instanceof MalformedResponseException) {
      err.println("error: " + e.getMessage());
      return Signet.TRANSPORT;
    }
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException || e instanceof UsageException) {
      err.println("error: " + e.getMessage());
      return Signet.USAGE;
    }
    err.println("error: " + e);
    return Signet.TRANSPORT;
  }

  /** A usage problem found after parsing (a missing environment variable, a bad key=value). */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
