package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * {@link FakeKraken}'s order changes beyond AddOrder and the cancels: AmendOrder (in place, same
 * txid), EditOrder (legacy: cancel and replace with a new txid), AddOrderBatch (JSON; all orders
 * checked first, one invalid rejects the batch), OrderAmends, CancelAllOrdersAfter and GetWebSocketsToken.
 */
final class KrakenTradingRoutes {
  private final Ledger ledger;
  private final Clock clock;
  private final KrakenPairs pairs;
  private final KrakenMatcher matcher;
  private final KrakenTimer timer;
  private final AtomicLong tokens = new AtomicLong();

  KrakenTradingRoutes(Ledger ledger, Clock clock, KrakenPairs pairs, KrakenMatcher matcher, KrakenTimer timer) {
    this.ledger = ledger;
    this.clock = clock;
    this.pairs = pairs;
    this.matcher = matcher;
    this.timer = timer;
  }

  /** Puts this class's methods into the fake's private table, by method name. */
  void register(Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("AmendOrder", this::amendOrder);
    privateMethods.put("EditOrder", this::editOrder);
    privateMethods.put("AddOrderBatch", this::addOrderBatch);
    privateMethods.put("OrderAmends", this::orderAmends);
    privateMethods.put("CancelAllOrdersAfter", timer::arm);
    privateMethods.put("GetWebSocketsToken", p -> webSocketsToken());
  }

  /** A new token each call, {@code fake-ws-token-1}, {@code -2}, ..., for 900 seconds, as the docs' example: {@code {token, expires}}. */
  private Object webSocketsToken() {
    Map<String, Object> out = Json.object();
    out.put("token", "fake-ws-token-" + tokens.incrementAndGet());
    out.put("expires", 900);
    return out;
  }

  /** {@code txid} or {@code cl_ord_id}; {@code order_qty}, {@code limit_price}, {@code trigger_price}, {@code display_qty}, {@code post_only} → {@code {amend_id}}. */
  private Object amendOrder(Map<String, String> p) throws KrakenError {
    KrakenTradeParams.deadline(p.get("deadline"), clock);
    KrakenTradeOrder t;
    if (p.containsKey("txid") == p.containsKey("cl_ord_id")) {
      throw KrakenTradeParams.invalid("txid");
    } else if (p.containsKey("txid")) {
      t = matcher.find(p.get("txid")).orElseThrow(() -> new KrakenError("EOrder:Unknown order"));
    } else {
      t = matcher.byClientId(p.get("cl_ord_id")).orElseThrow(() -> new KrakenError("EOrder:Unknown order"));
    }
    BigDecimal qty = positiveOrNull(p, "order_qty");
    BigDecimal limit = positiveOrNull(p, "limit_price");
    BigDecimal trigger = positiveOrNull(p, "trigger_price");
    BigDecimal display = positiveOrNull(p, "display_qty");
    if (qty == null && limit == null && trigger == null && display == null) {
      throw new KrakenError("EGeneral:Invalid arguments");
    }
    String amendId = matcher.amend(t, qty, limit, trigger, display, KrakenTradeParams.flag(p, "post_only"));
    return Map.of("amend_id", amendId);
  }

  /** {@code txid} (or a unique integer userref), {@code pair}; new {@code volume}, {@code price}, {@code price2}, {@code displayvol}, {@code oflags}, {@code userref}. */
  private Object editOrder(Map<String, String> p) throws KrakenError {
    KrakenTradeParams.deadline(p.get("deadline"), clock);
    KrakenTradeOrder old = original(KrakenTradeParams.required(p, "txid"));
    KrakenPairs.Pair pair = pairs.find(KrakenTradeParams.required(p, "pair"))
        .orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair"));
    if (!pair.equals(old.pair)) {
      throw KrakenTradeParams.invalid("pair");
    }
    Map<String, String> merged = new LinkedHashMap<>();
    merged.put("pair", p.get("pair"));
    merged.put("type", old.order.buy ? "buy" : "sell");
    merged.put("ordertype", old.ordertype);
    merged.put("volume", p.getOrDefault("volume", old.order.quantity.toPlainString()));
    putIfPresent(merged, "price", p.getOrDefault("price", old.price == null ? null : old.price.toPlainString()));
    putIfPresent(merged, "price2", p.getOrDefault("price2", old.price2 == null ? null : old.price2.toPlainString()));
    putIfPresent(merged, "displayvol", p.getOrDefault("displayvol", old.displayvol == null ? null : old.displayvol.toPlainString()));
    putIfPresent(merged, "oflags", p.get("oflags"));
    putIfPresent(merged, "userref", p.get("userref"));
    merged.put("timeinforce", old.order.timeInForce);
    KrakenTradeRequest r = KrakenTradeRequest.read(merged, pairs, ledger);
    Map<String, Object> out = Json.object();
    out.put("status", "ok");
    if (!KrakenTradeParams.flag(p, "validate")) {
      out.put("txid", matcher.replace(old, r).txid());
    }
    out.put("originaltxid", old.txid());
    out.put("volume", Ledger.plain(r.volume(), 8));
    out.put("price", r.price() == null ? "0" : r.price().toPlainString());
    out.put("price2", r.price2() == null ? "0" : r.price2().toPlainString());
    out.put("orders_cancelled", out.containsKey("txid") ? 1 : 0);
    out.put("descr", Map.of("order", r.describe()));
    if (r.userref() != null) {
      out.put("newuserref", r.userref());
    }
    if (old.userref != null) {
      out.put("olduserref", old.userref);
    }
    return out;
  }

