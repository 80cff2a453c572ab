package dev.signet.binance.internal;

import dev.signet.binance.BinanceApiException;
import dev.signet.core.CallExecutor;
import dev.signet.core.Endpoint;
import dev.signet.core.HttpTransport;
import dev.signet.core.Params;
import dev.signet.core.RateLimitUsage;
import dev.signet.core.RateLimiter;
import dev.signet.core.ResponseHandler;
import dev.signet.core.Security;
import dev.signet.core.SignetJson;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * What the spot and futures facades share for one Binance host: building requests, the clock sync
 * before signed calls, retries and order safety through the {@link CallExecutor}, Binance's decoding,
 * and the escape hatch. Not API.
 */
public final class BinanceHttp {
  private static final JavaType JSON_NODE = SignetJson.mapper().constructType(JsonNode.class);
  private static final List<String> SIGNER_PARAMS = List.of("timestamp", "signature");

  private final CallExecutor executor;
  private final TimeSync timeSync;
  private final BinanceResponses responses;
  private final RateLimiter limiter;
  private final boolean recvWindowConfigured;
  private final ConcurrentMap<Object, ResponseHandler<?>> handlers = new ConcurrentHashMap<>();

  /**
   * @param executor the host's executor
   * @param timeSync the host's clock sync, or null when the user supplied the clock
   * @param responses the error mapping
   * @param limiter the host's rate limiter
   * @param recvWindowConfigured whether the signer adds recvWindow
   */
  public BinanceHttp(CallExecutor executor, TimeSync timeSync, BinanceResponses responses, RateLimiter limiter,
      boolean recvWindowConfigured) {
    this.executor = Objects.requireNonNull(executor, "executor");
    this.timeSync = timeSync;
    this.responses = Objects.requireNonNull(responses, "responses");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.recvWindowConfigured = recvWindowConfigured;
  }

  /** Repairs a {@code -1021} by re-syncing the clock; true when the call may be sent again. */
  public static boolean recover(TimeSync timeSync, dev.signet.core.SignetException failure) {
    if (timeSync != null && failure instanceof BinanceApiException b && b.isClockSkew()) {
      timeSync.sync();
      return true;
    }
    return false;
  }

  /** Sends {@code params} to {@code endpoint} and decodes the body into {@code type}. */
  public <T> T call(Endpoint endpoint, Params params, JavaType type) {
    return call(endpoint, params, this.<T>handler(type));
  }

  /** Sends {@code params} to {@code endpoint} and decodes the body into {@code type}. */
  public <T> T call(Endpoint endpoint, Params params, Class<T> type) {
    return call(endpoint, params, this.<T>handler(type));
  }

  private <T> T call(Endpoint endpoint, Params params, ResponseHandler<T> handler) {
    if (endpoint.security() == Security.SIGNED) {
      for (String key : SIGNER_PARAMS) {
        refuse(params, key);
      }
      if (recvWindowConfigured) {
        refuse(params, "recvWindow");
      }
      if (timeSync != null) {
        timeSync.ensureSynced();
      }
    }
    HttpTransport transport = executor.transport();
    String clientOrderId = endpoint.kind() == Endpoint.Kind.ORDER ? orderReference(params) : null;
    return executor.execute(endpoint, transport.request(endpoint, params), handler, clientOrderId);
  }

  /** The decoding handler of a {@code Class} or {@code JavaType}, built on first use and kept (the set of types is fixed by the facades). */
  @SuppressWarnings("unchecked")
  private <T> ResponseHandler<T> handler(Object type) {
    ResponseHandler<?> handler = handlers.get(type);
    if (handler == null) {
      JavaType javaType = type instanceof JavaType j ? j : SignetJson.mapper().constructType((Class<?>) type);
      handler = handlers.computeIfAbsent(type, k -> responses.json(javaType));
    }
    return (ResponseHandler<T>) handler;
  }

  /** Any endpoint by method and path, decoded as a JSON tree; GET is a read, anything else a write. */
  public JsonNode raw(String method, String path, Params params, Security security) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(params, "params");
    return call(new Endpoint(method.toUpperCase(Locale.ROOT), path, security, 1), params, JSON_NODE);
  }

  /** Server time in epoch millis from the host's time endpoint. */
  public long serverTime(Endpoint time) {
    JsonNode node = call(time, Params.empty(), JSON_NODE);
    JsonNode serverTime = node.get("serverTime");
    if (serverTime == null || !serverTime.isIntegralNumber()) {
      throw new dev.signet.core.MalformedResponseException(
          time.path() + " answered without an integer serverTime: " + node, 200, null);
    }
    return serverTime.asLong();
  }

  /** Measures the clock offset now (no-op when the user supplied the clock). */
  public void syncClock() {
    if (timeSync != null) {
      timeSync.sync();
    }
  }

  /** The host's current rate-limit usage. */
  public List<RateLimitUsage> usage() {
    return limiter.usage();
  }

  /** The id an unknown-outcome report names: the new client order id, else the order the call is about. */
  private static String orderReference(Params params) {
    for (String key : List.of("newClientOrderId", "origClientOrderId")) {
      if (params.containsKey(key)) {
        return params.get(key);
      }
    }
    return params.containsKey("orderId") ? "orderId=" + params.get("orderId") : "(no client order id)";
  }

  private static void refuse(Params params, String key) {
    if (params.containsKey(key)) {
      throw new IllegalArgumentException("Parameter '" + key + "' is added by the signer; remove it from the"
          + " params (configure recvWindow on the client builder).");
    }
  }
}
