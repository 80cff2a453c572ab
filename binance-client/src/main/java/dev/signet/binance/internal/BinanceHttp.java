package dev.signet.binance.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.HttpTransport;
import dev.signet.core.Params;
import dev.signet.core.Security;
import dev.signet.core.SignetJson;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * What the spot and futures facades share: one host's transport plus Binance's decoding, and the
 * escape hatch for endpoints without a typed method. Not API.
 */
public final class BinanceHttp {
  private static final JavaType JSON_NODE = SignetJson.mapper().constructType(JsonNode.class);
  private final HttpTransport transport;

  /** @param transport the transport of one Binance host (spot or futures) */
  public BinanceHttp(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Sends {@code params} to {@code endpoint} and decodes the body into {@code type}. */
  public <T> T call(Endpoint endpoint, Params params, JavaType type) {
    return transport.execute(transport.request(endpoint, params), BinanceResponses.json(type));
  }

  /** Sends {@code params} to {@code endpoint} and decodes the body into {@code type}. */
  public <T> T call(Endpoint endpoint, Params params, Class<T> type) {
    return call(endpoint, params, SignetJson.mapper().constructType(type));
  }

  /** Any endpoint by method and path, decoded as a JSON tree. */
  public JsonNode raw(String method, String path, Params params, Security security) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(params, "params");
    Endpoint endpoint = new Endpoint(method.toUpperCase(Locale.ROOT), path, security, 1);
    return call(endpoint, params, JSON_NODE);
  }

  /** Server time in epoch millis from {@code path} ({@code /api/v3/time} or {@code /fapi/v1/time}). */
  public long serverTime(Endpoint time) {
    JsonNode node = call(time, Params.empty(), JSON_NODE);
    JsonNode serverTime = node.get("serverTime");
    if (serverTime == null || !serverTime.isIntegralNumber()) {
      throw new dev.signet.core.MalformedResponseException(
          time.path() + " answered without an integer serverTime: " + node, 200, null);
    }
    return serverTime.asLong();
  }
}
