package dev.signet.kraken.internal;

import dev.signet.core.Decoder;
import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.Security;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.Executor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import okio.ByteString;
import tools.jackson.databind.JsonNode;

/**
 * What the Kraken services share: the executor, the endpoint table the escape hatches look their
 * rows up in (so a raw {@code TradesHistory} is a retried read costing 2, and a raw
 * {@code AddOrder} is sent once with a {@code cl_ord_id}), and the rate-limit usage. Not API.
 *
 * <pre>{@code
 * JsonNode r = host.privateCall("DepositAddresses", Params.of("asset", "BTC"));
 * }</pre>
 */
public final class KrakenHost {
  private static final Pattern METHOD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(/[A-Za-z][A-Za-z0-9]*)*");
  private static final Decoder<JsonNode> TREE = Decoder.tree();

  private final Executor executor;
  private final KrakenTradingCounter trading;

  /**
   * @param executor the host's executor
   * @param trading the trading counter, or null when off (for {@link #usage()})
   */
  public KrakenHost(Executor executor, KrakenTradingCounter trading) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.trading = trading;
  }

  /**
   * Tells the trading counter (when on) the pair of the order {@code params} names by txid or
   * {@code cl_ord_id}, so an action on an order this process did not place is charged on it.
   *
   * @param params an AmendOrder's (or CancelOrder's) parameters
   * @param pair the order's pair, e.g. {@code XBTUSD}
   */
  public void orderOnPair(Params params, String pair) {
    String ref = KrakenHooks.orderRef(params);
    if (trading != null && ref != null) {
      trading.onPair(ref, pair);
    }
  }

  /**
   * Runs {@code operation} through the executor.
   *
   * @param <T> the decoded result type
   * @param operation the request, its endpoint row and its decoder
   * @return the decoded result
   */
  public <T> T execute(Operation<T> operation) {
    return executor.execute(operation);
  }

  /**
   * {@code POST /0/private/<method>} with {@code params} after the nonce; the table's row, or a write costing 1.
   *
   * @param method the method name, e.g. {@code DepositAddresses} or {@code Earn/Allocate}
   * @param params the parameters, form-encoded in this order after the nonce
   * @return the envelope's {@code result}
   */
  public JsonNode privateCall(String method, Params params) {
    Objects.requireNonNull(params, "params");
    return execute(withOrderId(KrakenEndpoints.TABLE.resolve("POST", KrakenEndpoints.PRIVATE + checkMethod(method),
        Security.SIGNED), Params.copyOf(params)));
  }

  /**
   * As {@link #privateCall(String, Params)} with the caller's cost and kind.
   *
   * @param method the method name, e.g. {@code DepositAddresses} or {@code Earn/Allocate}
   * @param params the parameters, form-encoded in this order after the nonce
   * @param cost the call-counter points the call costs
   * @param kind what kind of call it is, which decides whether it is retried
   * @return the envelope's {@code result}
   */
  public JsonNode privateCall(String method, Params params, int cost, Endpoint.Kind kind) {
    Objects.requireNonNull(params, "params");
    return execute(withOrderId(stated(KrakenEndpoints.PRIVATE + checkMethod(method), cost, kind), Params.copyOf(params)));
  }

  /**
   * {@code POST /0/private/<method>} with a JSON body: {@code body} is written once as compact JSON
   * in its map order, the signer puts {@code nonce} first, and those bytes are signed and sent.
   *
   * @param method the method name, e.g. {@code AddOrderBatch}
   * @param body the JSON object's members, in order; no {@code nonce}
   * @return the envelope's {@code result}
   */
  public JsonNode privateCallJson(String method, Map<String, ?> body) {
    Endpoint row = KrakenEndpoints.TABLE.resolve("POST", KrakenEndpoints.PRIVATE + checkMethod(method), Security.SIGNED);
    Operation<JsonNode> op = json(row, body, TREE);
    return execute(row.kind() == Endpoint.Kind.ORDER ? op.withClientOrderId(batchIds(body)) : op);
  }

  /**
   * The {@code cl_ord_id}s (else {@code userref}s) of a batch body's {@code orders}, for an unknown-outcome report.
   *
   * @param body an AddOrderBatch body
   * @return the ids, comma-separated in order, or a note that the batch has none
   */
  public static String batchIds(Map<String, ?> body) {
    List<String> ids = new ArrayList<>();
    if (body.get("orders") instanceof List<?> orders) {
      for (Object o : orders) {
        if (o instanceof Map<?, ?> order) {
          Object id = order.get("cl_ord_id") != null ? order.get("cl_ord_id") : order.get("userref");
          if (id != null) {
            ids.add(id.toString());
          }
        }
      }
    }
    return ids.isEmpty() ? "(no cl_ord_id in the batch)" : String.join(",", ids);
  }

  /**
   * An operation whose body is {@code body} as compact JSON; {@code nonce} is refused (the signer adds it).
   *
   * @param <T> the decoded result type
   * @param endpoint the endpoint's table row
   * @param body the JSON object's members, in order
   * @param decoder decodes the envelope's {@code result}
   * @return the operation, with the JSON bytes fixed once
   * @throws IllegalArgumentException when {@code body} has a {@code nonce} member
   */
  public static <T> Operation<T> json(Endpoint endpoint, Map<String, ?> body, Decoder<T> decoder) {
    Objects.requireNonNull(body, "body");
    if (body.containsKey("nonce")) {
      throw new IllegalArgumentException("Member 'nonce' is added by the signer; remove it from the body.");
    }
    byte[] json = SignetJson.mapper().writeValueAsBytes(body);
    return Operation.json(endpoint, ByteString.of(json), decoder);
  }

  /**
   * {@code GET /0/public/<method>?params}; public methods are not on the call counter.
   *
   * @param method the public method name, e.g. {@code Ticker}
   * @param params the query parameters, in this order
   * @return the envelope's {@code result}
   */
  public JsonNode publicCall(String method, Params params) {
    Objects.requireNonNull(params, "params");
    Endpoint row = KrakenEndpoints.TABLE.find("GET", KrakenEndpoints.PUBLIC + checkMethod(method));
    if (row == null) {
      row = KrakenEndpoints.publicMethod(method);
    }
    return execute(Operation.of(row, Params.copyOf(params), TREE));
  }

  /**
   * The call counter's usage, then each pair's trading counter.
   *
   * @return the call counter's usage, then each pair's trading counter; unmodifiable
   */
  public List<RateLimitUsage> usage() {
    List<RateLimitUsage> out = new ArrayList<>(executor.limiter().usage());
    if (trading != null) {
      out.addAll(trading.usage());
    }
    return List.copyOf(out);
  }

  /**
   * A new {@code cl_ord_id} (a UUID, as Kraken accepts).
   *
   * @return a random UUID in its dashed form
   */
  public static String newClientOrderId() {
    return UUID.randomUUID().toString();
  }

  private static Operation<JsonNode> withOrderId(Endpoint endpoint, Params params) {
    if (endpoint.kind() != Endpoint.Kind.ORDER) {
      return Operation.of(endpoint, params, TREE);
    }
    String idParam = endpoint.clientIdParam();
    if (idParam != null && !params.containsKey(idParam) && !params.containsKey("userref")) {
      params.add(idParam, newClientOrderId());
    }
    String ref = idParam != null && params.containsKey(idParam) ? params.get(idParam)
        : params.containsKey("cl_ord_id") ? params.get("cl_ord_id")
        : params.containsKey("userref") ? "userref=" + params.get("userref")
        : params.containsKey("txid") ? "txid=" + params.get("txid") : null;
    return Operation.of(endpoint, params, TREE).withClientOrderId(ref);
  }

  private static Endpoint stated(String path, int cost, Endpoint.Kind kind) {
    Endpoint known = KrakenEndpoints.TABLE.find("POST", path);
    Endpoint.Builder row = Endpoint.post(path).signed().limit(Endpoint.Limit.CALL_COUNTER).weight(cost);
    return switch (Objects.requireNonNull(kind, "kind")) {
      case READ -> row.read().build();
      case WRITE -> row.write().build();
      case ORDER -> row.order(1, known != null ? known.clientIdParam() : null).build();
    };
  }

  private static String checkMethod(String method) {
    if (method == null || !METHOD_NAME.matcher(method).matches()) {
      throw new IllegalArgumentException("Kraken method '" + method + "' is not a method name; pass the bare"
          + " name such as Balance or DepositAddresses (the client adds /0/private/ or /0/public/).");
    }
    return method;
  }
}
