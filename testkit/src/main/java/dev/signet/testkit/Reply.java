package dev.signet.testkit;

import java.util.Map;

/**
 * One answer of a fake exchange before faults apply: status, JSON body, extra headers.
 *
 * @param status HTTP status
 * @param body the body text
 * @param headers extra headers
 */
record Reply(int status, String body, Map<String, String> headers) {
  static Reply json(int status, String body) {
    return new Reply(status, body, Map.of());
  }
}
