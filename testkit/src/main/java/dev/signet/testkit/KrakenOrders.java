package dev.signet.testkit;

import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** {@link FakeKraken}'s private methods: balances and orders, on the shared ledger. */
final class KrakenOrders {
  private final Ledger ledger;
  private final Clock clock;
  private final KrakenPairs pairs;

  KrakenOrders(Ledger ledger, Clock clock, KrakenPairs pairs) {
    this.ledger = ledger;
    this.clock = clock;
    this.pairs = pairs;
  }

  Object balances(Map<String, String> p) {
    Map<String, Object> out = Json.object();
    ledger.balances().forEach((asset, fl) -> out.put(asset, Ledger.plain(fl[0].add(fl[1]), 10)));
    return out;
  }

  Object addOrder(Map<String, String> p) throws KrakenError {
    String pair = required(p, "pair");
    String type = required(p, "type");
    String ordertype = required(p, "ordertype");
    BigDecimal volume = decimal(p, "volume");
    Ledger.Market market = ledger.findMarket(pair).orElseThrow(() -> new KrakenError("EQuery:Unknown asset pair"));
    if (!type.equals("buy") && !type.equals("sell")) {
      throw new KrakenError("EGeneral:Invalid arguments:type");
    }
    boolean isMarket = ordertype.equals("market");
    if (!isMarket && !ordertype.equals("limit")) {
      throw new KrakenError("EGeneral:Invalid arguments:ordertype");
    }
    BigDecimal price = isMarket ? null : decimal(p, "price");
    String describe = type + " " + Ledger.plain(volume, 8) + " " + pair + " @ "
        + (isMarket ? "market" : "limit " + price.toPlainString());
    Map<String, Object> descr = Json.object();
    descr.put("order", describe);
    Map<String, Object> out = Json.object();
    out.put("descr", descr);
    if ("true".equals(p.get("validate"))) {
      return out;
    }
    Ledger.Order o;
    try {
      o = ledger.place(pair, type.equals("buy"), isMarket, volume, price, p.get("cl_ord_id"), clock.millis());
    } catch (Ledger.Rejection r) {
      throw new KrakenError(r.getMessage().equals("duplicate client order id")
          ? "EOrder:Duplicate order" : "EOrder:Insufficient funds");
    }
    out.put("txid", List.of(o.txid));
    return out;
  }

  Object openOrders(Map<String, String> p) {
    String clientId = p.get("cl_ord_id");
    Map<String, Object> open = Json.object();
    for (Ledger.Order o : ledger.open(null)) {
      if (clientId == null || clientId.equals(o.clientOrderId)) {
        open.put(o.txid, orderJson(o));
      }
    }
    return Map.of("open", open);
  }

  Object closedOrders(Map<String, String> p) {
    String clientId = p.get("cl_ord_id");
    Map<String, Object> closed = Json.object();
    List<Ledger.Order> all = ledger.all();
    for (int i = all.size() - 1; i >= 0; i--) {
      Ledger.Order o = all.get(i);
      if (!Ledger.isOpen(o) && (clientId == null || clientId.equals(o.clientOrderId))) {
        closed.put(o.txid, orderJson(o));
      }
    }
    Map<String, Object> out = Json.object();
    out.put("closed", closed);
    out.put("count", closed.size());
    return out;
  }

  Object queryOrders(Map<String, String> p) throws KrakenError {
    Map<String, Object> out = Json.object();
    for (String txid : required(p, "txid").split(",")) {
      Ledger.Order o = ledger.byTxid(txid).orElseThrow(() -> new KrakenError("EOrder:Invalid order"));
      out.put(txid, orderJson(o));
    }
    return out;
  }

