package dev.signet.kraken.internal;

import dev.signet.core.Operation;
import dev.signet.core.Params;
import dev.signet.core.SignetException;
import dev.signet.core.SignetJson;
import dev.signet.core.internal.CallHooks;
import dev.signet.kraken.KrakenApiException;
import dev.signet.kraken.trading.AddOrderResult;
import dev.signet.kraken.trading.BatchOrderResult;
import dev.signet.kraken.trading.EditOrderResult;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * What Kraken adds around every call, typed or escape hatch alike: the per-pair trading counter
 * (an estimate of the matching engine's limit) is charged before {@code AddOrder},
 * {@code AddOrderBatch}, {@code AmendOrder}, {@code EditOrder} and the cancels, and told about
 * every placed, amended and edited order; a refused nonce ({@code EAPI:Invalid nonce}) means the call
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
      case "AddOrderBatch" -> {
        JsonNode body = jsonBody(operation);
        if (body.path("pair").isString() && body.path("orders").isArray()) {
          trading.beforeBatchAdd(body.path("pair").asString(), body.path("orders").size());
        }
      }
      case "CancelOrder" -> ifPresent(orderRef(p), trading::beforeCancel);
      case "AmendOrder" -> ifPresent(orderRef(p), trading::beforeAmend);
      case "EditOrder" -> {
        if (p.containsKey("pair") && p.containsKey("txid")) {
          trading.beforeEdit(p.get("pair"), p.get("txid"));
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
    Params p = operation.params();
    if (trading == null || operation.endpoint().orderCount() == 0 || "true".equals(p.get("validate"))) {
      return;
    }
    switch (KrakenResponses.methodName(operation.endpoint().path())) {
      case "AddOrder" -> {
        if (p.containsKey("pair")) {
          trading.placed(p.get("pair"), txids(value), p.get("cl_ord_id"));
        }
      }
      case "AddOrderBatch" -> batchPlaced(jsonBody(operation), value);
      case "AmendOrder" -> ifPresent(orderRef(p), trading::amended);
      case "EditOrder" -> {
        String txid = value instanceof EditOrderResult r ? r.txid()
            : value instanceof JsonNode n && n.path("txid").isString() ? n.path("txid").asString() : null;
        if (txid != null && p.containsKey("pair") && p.containsKey("txid")) {
          trading.edited(p.get("pair"), p.get("txid"), txid);
        }
      }
      default -> { }
    }
  }

  /** Each placed order of a batch, by its txid and the client id its body entry sent (entries and results pair by position). */
  private void batchPlaced(JsonNode body, Object value) {
    if (body.path("validate").asBoolean(false) || !body.path("pair").isString()) {
      return;
    }
    List<String> txids = new ArrayList<>();
    if (value instanceof List<?> results) {
      results.forEach(r -> txids.add(r instanceof BatchOrderResult.Placed placed ? placed.txid() : null));
    } else if (value instanceof JsonNode n) {
      n.path("orders").forEach(o -> txids.add(o.path("txid").isString() ? o.path("txid").asString() : null));
    }
    JsonNode entries = body.path("orders");
    for (int i = 0; i < txids.size(); i++) {
      String clientId = entries.path(i).path("cl_ord_id").isString() ? entries.path(i).path("cl_ord_id").asString() : null;
      if (txids.get(i) != null) {
        trading.placed(body.path("pair").asString(), List.of(txids.get(i)), clientId);
      }
    }
  }

  /** The txid or client order id an order action names, or null. */
  static String orderRef(Params p) {
    return p.containsKey("txid") ? p.get("txid") : p.get("cl_ord_id");
  }

  private static void ifPresent(String ref, Consumer<String> action) {
    if (ref != null) {
      action.accept(ref);
    }
  }

  private static JsonNode jsonBody(Operation<?> operation) {
    return operation.jsonBody() == null ? SignetJson.mapper().missingNode()
        : SignetJson.mapper().readTree(operation.jsonBody().toByteArray());
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
    JsonNode body = jsonBody(operation);
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
