package dev.signet.testkit;

/**
 * A user route's answer to a request that passed the route's {@link Access} checks. Called on the
 * fake's server threads, possibly concurrently; a handler that throws makes the fake answer HTTP 500.
 *
 * <pre>{@code
 * RouteHandler depth = request -> request.param("symbol").orElse("").equals("BTCUSDT")
 *     ? Reply.json(200, "{\"lastUpdateId\":1,\"bids\":[[\"40000.00\",\"1.0\"]],\"asks\":[]}")
 *     : Reply.binanceError(400, -1121, "Invalid symbol.");
 * }</pre>
 */
@FunctionalInterface
public interface RouteHandler {
  /**
   * The reply to {@code request}; never null.
   * @param request the request the fake received, already matched to this route
   * @return the reply the fake sends back
   */
  Reply handle(FakeRequest request);
}