  /** JSON {@code {orders:[2..15], pair, deadline?, validate?}} → {@code {orders:[{txid, descr} | {error}]}} in request order. */
  private Object addOrderBatch(Map<String, String> p) throws KrakenError {
    String json = p.get("_json");
    if (json == null) {
      throw new KrakenError("EGeneral:Invalid arguments:orders must be sent as JSON");
    }
    JsonNode body = KrakenOrders.readJson(json);
    JsonNode orders = body.path("orders");
    if (!orders.isArray() || orders.size() < 2 || orders.size() > 15) {
      throw KrakenTradeParams.invalid("orders");
    }
    String pair = body.path("pair").isString() ? body.path("pair").asString() : null;
    if (pair == null) {
      throw KrakenTradeParams.invalid("pair");
    }
    KrakenTradeParams.deadline(body.path("deadline").isString() ? body.path("deadline").asString() : null, clock);
    List<KrakenTradeRequest> checked = new ArrayList<>();
    for (JsonNode order : orders) {
      checked.add(KrakenTradeRequest.read(fields(order, pair), pairs, ledger));
    }
    boolean validate = body.path("validate").asString().equals("true");
    List<Object> out = new ArrayList<>();
    for (KrakenTradeRequest r : checked) {
      Map<String, Object> entry = Json.object();
      try {
        if (!validate) {
          entry.put("txid", matcher.place(r).txid());
        }
        entry.put("descr", Map.of("order", r.describe()));
      } catch (KrakenError e) {
        entry.clear();
        entry.put("error", e.getMessage());
      }
      out.add(entry);
    }
    return Map.of("orders", out);
  }

  /** {@code order_id} → {@code {amends:[...], count}}: the original first, then each amend. */
  private Object orderAmends(Map<String, String> p) throws KrakenError {
    KrakenTradeOrder t = matcher.find(KrakenTradeParams.required(p, "order_id"))
        .orElseThrow(() -> new KrakenError("EOrder:Unknown order"));
    List<Object> amends = new ArrayList<>();
    for (KrakenTradeOrder.KrakenTradeAmend a : List.copyOf(t.amends)) {
      Map<String, Object> r = Json.object();
      r.put("amend_id", a.amendId());
      r.put("amend_type", a.amendType());
      r.put("order_qty", Ledger.plain(a.orderQty(), 8));
      if (a.displayQty() != null) {
        r.put("display_qty", Ledger.plain(a.displayQty(), 8));
      }
      r.put("remaining_qty", Ledger.plain(a.remainingQty(), 8));
      if (a.limitPrice() != null) {
        r.put("limit_price", a.limitPrice().toPlainString());
      }
      if (a.triggerPrice() != null) {
        r.put("trigger_price", a.triggerPrice().toPlainString());
      }
      if (a.postOnly()) {
        r.put("post_only", true);
      }
      r.put("timestamp", a.timestampNanos());
      amends.add(r);
    }
    Map<String, Object> out = Json.object();
    out.put("amends", amends);
    out.put("count", amends.size());
    return out;
  }

  private KrakenTradeOrder original(String txid) throws KrakenError {
    if (txid.matches("-?[0-9]{1,10}")) {
      List<KrakenTradeOrder> tagged = matcher.open().stream()
          .filter(t -> t.userref != null && t.userref.toString().equals(txid)).toList();
      if (tagged.size() != 1) {
        throw new KrakenError(tagged.isEmpty() ? "EOrder:Unknown order" : "EGeneral:Invalid arguments:txid");
      }
      return tagged.get(0);
    }
    KrakenTradeOrder t = matcher.find(txid).orElseThrow(() -> new KrakenError("EOrder:Unknown order"));
    if (!t.open()) {
      throw new KrakenError("EOrder:Unknown order");
    }
    return t;
  }

  /** A batch entry's scalar fields as AddOrder arguments, with the batch's pair; a nested {@code close} is not modelled. */
  private static Map<String, String> fields(JsonNode order, String pair) throws KrakenError {
    if (!order.isObject()) {
      throw KrakenTradeParams.invalid("orders");
    }
    Map<String, String> p = new LinkedHashMap<>();
    p.put("pair", pair);
    for (Map.Entry<String, JsonNode> f : order.properties()) {
      if (!f.getValue().isValueNode()) {
        throw KrakenTradeParams.invalid(f.getKey());
      }
      p.put(f.getKey(), f.getValue().asString());
    }
    return p;
  }

  private static BigDecimal positiveOrNull(Map<String, String> p, String name) throws KrakenError {
    return p.containsKey(name) ? KrakenTradeParams.positive(p, name) : null;
  }

  private static void putIfPresent(Map<String, String> p, String name, String value) {
    if (value != null) {
      p.put(name, value);
    }
  }
}
