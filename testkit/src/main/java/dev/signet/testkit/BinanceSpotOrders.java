package dev.signet.testkit;

import static dev.signet.testkit.BinanceError.decimal;
import static dev.signet.testkit.BinanceError.parseLong;
import static dev.signet.testkit.BinanceError.required;

import dev.signet.core.SignetJson;
import dev.signet.testkit.internal.Json;
import dev.signet.testkit.internal.Ledger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The spot trading routes beyond placing, querying and cancelling one order: test orders (with
 * commission rates), cancelling all open orders of a symbol, cancel-replace (every outcome, the
 * failures as Binance's {@code -2021}/{@code -2022} bodies with {@code data}), amend keep priority,
 * order lists (kept here, not on the ledger: their orders never trade) and SOR. Single orders go
 * through {@link BinanceSpot}, so balances and ids stay consistent.
 */
final class BinanceSpotOrders {
  private final BinanceSpot spot;
  private final Ledger ledger;
  private final Clock clock;
  private final Map<Long, Map<String, Object>> lists = new LinkedHashMap<>();
  private long nextListId = 1;
  private long nextListOrderId = 1_000_000;

  BinanceSpotOrders(BinanceSpot spot, Ledger ledger, Clock clock) {
    this.spot = spot;
    this.ledger = ledger;
    this.clock = clock;
  }

  /** The routes, keyed {@code "METHOD /path"}. */
  Map<String, FakeBinance.Endpoint> routes() {
    Map<String, FakeBinance.Endpoint> r = new LinkedHashMap<>();
    r.put("POST /api/v3/order/test", this::testOrder);
    r.put("POST /api/v3/sor/order/test", this::testOrder);
    r.put("POST /api/v3/sor/order", p -> spot.newOrder(with(p, "newOrderRespType", "FULL")));
    r.put("DELETE /api/v3/openOrders", this::cancelOpen);
    r.put("POST /api/v3/order/cancelReplace", this::cancelReplace);
    r.put("PUT /api/v3/order/amend/keepPriority", this::amend);
    for (String kind : List.of("oco", "oto", "otoco", "opo", "opoco")) {
      r.put("POST /api/v3/orderList/" + kind, p -> newList(kind, p));
    }
    r.put("DELETE /api/v3/orderList", this::cancelList);
    return r;
  }

  private Reply testOrder(Map<String, String> p) throws BinanceError {
    market(p);
    if (!"true".equals(p.get("computeCommissionRates"))) {
      return Reply.json(200, "{}");
    }
    Map<String, Object> rates = Json.object();
    rates.put("maker", "0.00100000");
    rates.put("taker", "0.00100000");
    Map<String, Object> zero = Json.object();
    zero.put("maker", "0.00000000");
    zero.put("taker", "0.00000000");
    Map<String, Object> discount = Json.object();
    discount.put("enabledForAccount", false);
    discount.put("enabledForSymbol", false);
    discount.put("discountAsset", "BNB");
    discount.put("discount", "0.25000000");
    Map<String, Object> r = Json.object();
    r.put("standardCommissionForOrder", rates);
    r.put("taxCommissionForOrder", zero);
    r.put("discount", discount);
    return Reply.json(200, Json.write(r));
  }

  private Reply cancelOpen(Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    List<Object> out = new ArrayList<>();
    for (Ledger.Order o : ledger.open(symbol)) {
      out.add(parse(spot.cancel(Map.of("symbol", symbol, "orderId", Long.toString(o.id)))));
    }
    for (Map<String, Object> list : new ArrayList<>(lists.values())) {
      if (list.get("symbol").equals(symbol)) {
        out.add(cancelled(list));
      }
    }
    if (out.isEmpty()) {
      throw new BinanceError(400, -2011, "Unknown order sent.");
    }
    return Reply.json(200, Json.write(out));
  }

  private Reply cancelReplace(Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    String mode = required(p, "cancelReplaceMode");
    Map<String, String> cancel = new HashMap<>(Map.of("symbol", symbol));
    if (p.containsKey("cancelOrderId")) {
      cancel.put("orderId", p.get("cancelOrderId"));
    } else {
      cancel.put("origClientOrderId", required(p, "cancelOrigClientOrderId"));
    }
    Map<String, String> place = new HashMap<>(p);
    List.of("cancelReplaceMode", "cancelOrderId", "cancelOrigClientOrderId", "cancelNewClientOrderId",
        "cancelRestrictions", "orderRateLimitExceededMode").forEach(place::remove);
    Object cancelled = attempt(spot::cancel, cancel);
    boolean cancelOk = !(cancelled instanceof BinanceError);
    Object placed = cancelOk || mode.equals("ALLOW_FAILURE") ? attempt(spot::newOrder, place) : null;
    boolean placedOk = placed != null && !(placed instanceof BinanceError);
    Map<String, Object> data = Json.object();
    data.put("cancelResult", cancelOk ? "SUCCESS" : "FAILURE");
    data.put("newOrderResult", placed == null ? "NOT_ATTEMPTED" : placedOk ? "SUCCESS" : "FAILURE");
    data.put("cancelResponse", body(cancelled));
    data.put("newOrderResponse", placed == null ? null : body(placed));
    if (cancelOk && placedOk) {
      return Reply.json(200, Json.write(data));
    }
    boolean partial = cancelOk || placedOk;
    Map<String, Object> error = Json.object();
    error.put("code", partial ? -2021 : -2022);
    error.put("msg", partial ? "Order cancel-replace partially failed." : "Order cancel-replace failed.");
    error.put("data", data);
    return Reply.json(partial ? 409 : 400, Json.write(error));
  }

  private Reply amend(Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    Ledger.Order o = p.containsKey("orderId")
        ? ledger.byId(parseLong(p.get("orderId"), "orderId")).orElse(null)
        : ledger.byClientId(required(p, "origClientOrderId")).orElse(null);
    if (o == null || !o.symbol.equals(symbol) || !Ledger.isOpen(o)) {
      throw new BinanceError(400, -2013, "Order does not exist.");
    }
    java.math.BigDecimal newQty = decimal(p, "newQty");
    if (newQty.compareTo(o.quantity) >= 0) {
      throw new BinanceError(400, -2038, "Order amend (quantity increase) rejected.");
    }
    String orig = o.clientOrderId;
    o.quantity = newQty;
    o.clientOrderId = p.getOrDefault("newClientOrderId", newId());
    o.updatedMillis = clock.millis();
    Map<String, Object> a = Json.object();
    a.put("symbol", o.symbol);
    a.put("orderId", o.id);
    a.put("orderListId", -1);
    a.put("origClientOrderId", orig);
    a.put("clientOrderId", o.clientOrderId);
    a.put("price", Ledger.plain(o.price == null ? java.math.BigDecimal.ZERO : o.price, 8));
    a.put("qty", Ledger.plain(o.quantity, 8));
    a.put("executedQty", Ledger.plain(o.executed, 8));
    a.put("status", o.status);
    a.put("type", o.market ? "MARKET" : "LIMIT");
    a.put("side", o.buy ? "BUY" : "SELL");
    Map<String, Object> r = Json.object();
    r.put("transactTime", o.updatedMillis);
    r.put("executionId", o.id);
    r.put("amendedOrder", a);
    return Reply.json(200, Json.write(r));
  }

  private Reply newList(String kind, Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    List<String> prefixes = switch (kind) {
      case "oco" -> List.of("above", "below");
      case "oto", "opo" -> List.of("working", "pending");
      default -> List.of("working", "pendingAbove", "pendingBelow");
    };
    long listId = nextListId++;
    long now = clock.millis();
    List<Object> members = new ArrayList<>();
    List<Object> reports = new ArrayList<>();
    for (String prefix : prefixes) {
      boolean working = !prefix.startsWith("pending") || kind.equals("oco");
      String side = p.getOrDefault(prefix + "Side", p.getOrDefault("pendingSide", p.get("side")));
      Map<String, Object> o = Json.object();
      o.put("symbol", symbol);
      o.put("orderId", nextListOrderId++);
      o.put("orderListId", listId);
      o.put("clientOrderId", p.getOrDefault(prefix + "ClientOrderId", newId()));
      o.put("transactTime", now);
      o.put("price", p.getOrDefault(prefix + "Price", "0.00000000"));
      o.put("origQty", p.getOrDefault(prefix + "Quantity", p.getOrDefault("pendingQuantity", p.getOrDefault("quantity", "0"))));
      o.put("executedQty", "0.00000000");
      o.put("origQuoteOrderQty", "0.00000000");
      o.put("cummulativeQuoteQty", "0.00000000");
      o.put("status", working ? "NEW" : "PENDING_NEW");
      o.put("timeInForce", p.getOrDefault(prefix + "TimeInForce", "GTC"));
      o.put("type", required(p, prefix + "Type"));
      o.put("side", required(Map.of("side", side == null ? "" : side), "side"));
      o.put("workingTime", working ? now : -1);
      o.put("selfTradePreventionMode", "NONE");
      reports.add(o);
      members.add(Map.of("symbol", symbol, "orderId", o.get("orderId"), "clientOrderId", o.get("clientOrderId")));
    }
    Map<String, Object> list = Json.object();
    list.put("orderListId", listId);
    list.put("contingencyType", kind.equals("oco") ? "OCO" : "OTO");
    list.put("listStatusType", "EXEC_STARTED");
    list.put("listOrderStatus", "EXECUTING");
    list.put("listClientOrderId", p.getOrDefault("listClientOrderId", newId()));
    list.put("transactionTime", now);
    list.put("symbol", symbol);
    list.put("orders", members);
    list.put("orderReports", reports);
    lists.put(listId, list);
    return Reply.json(200, Json.write(list));
  }

  private Reply cancelList(Map<String, String> p) throws BinanceError {
    String symbol = market(p);
    Map<String, Object> list = p.containsKey("orderListId") ? lists.get(parseLong(p.get("orderListId"), "orderListId"))
        : lists.values().stream().filter(l -> l.get("listClientOrderId").equals(p.get("listClientOrderId")))
            .findFirst().orElse(null);
    if (list == null || !list.get("symbol").equals(symbol)) {
      throw new BinanceError(400, -2011, "Unknown order list sent.");
    }
    return Reply.json(200, Json.write(cancelled(list)));
  }

  /** Removes {@code list} and answers it cancelled, its reports as cancel reports. */
  @SuppressWarnings("unchecked")
  private Map<String, Object> cancelled(Map<String, Object> list) {
    lists.remove((Long) list.get("orderListId"));
    long now = clock.millis();
    List<Object> reports = new ArrayList<>();
    for (Object r : (List<Object>) list.get("orderReports")) {
      Map<String, Object> c = new LinkedHashMap<>((Map<String, Object>) r);
      c.put("origClientOrderId", c.get("clientOrderId"));
      c.put("clientOrderId", newId());
      c.put("transactTime", now);
      c.put("status", "CANCELED");
      c.remove("workingTime");
      reports.add(c);
    }
    Map<String, Object> out = new LinkedHashMap<>(list);
    out.put("listStatusType", "ALL_DONE");
    out.put("listOrderStatus", "ALL_DONE");
    out.put("transactionTime", now);
    out.put("orderReports", reports);
    return out;
  }

  private String market(Map<String, String> p) throws BinanceError {
    String symbol = required(p, "symbol");
    ledger.findMarket(symbol).orElseThrow(() -> new BinanceError(400, -1121, "Invalid symbol."));
    return symbol;
  }

  private interface Call {
    Reply handle(Map<String, String> p) throws BinanceError;
  }

  /** The answer's JSON as a map, or the error thrown. */
  private static Object attempt(Call call, Map<String, String> p) {
    try {
      return parse(call.handle(p));
    } catch (BinanceError e) {
      return e;
    }
  }

  private static Object body(Object answer) {
    if (answer instanceof BinanceError e) {
      return Map.of("code", e.code, "msg", e.getMessage());
    }
    return answer;
  }

  private static Object parse(Reply reply) {
    return SignetJson.mapper().readValue(reply.body(), Object.class);
  }

  private static Map<String, String> with(Map<String, String> p, String key, String value) {
    Map<String, String> out = new HashMap<>(p);
    out.put(key, value);
    return out;
  }

  private static String newId() {
    return "x-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }
}
