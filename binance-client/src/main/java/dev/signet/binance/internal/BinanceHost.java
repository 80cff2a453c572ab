package dev.signet.binance.internal;

import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.EndpointTable;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import dev.signet.core.Security;
import dev.signet.core.internal.Executor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * What the services of one Binance host share: its executor, its endpoint tables (the escape
 * hatches look their rows up here), its clock sync and its rate-limit usage. Not API.
 *
 * <pre>{@code
 * Account a = host.execute(Operation.of(SpotEndpoints.ACCOUNT, Params.empty(), ACCOUNT));
 * JsonNode any = host.raw("GET", "/api/v3/openOrders", Params.empty(), Security.SIGNED);  // weight 80
 * }</pre>
 */
public final class BinanceHost {
  private static final Decoder<JsonNode> TREE = Decoder.tree();

  private final Executor executor;
  private final List<EndpointTable> tables;
  private final TimeSync timeSync;

  /**
   * @param executor the host's executor
   * @param timeSync the host's clock sync, or null when the user supplied the clock
   * @param tables the host's endpoint tables, looked up by path prefix ({@code /sapi/} → SAPI), first one the default
   */
  public BinanceHost(Executor executor, TimeSync timeSync, List<EndpointTable> tables) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.timeSync = timeSync;
    this.tables = List.copyOf(tables);
  }

  /**
   * Runs {@code operation} through the host's executor.
   *
   * @param <T> the result type
   * @param operation the call to run
   * @return what {@code operation} returned
   */
  public <T> T execute(Operation<T> operation) {
    return executor.execute(operation);
  }

  /**
   * Any endpoint by method and path, decoded as a JSON tree, with the weight, kind and order
   * safety of its table row (a path no table lists: a write of the table's stated weight).
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the endpoint path, e.g. {@code /api/v3/order}
   * @param params the request parameters (not yet signed)
   * @param security whether the endpoint is public or signed
   * @return the response body as a JSON tree
   */
  public JsonNode raw(String method, String path, Params params, Security security) {
    Objects.requireNonNull(params, "params");
    String m = upper(method);
    return execute(operation(tableFor(path).resolve(m, path, security), params));
  }

  /**
   * As {@link #raw(String, String, Params, Security)} with the caller's own weight and kind.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the endpoint path, e.g. {@code /api/v3/order}
   * @param params the request parameters (not yet signed)
   * @param security whether the endpoint is public or signed
   * @param weight the request weight the endpoint costs
   * @param kind which rate-limit bucket the call counts against
   * @return the response body as a JSON tree
   */
  public JsonNode raw(String method, String path, Params params, Security security, int weight, Endpoint.Kind kind) {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(kind, "kind");
    Endpoint known = tableFor(path).find(upper(method), path);
    Endpoint.Builder row = Endpoint.of(upper(method), path).security(security).weight(weight)
        .limit(known != null ? known.limit() : tableFor(path).resolve(upper(method), path, security).limit());
    if (kind == Endpoint.Kind.ORDER) {
      row.order(known != null ? known.orderCount() : 1, known != null ? known.clientIdParam() : null);
    } else if (kind == Endpoint.Kind.READ) {
      row.read();
    } else {
      row.write();
    }
    return execute(operation(row.build(), params));
  }

  /** Measures the clock offset now (no-op when the user supplied the clock). */
  public void syncClock() {
    if (timeSync != null) {
      timeSync.sync();
    }
  }

  /**
   * The host's current rate-limit usage.
   *
   * @return the host's current rate-limit usage
   */
  public List<RateLimitUsage> usage() {
    return executor.limiter().usage();
  }

  /**
   * The host's rate limiter, for what else counts against the same weight (the Spot WebSocket API).
   *
   * @return the limiter
   */
  public RateLimiter limiter() {
    return executor.limiter();
  }

  /**
   * Runs {@code endpoint} with {@code params}. An order, or a write whose row names a client-id
   * parameter ({@code withdrawOrderId}, {@code clientTranId}), is sent with a generated id when the
   * caller gave none, and an unknown outcome names that id; the caller's {@code params} are not changed.
   *
   * @param <T> the result type
   * @param endpoint the endpoint-table row
   * @param params the request parameters (not yet signed)
   * @param decoder decodes the answer
   * @return the decoded answer
   */
  public <T> T call(Endpoint endpoint, Params params, Decoder<T> decoder) {
    return execute(operation(endpoint, params, decoder));
  }

  private Operation<JsonNode> operation(Endpoint endpoint, Params params) {
    return operation(endpoint, params, TREE);
  }

  private static <T> Operation<T> operation(Endpoint endpoint, Params params, Decoder<T> decoder) {
    Params sent = Params.copyOf(params);
    String idParam = endpoint.clientIdParam();
    if (endpoint.kind() == Endpoint.Kind.READ || endpoint.kind() == Endpoint.Kind.WRITE && idParam == null) {
      return Operation.of(endpoint, sent, decoder);
    }
    if (idParam != null && !sent.containsKey(idParam)) {
      sent.add(idParam, BinanceOrderIds.generate());
    }
    return Operation.of(endpoint, sent, decoder).withClientOrderId(BinanceOrderIds.reference(sent, idParam));
  }

  private EndpointTable tableFor(String path) {
    Objects.requireNonNull(path, "path");
    for (EndpointTable t : tables) {
      if (t.product().equals("Binance SAPI") && path.startsWith("/sapi/")) {
        return t;
      }
    }
    return tables.get(0);
  }

  private static String upper(String method) {
    return Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
  }
}
