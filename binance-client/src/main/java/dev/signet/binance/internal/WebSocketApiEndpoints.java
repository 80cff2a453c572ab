package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;
import dev.signet.core.Params;
import dev.signet.core.RateLimiter;
import java.util.Objects;

/**
 * The Spot WebSocket API's weighted requests that Signet sends ({@code /ws-api/v3} on
 * {@code ws-api.binance.com}), written here and nowhere else: the connection itself and the user
 * data stream's requests. Weights are from Binance's {@code web-socket-api.md}
 * (binance-spot-api-docs, 2026-07-21): connecting costs 2, and {@code session.logon},
 * {@code userDataStream.subscribe} and {@code userDataStream.subscribe.signature} 2 each. They count
 * against the same per-IP {@code REQUEST_WEIGHT} as Spot REST ("weight is accumulated per IP
 * address and is shared by all connections"), so they are charged on the Spot REST limiter. The
 * connection is the upgrade, {@code GET /ws-api/v3}; a request is written
 * {@code POST /ws-api/v3/<method>} (the table's rows need an HTTP method). Not API.
 *
 * <pre>{@code
 * WebSocketApiEndpoints.charge(limiter, WebSocketApiEndpoints.SESSION_LOGON);   // 2 on the Spot weight
 * Endpoint row = WebSocketApiEndpoints.ofMethod("userDataStream.subscribe.signature");
 * }</pre>
 */
public final class WebSocketApiEndpoints {
  private static final String PATH = "/ws-api/v3";
  private static final EndpointTable.Builder ROWS = EndpointTable.builder("Binance Spot WebSocket API", 1);

  /** Opening a WebSocket API connection: weight 2. */
  public static final Endpoint CONNECT = ROWS.row(Endpoint.get(PATH).weight(2).build());
  /** {@code session.logon} (Ed25519 keys): weight 2. */
  public static final Endpoint SESSION_LOGON = ROWS.row(request("session.logon").signed().write().weight(2).build());
  /** {@code userDataStream.subscribe}, on a logged-on session: weight 2. */
  public static final Endpoint USER_DATA_SUBSCRIBE = ROWS.row(request("userDataStream.subscribe").weight(2).build());
  /** {@code userDataStream.subscribe.signature}: weight 2. */
  public static final Endpoint USER_DATA_SUBSCRIBE_SIGNATURE = ROWS.row(
      request("userDataStream.subscribe.signature").signed().weight(2).build());

  /** Every row, for the docs and the tests. */
  public static final EndpointTable TABLE = ROWS.build();

  private WebSocketApiEndpoints() {}

  private static Endpoint.Builder request(String method) {
    return Endpoint.post(PATH + "/" + method);
  }

  /**
   * The row of a WebSocket API request.
   *
   * @param method the request's {@code method}, e.g. {@code session.logon}
   * @return the row
   * @throws IllegalArgumentException when the table has no row for it
   */
  public static Endpoint ofMethod(String method) {
    Endpoint row = TABLE.find("POST", PATH + "/" + Objects.requireNonNull(method, "method"));
    if (row == null) {
      throw new IllegalArgumentException("the Spot WebSocket API table has no row for " + method
          + "; add one with its documented weight");
    }
    return row;
  }

  /**
   * Charges {@code row}'s weight on {@code limiter}, before the request is sent.
   *
   * @param limiter the Spot limiter
   * @param row a row of this table
   * @throws dev.signet.core.RateLimitedException when the limiter refuses it
   */
  public static void charge(RateLimiter limiter, Endpoint row) {
    limiter.acquire(row, row.weightOf(Params.empty()));
  }
}
