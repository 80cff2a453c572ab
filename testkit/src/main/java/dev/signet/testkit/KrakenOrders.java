package dev.signet.testkit;

import dev.signet.core.SignetJson;
import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@link FakeKraken}'s private Balance and order methods: AddOrder, OpenOrders, ClosedOrders,
 * QueryOrders, CancelOrder, CancelAll, CancelOrderBatch, on the shared ledger through {@link KrakenMatcher}.
 */
final class KrakenOrders {
  private static final int PAGE = 50;

  private final Ledger ledger;
  private final KrakenPairs pairs;
  private final KrakenMatcher matcher;

  KrakenOrders(Ledger ledger, KrakenPairs pairs, KrakenMatcher matcher) {
    this.ledger = ledger;
    this.pairs = pairs;
    this.matcher = matcher;
  }

  /** Puts this class's methods into the fake's private table, by method name. */
  void register(Map<String, KrakenMethod> privateMethods) {
    privateMethods.put("Balance", this::balances);
    privateMethods.put("AddOrder", this::addOrder);
    privateMethods.put("OpenOrders", this::openOrders);
    privateMethods.put("ClosedOrders", this::closedOrders);
    privateMethods.put("QueryOrders", this::queryOrders);
    privateMethods.put("CancelOrder", this::cancelOrder);
    privateMethods.put("CancelAll", p -> cancelled(matcher.cancelAll()));
    privateMethods.put("CancelOrderBatch", this::cancelOrderBatch);
  }

  private Object balances(Map<String, String> p) {
    Map<String, Object> out = Json.object();
    ledger.balances().forEach((asset, fl) -> out.put(asset, Ledger.plain(fl[0].add(fl[1]), 10)));
    return out;
  }

  private Object addOrder(Map<String, String> p) throws KrakenError {
    KrakenTradeRequest r = KrakenTradeRequest.read(p, pairs, ledger);
    if (KrakenTradeParams.flag(p, "validate")) {
      return KrakenTradeJson.added(r.describe(), null);
    }
    return KrakenTradeJson.added(r.describe(), matcher.place(r).txid());
  }

  private Object openOrders(Map<String, String> p) throws KrakenError {
    boolean trades = KrakenTradeParams.flag(p, "trades");
    Map<String, Object> open = Json.object();
    for (KrakenTradeOrder t : matcher.open()) {
      if (matches(t, p)) {
        open.put(t.txid(), KrakenTradeJson.order(t, trades));
      }
    }
    return Map.of("open", open);
  }

  /** Newest first, pages of 50 from {@code ofs}; {@code count} is every closed order that matches. */
  private Object closedOrders(Map<String, String> p) throws KrakenError {
    boolean trades = KrakenTradeParams.flag(p, "trades");
    int ofs = KrakenTradeParams.integer(p, "ofs", 0, Integer.MAX_VALUE, 0);
    List<KrakenTradeOrder> all = matcher.all();
    List<KrakenTradeOrder> closed = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (!all.get(i).open() && matches(all.get(i), p)) {
        closed.add(all.get(i));
      }
    }
    Map<String, Object> page = Json.object();
    closed.stream().skip(ofs).limit(PAGE).forEach(t -> page.put(t.txid(), KrakenTradeJson.order(t, trades)));
    Map<String, Object> out = Json.object();
    out.put("closed", page);
    out.put("count", closed.size());
    return out;
  }

  private Object queryOrders(Map<String, String> p) throws KrakenError {
    boolean trades = KrakenTradeParams.flag(p, "trades");
    Map<String, Object> out = Json.object();
    for (String txid : KrakenTradeParams.list(p, "txid", PAGE)) {
      KrakenTradeOrder t = matcher.find(txid).orElseThrow(() -> new KrakenError("EOrder:Invalid order"));
      if (matches(t, p)) {
        out.put(txid, KrakenTradeJson.order(t, trades));
      }
    }
    return out;
  }

  /** By {@code txid} (an order txid, or an integer userref: every open order with it) or {@code cl_ord_id}. */
  private Object cancelOrder(Map<String, String> p) throws KrakenError {
    List<KrakenTradeOrder> targets;
    if (p.containsKey("txid")) {
      targets = byTxidOrUserref(p.get("txid"));
    } else if (p.containsKey("cl_ord_id")) {
      targets = matcher.byClientId(p.get("cl_ord_id")).map(List::of).orElse(List.of());
    } else {
      throw new KrakenError("EGeneral:Invalid arguments");
    }
    if (targets.isEmpty()) {
      throw new KrakenError("EOrder:Unknown order");
    }
    int count = 0;
    for (KrakenTradeOrder t : targets) {
      count += matcher.cancel(t) ? 1 : 0;
    }
    return cancelled(count);
  }

  /** A JSON body: {@code orders} (txids or userrefs, as strings or {@code {txid}} objects) and/or {@code cl_ord_ids}; 1..50 in all. */
  private Object cancelOrderBatch(Map<String, String> p) throws KrakenError {
    String json = p.get("_json");
    if (json == null) {
      throw new KrakenError("EGeneral:Invalid arguments:orders must be sent as JSON");
    }
    JsonNode body = readJson(json);
    List<KrakenTradeOrder> targets = new ArrayList<>();
    int ids = 0;
    for (JsonNode id : body.path("orders")) {
      targets.addAll(byTxidOrUserref(id.isObject() ? id.path("txid").asString() : id.asString()));
      ids++;
    }
    for (JsonNode id : body.path("cl_ord_ids")) {
      matcher.byClientId(id.isObject() ? id.path("cl_ord_id").asString() : id.asString()).ifPresent(targets::add);
      ids++;
    }
    if (ids == 0 || ids > PAGE) {
      throw new KrakenError("EGeneral:Invalid arguments:orders");
    }
    int count = 0;
    for (KrakenTradeOrder t : targets) {
      count += matcher.cancel(t) ? 1 : 0;
    }
    return Map.of("count", count);
  }

  /** The JSON object of a batch body. */
  static JsonNode readJson(String json) throws KrakenError {
    try {
      JsonNode body = SignetJson.mapper().readTree(json);
      if (!body.isObject()) {
        throw new KrakenError("EGeneral:Invalid arguments");
      }
      return body;
    } catch (JacksonException e) {
      throw new KrakenError("EGeneral:Invalid arguments");
    }
  }

  private List<KrakenTradeOrder> byTxidOrUserref(String id) {
    if (id.matches("-?[0-9]{1,10}")) {
      long userref = Long.parseLong(id);
      return matcher.open().stream().filter(t -> t.userref != null && t.userref == userref).toList();
    }
    return matcher.find(id).map(List::of).orElse(List.of());
  }

  private static boolean matches(KrakenTradeOrder t, Map<String, String> p) throws KrakenError {
    String clientId = p.get("cl_ord_id");
    if (clientId != null && !clientId.equals(t.order.clientOrderId)) {
      return false;
    }
    if (p.containsKey("userref")) {
      int userref = KrakenTradeParams.integer(p, "userref", Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
      return t.userref != null && t.userref == userref;
    }
    return true;
  }

  private static Map<String, Object> cancelled(int count) {
    Map<String, Object> out = Json.object();
    out.put("count", count);
    out.put("pending", false);
    return out;
  }
}
