package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;

/**
 * The Binance SAPI endpoint table ({@code /sapi} on the Spot host: wallet, sub-accounts): every
 * row counts against its own per-endpoint budget, per IP ({@link Endpoint.Limit#SAPI_IP_WEIGHT},
 * 12,000 a minute) or per account ({@link Endpoint.Limit#SAPI_UID_WEIGHT}, 180,000 a minute).
 * Not API.
 *
 * <pre>{@code
 * Endpoint raw = SapiEndpoints.TABLE.resolve("GET", "/sapi/v1/capital/config/getall", Security.SIGNED);
 * }</pre>
 */
public final class SapiEndpoints {
  private static final EndpointTable.Builder ROWS = EndpointTable.builder("Binance SAPI", 1, Endpoint.Limit.SAPI_IP_WEIGHT);

  static {
    ROWS.add(Endpoint.get("/sapi/v1/system/status").limit(Endpoint.Limit.SAPI_IP_WEIGHT).weight(1).build());
    ROWS.add(Endpoint.get("/sapi/v1/capital/config/getall").signed().limit(Endpoint.Limit.SAPI_IP_WEIGHT)
        .weight(10).build());
    ROWS.add(Endpoint.post("/sapi/v1/capital/withdraw/apply").signed().limit(Endpoint.Limit.SAPI_UID_WEIGHT)
        .weight(900).build());
  }

  /** The whole table; a {@code /sapi} path it does not list is a write of weight 1 against the IP. */
  public static final EndpointTable TABLE = ROWS.build();

  private SapiEndpoints() {}
}
