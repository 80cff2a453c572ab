package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;

/**
 * The Binance USD-M Futures endpoint table ({@code /fapi} on {@code fapi.binance.com}): method,
 * path, security, weight, kind and order count of every row, written here and nowhere else.
 * Weights from Binance's USD-M Futures REST docs. Not API.
 *
 * <pre>{@code
 * Endpoint raw = FuturesEndpoints.TABLE.resolve("GET", "/fapi/v1/income", Security.SIGNED);
 * }</pre>
 */
public final class FuturesEndpoints {
  private static final EndpointTable.Builder ROWS = EndpointTable.builder("Binance USD-M Futures", 1);

  /** {@code GET /fapi/v1/time}. */
  public static final Endpoint TIME = ROWS.row(Endpoint.get("/fapi/v1/time").weight(1).build());
  /** {@code GET /fapi/v1/income}: weight 30. */
  public static final Endpoint INCOME = ROWS.row(Endpoint.get("/fapi/v1/income").signed().weight(30).build());

  static {
    ROWS.add(Endpoint.get("/fapi/v1/ping").weight(1).build());
    ROWS.add(Endpoint.post("/fapi/v1/order").signed().order(1, "newClientOrderId").weight(0).build());
    ROWS.add(Endpoint.delete("/fapi/v1/order").signed().order(0, null).weight(1).build());
    ROWS.add(Endpoint.get("/fapi/v1/openOrders").signed().weight(p -> p.containsKey("symbol") ? 1 : 40).build());
  }

  /** The whole table; a path it does not list is a write of weight 1. */
  public static final EndpointTable TABLE = ROWS.build();

  private FuturesEndpoints() {}
}
