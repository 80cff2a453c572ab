package dev.signet.binance.wallet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.signet.core.internal.json.Required;

/**
 * Binance's system status: {@code GET /sapi/v1/system/status} (public).
 *
 * <pre>{@code
 * if (!client.wallet().systemStatus().isNormal()) { pause(); }
 * }</pre>
 *
 * <p>Fields the docs always send are required: a missing or null one fails the decode naming it;
 * the others are null when Binance leaves them out.
 *
 * @param status {@code 0} normal, {@code 1} system maintenance
 * @param msg {@code normal} or {@code system_maintenance}
 */
public record SystemStatus(
    @JsonProperty(required = true) int status,
    String msg) {
  /**
   * Checks the required fields are present.
   *
   * @param status {@code 0} normal, {@code 1} system maintenance
   * @param msg {@code normal} or {@code system_maintenance}
   */
  public SystemStatus {
    Required.field(msg, "msg");
  }

  /**
   * True when {@code status} is 0.
   *
   * @return {@code true} when Binance reports normal operation
   */
  public boolean isNormal() {
    return status == 0;
  }
}
