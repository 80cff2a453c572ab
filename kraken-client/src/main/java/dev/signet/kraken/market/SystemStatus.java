package dev.signet.kraken.market;

import dev.signet.core.internal.json.Required;

/**
 * The answer of {@code GET /0/public/SystemStatus}: the exchange's trading state and the time of
 * the answer.
 *
 * <pre>{@code
 * if (!kraken.market().systemStatus().status().equals("online")) { ... }
 * }</pre>
 *
 * @param status {@code online}, {@code maintenance}, {@code cancel_only} or {@code post_only}
 * @param timestamp the time of the answer, RFC 3339, e.g. {@code 2023-07-06T18:52:00Z}
 */
public record SystemStatus(String status, String timestamp) {
  /**
   * Checks both fields are present.
   *
   * @param status {@code online}, {@code maintenance}, {@code cancel_only} or {@code post_only}
   * @param timestamp the time of the answer, RFC 3339
   */
  public SystemStatus {
    Required.field(status, "status");
    Required.field(timestamp, "timestamp");
  }
}
