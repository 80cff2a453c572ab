package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;
import dev.signet.core.Weight;

/**
 * The Binance Spot endpoint table ({@code /api/v3} on {@code api.binance.com}): every row's method,
 * path, security, weight (by its parameters where the docs say so), kind and order count, written
 * here and nowhere else. Weights are from Binance's Spot REST docs ("LIMITS"; successful order
 * entry has cost 0 since 2026-04-02, a failed one still 1: the table charges 1 and the
 * {@code X-MBX-USED-WEIGHT-1M} header corrects it). Not API.
 *
 * <pre>{@code
 * int w = SpotEndpoints.OPEN_ORDERS.weightOf(Params.empty());   // 80
 * Endpoint raw = SpotEndpoints.TABLE.resolve("GET", "/api/v3/openOrders", Security.SIGNED);
 * }</pre>
 */
public final class SpotEndpoints {
  private static final EndpointTable.Builder ROWS = EndpointTable.builder("Binance Spot", 1);

  /** {@code GET /api/v3/time}. */
  public static final Endpoint TIME = ROWS.row(Endpoint.get("/api/v3/time").weight(1).build());
  /** {@code GET /api/v3/account}: weight 20. */
  public static final Endpoint ACCOUNT = ROWS.row(Endpoint.get("/api/v3/account").signed().weight(20).build());
  /** {@code POST /api/v3/order}: weight 1 (0 when successful), 1 on the order counts. */
  public static final Endpoint NEW_ORDER = ROWS.row(
      Endpoint.post("/api/v3/order").signed().order(1, "newClientOrderId").weight(1).build());
  /** {@code GET /api/v3/order}: weight 4. */
  public static final Endpoint QUERY_ORDER = ROWS.row(Endpoint.get("/api/v3/order").signed().weight(4).build());
  /** {@code DELETE /api/v3/order}: weight 1 (0 when successful). */
  public static final Endpoint CANCEL_ORDER = ROWS.row(
      Endpoint.delete("/api/v3/order").signed().order(0, null).weight(1).build());
  /** {@code GET /api/v3/openOrders}: weight 6 with {@code symbol}, 80 without. */
  public static final Endpoint OPEN_ORDERS = ROWS.row(Endpoint.get("/api/v3/openOrders").signed()
      .weight(p -> p.containsKey("symbol") ? 6 : 80).build());

  static {
    ROWS.add(Endpoint.get("/api/v3/ping").weight(1).build());
    ROWS.add(Endpoint.get("/api/v3/exchangeInfo").weight(20).build());
    ROWS.add(Endpoint.get("/api/v3/depth").weight(SpotEndpoints::depthWeight).build());
  }

  /** The whole table; a path it does not list is a write of weight 1. */
  public static final EndpointTable TABLE = ROWS.build();

  private SpotEndpoints() {}

  /** {@code depth} by {@code limit} (default 100): 1–100 → 5, 101–500 → 25, 501–1000 → 50, 1001–5000 → 250. */
  static int depthWeight(dev.signet.core.Params params) {
    int limit = Weight.intParam(params, "limit", 100);
    return limit <= 100 ? 5 : limit <= 500 ? 25 : limit <= 1000 ? 50 : 250;
  }
}
