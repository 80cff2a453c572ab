package dev.signet.kraken.internal;

import dev.signet.core.Endpoint;
import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.SignetException;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.CallHooks;
import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.trading.AddOrderResult;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What Kraken adds around every call, typed or escape hatch alike: the per-pair trading counter
 * (an estimate of the matching engine's limit) is charged before {@code AddOrder} and the cancels
 * and told about every placed order; a refused nonce ({@code EAPI:Invalid nonce}) means the call
 * was not executed, so a fresh nonce may be tried, even for an order. Not API.
 *
 * <pre>{@code
 * CallHooks hooks = new KrakenHooks(tradingCounterOrNull);
 * }</pre>
 */
public final class KrakenHooks implements CallHooks {
  private final KrakenTradingCounter trading;

  /** @param trading the per-pair trading counter, or null when it is turned off */
  public KrakenHooks(KrakenTradingCounter trading) {
    this.trading = trading;
  }

  @Override
  public void beforeCall(Operation<?> operation) {
    if (trading == null || operation.endpoint().orderCount() == 0) {
      return;
    }
    Params p = operation.params();
    switch (KrakenResponses.methodName(operation.endpoint().path())) {
      case "AddOrder" -> {
        if (p.containsKey("pair")) {
          trading.beforeAdd(p.get("pair"));
        }
      }
      case "CancelOrder" -> {
        String ref = p.containsKey("txid") ? p.get("txid") : p.get("cl_ord_id");
        if (ref != null) {
          trading.beforeCancel(ref);
        }
      }
      case "CancelOrderBatch" -> batchRefs(operation).forEach(trading::beforeCancel);
      default -> { }
    }
  }

  @Override
  public boolean recover(Operation<?> operation, SignetException failure) {
    return failure instanceof KrakenApiException k && k.hasError("EAPI:Invalid nonce");
  }

  @Override
  public void afterSuccess(Operation<?> operation, Object value) {
    Endpoint endpoint = operation.endpoint();
    Params p = operation.params();
    if (trading == null || !endpoint.path().equals(KrakenEndpoints.ADD_ORDER.path()) || !p.containsKey("pair")
        || "true".equals(p.get("validate"))) {
      return;
    }
    trading.placed(p.get("pair"), txids(value), p.get("cl_ord_id"));
  }

  private static List<String> txids(Object value) {
    if (value instanceof AddOrderResult r) {
      return r.txid();
    }
    List<String> out = new ArrayList<>();
    if (value instanceof JsonNode n && n.path("txid").isArray()) {
      n.path("txid").forEach(t -> out.add(t.asString()));
    }
    return out;
  }

  /** The order ids a CancelOrderBatch JSON body names ({@code orders}: strings or {@code {"txid":…}} objects; {@code cl_ord_ids}). */
  private static List<String> batchRefs(Operation<?> operation) {
    List<String> out = new ArrayList<>();
    if (operation.jsonBody() == null) {
      return out;
    }
    JsonNode body = SignetJson.mapper().readTree(operation.jsonBody().toByteArray());
    for (String member : List.of("orders", "cl_ord_ids")) {
      for (JsonNode o : body.path(member)) {
        String ref = o.isString() ? o.asString() : o.path("txid").asString(o.path("cl_ord_id").asString(""));
        if (!ref.isEmpty()) {
          out.add(ref);
        }
      }
    }
    return out;
  }
}