  Object cancelOrder(Map<String, String> p) throws KrakenError {
    Ledger.Order o;
    if (p.containsKey("txid")) {
      o = ledger.byTxid(p.get("txid")).orElse(null);
    } else if (p.containsKey("cl_ord_id")) {
      o = ledger.byClientId(p.get("cl_ord_id")).orElse(null);
    } else {
      throw new KrakenError("EGeneral:Invalid arguments");
    }
    if (o == null) {
      throw new KrakenError("EOrder:Unknown order");
    }
    try {
      ledger.cancel(o, clock.millis());
    } catch (Ledger.Rejection r) {
      return Map.of("count", 0);
    }
    Map<String, Object> out = Json.object();
    out.put("count", 1);
    out.put("pending", false);
    return out;
  }

  Object cancelOrderBatch(Map<String, String> p) throws KrakenError {
    String json = p.get("_json");
    if (json == null) {
      throw new KrakenError("EGeneral:Invalid arguments:orders must be sent as JSON");
    }
    tools.jackson.databind.JsonNode orders = dev.signet.core.SignetJson.mapper().readTree(json).path("orders");
    if (!orders.isArray() || orders.isEmpty() || orders.size() > 50) {
      throw new KrakenError("EGeneral:Invalid arguments:orders");
    }
    int count = 0;
    for (tools.jackson.databind.JsonNode id : orders) {
      Ledger.Order o = ledger.byTxid(id.asString()).orElse(null);
      if (o != null && Ledger.isOpen(o)) {
        try {
          ledger.cancel(o, clock.millis());
          count++;
        } catch (Ledger.Rejection ignored) {
          // not open any more
        }
      }
    }
    return Map.of("count", count);
  }

  private static Map<String, Object> orderJson(Ledger.Order o) {
    Map<String, Object> r = Json.object();
    r.put("refid", null);
    r.put("userref", 0);
    if (o.clientOrderId != null) {
      r.put("cl_ord_id", o.clientOrderId);
    }
    String status = switch (o.status) {
      case "NEW" -> "open";
      case "FILLED" -> "closed";
      default -> "canceled";
    };
    r.put("status", status);
    r.put("opentm", new BigDecimal(o.createdMillis).movePointLeft(3));
    if (!status.equals("open")) {
      r.put("closetm", new BigDecimal(o.updatedMillis).movePointLeft(3));
      r.put("reason", status.equals("canceled") ? "User requested" : null);
    }
    r.put("starttm", 0);
    r.put("expiretm", 0);
    Map<String, Object> descr = Json.object();
    descr.put("pair", o.symbol);
    descr.put("type", o.buy ? "buy" : "sell");
    descr.put("ordertype", o.market ? "market" : "limit");
    descr.put("price", o.price == null ? "0" : o.price.toPlainString());
    descr.put("price2", "0");
    descr.put("leverage", "none");
    descr.put("order", (o.buy ? "buy " : "sell ") + Ledger.plain(o.quantity, 8) + " " + o.symbol + " @ "
        + (o.market ? "market" : "limit " + o.price.toPlainString()));
    descr.put("close", "");
    r.put("descr", descr);
    r.put("vol", Ledger.plain(o.quantity, 8));
    r.put("vol_exec", Ledger.plain(o.executed, 8));
    r.put("cost", Ledger.plain(o.quoteExecuted, 5));
    r.put("fee", "0.00000");
    r.put("price", o.executed.signum() == 0 ? "0.00000" : Ledger.plain(o.quoteExecuted.divide(o.executed, 5, java.math.RoundingMode.HALF_EVEN), 5));
    r.put("stopprice", "0.00000");
    r.put("limitprice", "0.00000");
    r.put("misc", "");
    r.put("oflags", o.buy ? "fciq" : "fcib");
    return r;
  }

  private static String required(Map<String, String> p, String name) throws KrakenError {
    String v = p.get(name);
    if (v == null) {
      throw new KrakenError("EGeneral:Invalid arguments:" + name);
    }
    return v;
  }

  private static BigDecimal decimal(Map<String, String> p, String name) throws KrakenError {
    try {
      BigDecimal d = new BigDecimal(required(p, name));
      if (d.signum() <= 0) {
        throw new KrakenError("EGeneral:Invalid arguments:" + name);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new KrakenError("EGeneral:Invalid arguments:" + name);
    }
  }

}
